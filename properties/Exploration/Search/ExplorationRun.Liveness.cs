// Exploration/Search: the liveness check "AG EF recovered" over the closed search's stored graph (LivenessCheck)
using System.Diagnostics;
using SriovVerification.Exploration.Liveness;

namespace SriovVerification.Exploration.Search;

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
        var (firstBad, bad, passes, recovered) = LivenessCheck.Run(table.Count, workers: 1, options.LivenessAdjacencyBytesMax ?? options.MemoryBudgetBytes / 2, () => new Worker(this));
        ExplorationTrace? trace = null;
        if (firstBad >= 0)
        {
            var (steps, last) = Replay(firstBad);
            trace = new ExplorationTrace(steps, $"no recovered state is reachable from here ({Recovery.Why(config, last) ?? "at rest, but no state with every VF free is reachable"})");
        }

        return closed with { Liveness = new LivenessResult(table.Count, recovered, bad, passes, trace, watch.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore) };
    }

    /// <summary>The search's own encoder and steps, on one thread (the generic engine's encoder and symmetry keep scratch).</summary>
    private sealed class Worker(ExplorationRun run) : ILivenessWorker
    {
        private readonly ulong[] probe = new ulong[run.encoder.KeyWords];

        public byte Classify(int state) => Recovery.Classify(run.config, run.encoder.Decode(run.table.KeyAt(state)));

        public void Successors(int state, List<int> next)
        {
            var decoded = run.encoder.Decode(run.table.KeyAt(state));
            foreach (var command in run.candidates)
            {
                var transition = run.Step(decoded, command);
                if (transition.Outcome.IsSuccess && run.Canonicalize(transition.State, probe, out _) && run.table.IndexOf(probe) is var s and >= 0)
                {
                    next.Add(s);
                }
            }
        }
    }
}
