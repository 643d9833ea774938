// Harness/Concurrency: re-executes an interleaving trace
using SriovVerification.Harness.Concurrency.TraceFiles;

namespace SriovVerification.Harness.Concurrency;

/// <summary>Re-executes an interleaving trace: the cooperative scheduler follows the file's decisions.</summary>
public static class InterleavingReplay
{
    /// <summary>Replays <paramref name="trace"/> with <paramref name="defects"/> (the file's when null).</summary>
    public static InterleavingReplayResult Replay(InterleavingTrace trace, IReadOnlyList<string>? defects = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var report = InterleavingRunner.Run(trace.Options with { Defects = defects ?? trace.Options.Defects });
        var steps = report.Schedule.Steps;
        var first = -1;
        for (var i = 0; i < Math.Max(steps.Count, trace.Steps.Count) && first < 0; i++)
        {
            if (i >= steps.Count || i >= trace.Steps.Count || steps[i] != trace.Steps[i])
            {
                first = i;
            }
        }

        return new InterleavingReplayResult(trace, report, first);
    }
}
