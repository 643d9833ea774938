// The one measurement of time to detection: a defect set run on consecutive seeds, each detection timed.
using SriovVerification.Harness.Conformance.Randomized;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>
/// Runs the randomized conformance check on <c>seedCount</c> consecutive seeds from the options' seed, each under the
/// options' time limit, and gathers each detection's time and shrunk length (used by <c>bench</c> and by the CLI's
/// <c>check --detection-seeds</c>).
/// </summary>
public static class DetectionTime
{
    /// <summary>
    /// Runs seeds <c>options.Seed</c> … <c>options.Seed + seedCount - 1</c>; <paramref name="onRun"/> sees each run's
    /// options and report as it ends.
    /// </summary>
    public static DetectionSummary Measure(ConformanceRunOptions options, int seedCount, Action<ConformanceRunOptions, ConformanceRunReport>? onRun = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var times = new List<double>();
        var lengths = new List<int>();
        Counterexample? first = null;
        for (var i = 0; i < seedCount; i++)
        {
            var run = options with { Seed = options.Seed + (ulong)i };
            var report = ConformanceRunner.Run(run);
            if (report.Counterexample is { } counterexample && report.DetectionSeconds is { } seconds)
            {
                times.Add(seconds);
                lengths.Add(counterexample.Steps.Count);
                first ??= counterexample;
            }

            onRun?.Invoke(run, report);
        }

        times.Sort();
        lengths.Sort();
        return new DetectionSummary(seedCount, times, lengths, first);
    }
}
