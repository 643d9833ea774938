// The check verb's randomized phase with a progress display.
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// Runs the randomized phase with a progress display: a live Spectre display on a terminal; when output is redirected,
/// a few plain lines on standard error (standard output stays deterministic).
/// </summary>
internal static class CheckProgress
{
    private const int PlainLineCountMax = 6;

    public static ConformanceRunReport Run(ConformanceRunOptions options)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            return RunPlain(options);
        }

        ConformanceRunReport? report = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("randomized conformance", maxValue: options.SequenceCountMax ?? options.TimeLimitSeconds);
                var clock = Stopwatch.StartNew();
                report = ConformanceRunner.Run(options, new Reporter(p =>
                {
                    task.Description = Describe(p, clock.Elapsed.TotalSeconds);
                    task.Value = options.SequenceCountMax is null ? Math.Min(clock.Elapsed.TotalSeconds, options.TimeLimitSeconds) : p.Sequences;
                }));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static ConformanceRunReport RunPlain(ConformanceRunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var lines = 0;
        var nextSeconds = options.SequenceCountMax is null ? options.TimeLimitSeconds / PlainLineCountMax : 10.0;
        return ConformanceRunner.Run(options, new Reporter(p =>
        {
            var elapsed = clock.Elapsed.TotalSeconds;
            if (elapsed >= nextSeconds && lines < PlainLineCountMax)
            {
                Console.Error.WriteLine("progress: " + Describe(p, elapsed));
                lines++;
                nextSeconds += options.SequenceCountMax is null ? options.TimeLimitSeconds / PlainLineCountMax : 10.0;
            }
        }));
    }

    private static string Describe(ConformanceProgress p, double elapsedSeconds) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{p.Sequences} sequences, {p.Steps} steps, {(elapsedSeconds > 0 ? p.Steps / elapsedSeconds : 0):F0} steps/s, depth: {p.MaxVfsAttached} VFs attached, {p.MaxVmsOnVfPath} VMs on the VF path");

    private sealed class Reporter(Action<ConformanceProgress> report) : IProgress<ConformanceProgress>
    {
        public void Report(ConformanceProgress value) => report(value);
    }
}
