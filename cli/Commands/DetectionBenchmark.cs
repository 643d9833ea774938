using System.Globalization;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Traces;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The hidden <c>check --detection-seeds N</c>: runs N consecutive seeds (time-limited each) and reports per seed the
/// time to detection and the shrunk length, then the median time to detection. Timings are its purpose; it is not
/// deterministic output.
/// </summary>
internal static class DetectionBenchmark
{
    public static int Run(ConformanceRunOptions options, int seedCount, string outDirectory)
    {
        var times = new List<double>();
        var lengths = new List<int>();
        for (var i = 0; i < seedCount; i++)
        {
            var run = options with { Seed = options.Seed + (ulong)i };
            var report = ConformanceRunner.Run(run);
            if (report.Counterexample is { } counterexample && report.DetectionSeconds is { } seconds)
            {
                ConformanceRunner.Write(counterexample, outDirectory);
                times.Add(seconds);
                lengths.Add(counterexample.Steps.Count);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed {TracePrinter.FormatSeed(run.Seed)}: caught by {counterexample.CaughtBy} after {report.Sequences} sequences in {seconds:F3} s, shrunk to {counterexample.Steps.Count} steps"));
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {TracePrinter.FormatSeed(run.Seed)}: not caught in {report.ElapsedSeconds:F1} s"));
            }
        }

        times.Sort();
        lengths.Sort();
        var median = times.Count == 0 ? double.NaN : times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"detected {times.Count} of {seedCount}; median time to detection {median:F3} s; shrunk lengths {string.Join(",", lengths)}"));
        return times.Count == seedCount ? ExitCodes.ViolationFound : ExitCodes.Success;
    }
}
