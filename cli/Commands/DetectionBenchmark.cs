// The hidden check --detection-seeds: prints each seed's detection and the median time to detection.
using System.Globalization;
using SriovVerification.Harness.Benchmarks;

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
        var detection = DetectionTime.Measure(options, seedCount, (run, report) => Print(run, report, outDirectory));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"detected {detection.Detected} of {seedCount}; median time to detection {detection.MedianSeconds ?? double.NaN:F3} s; shrunk lengths {string.Join(",", detection.ShrunkLengths)}"));
        return detection.Detected == seedCount ? ExitCodes.ViolationFound : ExitCodes.Success;
    }

    private static void Print(ConformanceRunOptions run, ConformanceRunReport report, string outDirectory)
    {
        if (report.Counterexample is { } counterexample && report.DetectionSeconds is { } seconds)
        {
            ConformanceRunner.Write(counterexample, outDirectory);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {SeedText.Format(run.Seed)}: caught by {counterexample.CaughtBy} after {report.Sequences} sequences in {seconds:F3} s, shrunk to {counterexample.Steps.Count} steps"));
        }
        else
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {SeedText.Format(run.Seed)}: not caught in {report.ElapsedSeconds:F1} s"));
        }
    }
}
