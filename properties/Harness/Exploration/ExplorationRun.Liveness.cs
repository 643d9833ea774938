using System.Diagnostics;

namespace SriovVerification.Harness.Exploration;

/// <summary>The liveness check "AG EF recovered" over the closed search's stored graph (<see cref="LivenessCheck"/>).</summary>
internal sealed partial class ExplorationRun
{
    /// <summary>The closed search's result with the liveness verdict, when the options ask for it.</summary>
    private ExplorationResult WithLiveness(ExplorationResult closed)
    {
        if (!options.CheckLiveness || options.StepHook is not null || closed.Verdict != ExplorationVerdict.Closed)
        {
            return closed;
        }

        var watch = Stopwatch.StartNew();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var probe = new ulong[encoder.KeyWords];
        var (firstBad, bad, passes, recovered) = LivenessCheck.Run(
            table.Count,
            i => Recovery.IsAtRest(config, encoder.Decode(table.KeyAt(i))),
            i => Recovery.AllVfsFree(encoder.Decode(table.KeyAt(i))),
            (i, next) =>
            {
                var state = encoder.Decode(table.KeyAt(i));
                foreach (var command in candidates)
                {
                    var transition = Step(state, command);
                    if (transition.Outcome.IsSuccess && Canonicalize(transition.State, probe, out _) && table.IndexOf(probe) is var s and >= 0)
                    {
                        next.Add(s);
                    }
                }
            });
        ExplorationTrace? trace = null;
        if (firstBad >= 0)
        {
            var (steps, last) = Replay(firstBad);
            trace = new ExplorationTrace(steps, $"no recovered state is reachable from here ({Recovery.Why(config, last) ?? "at rest, but no state with every VF free is reachable"})");
        }

        return closed with { Liveness = new LivenessResult(table.Count, recovered, bad, passes, trace, watch.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore) };
    }
}
