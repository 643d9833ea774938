// Exploration/Packed: the liveness check "AG EF recovered" over the packed engine's stored states (LivenessCheck)
using System.Diagnostics;
using System.Numerics;
using SriovVerification.Exploration.Liveness;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// The liveness check "AG EF recovered" over the packed engine's stored states (<see cref="LivenessCheck"/>): the
/// successors of a stored state are <see cref="PackedHostStack.Expand"/>'s, mapped to stored state numbers by an index
/// over the stored keys built once (four bytes per slot); recovery is decided on the decoded model state
/// (<see cref="Recovery"/>), once per stored state.
/// </summary>
internal sealed partial class PackedExplorer
{
    private ExplorationResult WithLiveness(ExplorationResult closed)
    {
        if (!options.CheckLiveness || closed.Verdict != ExplorationVerdict.Closed)
        {
            return closed;
        }

        var watch = Stopwatch.StartNew();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var count = table.Count;
        var index = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count + (count / 2)))];
        var mask = index.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = (int)PackedStateTable.Hash(table.KeyAt(i)) & mask;
            while (index[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            index[slot] = i + 1;
        }

        int Lookup(PackedKey key)
        {
            for (var slot = (int)PackedStateTable.Hash(key) & mask; index[slot] != 0; slot = (slot + 1) & mask)
            {
                if (table.KeyAt(index[slot] - 1) == key)
                {
                    return index[slot] - 1;
                }
            }

            return -1;
        }

        var (firstBad, bad, passes, recovered) = LivenessCheck.Run(
            count,
            Math.Max(1, options.Workers),
            options.LivenessAdjacencyBytesMax ?? options.MemoryBudgetBytes / 2,
            () => new Worker(this, engines.TryTake(out var pooled) ? pooled : PackedHostStack.TryCreate(config, options.Profile, options.Symmetry, options.HostSymmetry, out _)!, Lookup));
        ExplorationTrace? trace = null;
        if (firstBad >= 0)
        {
            var (steps, last) = Replay(firstBad);
            trace = new ExplorationTrace(steps, $"no recovered state is reachable from here ({Recovery.Why(config, last) ?? "at rest, but no state with every VF free is reachable"})");
        }

        return closed with { Liveness = new LivenessResult(count, recovered, bad, passes, trace, watch.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore) };
    }

    /// <summary>One worker's engine (its memo, its scratch) over the stored states.</summary>
    private sealed class Worker(PackedExplorer explorer, PackedHostStack engine, Func<PackedKey, int> lookup) : ILivenessWorker
    {
        private readonly ulong[] records = new ulong[PackedHostStack.MaxVms];
        private readonly PackedSuccessor[] successors = new PackedSuccessor[engine.Candidates.Count];

        public byte Classify(int state) =>
            Recovery.Classify(explorer.config, engine.ToModel(records, engine.Unpack(explorer.table.KeyAt(state), records)));

        public void Successors(int state, List<int> next)
        {
            var n = engine.Expand(records, engine.Unpack(explorer.table.KeyAt(state), records), successors);
            for (var s = 0; s < n; s++)
            {
                if (successors[s].Key != default && lookup(successors[s].Key) is var target and >= 0)
                {
                    next.Add(target);
                }
            }
        }
    }
}
