// Exploration/Liveness: what the liveness check needs of one stored state, from one worker's own engine (not shared)

namespace SriovVerification.Exploration.Liveness;

/// <summary>What the liveness check needs of one stored state, from one worker's own engine (not shared).</summary>
internal interface ILivenessWorker
{
    /// <summary>The state's targets: <see cref="LivenessCheck.AtRest"/> and <see cref="LivenessCheck.AllVfsFree"/>.</summary>
    byte Classify(int state);

    /// <summary>Writes the stored indices of the state's successors to <paramref name="next"/> (cleared by the caller).</summary>
    void Successors(int state, List<int> next);
}

/// <summary>
/// "AG EF recovered" over a stored state graph, by backward reachability: a state is good when it is a target or one
/// of its successors is good; passes over the states in reverse breadth-first order (successors one level deeper are
/// settled before their predecessors) repeat until none changes. Recovered (<see cref="Recovery"/>) nests one
/// reachability in another: a state at rest from which a state with every VF free is reachable (so no allocated VF is
/// stuck), so the fixpoint runs twice. The first state (in breadth-first order) that stays not good is reported: its
/// path from the initial state is a shortest one.
/// <para>
/// Cost: every state is decoded and expanded once, in chunks on every worker (the result does not depend on how the
/// chunks are spread), and its successor indices are kept as a compressed adjacency list while they fit in
/// <c>edgeBytesMax</c>; the passes then read memory only. When they do not fit, the passes expand again each state
/// not yet good (one flag per state of memory). Either way the verdict, counts and passes are the same.
/// </para>
/// </summary>
internal static class LivenessCheck
{
    /// <summary>Target flag: the state is at rest (<see cref="Recovery.IsAtRest"/>).</summary>
    public const byte AtRest = 1;

    /// <summary>Target flag: no VF is allocated (<see cref="Recovery.AllVfsFree"/>).</summary>
    public const byte AllVfsFree = 2;

    private const int Chunk = 4096;

    /// <summary>Checks <paramref name="count"/> states on <paramref name="workers"/> workers made by <paramref name="worker"/>.</summary>
    public static (int FirstBad, int BadStates, int Passes, int RecoveredStates) Run(int count, int workers, long edgeBytesMax, Func<ILivenessWorker> worker)
    {
        var pool = new System.Collections.Concurrent.ConcurrentBag<ILivenessWorker>();
        var chunks = (count + Chunk - 1) / Chunk;
        long edges = 0;
        var parts = IndexedWorkers.Map(chunks, workers, c =>
        {
            var w = pool.TryTake(out var pooled) ? pooled : worker();
            var first = c * Chunk;
            var length = Math.Min(Chunk, count - first);
            var part = new Part(new byte[length], new int[length + 1], []);
            var next = new List<int>();
            var list = new List<int>();
            for (var k = 0; k < length; k++)
            {
                part.Flags[k] = w.Classify(first + k);
                if (Interlocked.Read(ref edges) * sizeof(int) <= edgeBytesMax)
                {
                    next.Clear();
                    w.Successors(first + k, next);
                    foreach (var s in next)
                    {
                        if (s != first + k)
                        {
                            list.Add(s);
                        }
                    }
                }

                part.Starts[k + 1] = list.Count;
            }

            Interlocked.Add(ref edges, list.Count);
            pool.Add(w);
            return part with { Edges = [.. list] };
        });

        var flags = new byte[count];
        for (var c = 0; c < chunks; c++)
        {
            parts[c].Flags.CopyTo(flags, c * Chunk);
        }

        Graph graph = edges * sizeof(int) <= edgeBytesMax ? new Stored(parts) : new Expanded(pool.TryTake(out var any) ? any : worker());
        var canFree = Reach(count, i => (flags[i] & AllVfsFree) != 0, graph, out var freePasses);
        var recoveredStates = 0;
        var recovered = new bool[count];
        for (var i = 0; i < count; i++)
        {
            recovered[i] = canFree[i] && (flags[i] & AtRest) != 0;
            recoveredStates += recovered[i] ? 1 : 0;
        }

        var good = Reach(count, i => recovered[i], graph, out var passes);
        var firstBad = -1;
        var bad = 0;
        for (var i = 0; i < count; i++)
        {
            if (!good[i])
            {
                bad++;
                firstBad = firstBad < 0 ? i : firstBad;
            }
        }

        return (firstBad, bad, freePasses + passes, recoveredStates);
    }

    /// <summary>The states from which a target state is reachable (EF target).</summary>
    private static bool[] Reach(int count, Func<int, bool> target, Graph graph, out int passes)
    {
        var good = new bool[count];
        for (var i = 0; i < count; i++)
        {
            good[i] = target(i);
        }

        passes = 0;
        var changed = true;
        while (changed)
        {
            // Each pass but the last settles at least one more state, so there are at most count + 1 passes.
            changed = false;
            passes++;
            for (var i = count - 1; i >= 0; i--)
            {
                if (!good[i] && graph.AnyGood(i, good))
                {
                    good[i] = true;
                    changed = true;
                }
            }
        }

        return good;
    }

    /// <summary>One chunk's targets and successor lists (<see cref="Starts"/>[k] … [k + 1] in <see cref="Edges"/>).</summary>
    private sealed record Part(byte[] Flags, int[] Starts, int[] Edges);

    private abstract class Graph
    {
        public abstract bool AnyGood(int state, bool[] good);
    }

    /// <summary>The successor lists kept from the first pass.</summary>
    private sealed class Stored(Part[] parts) : Graph
    {
        public override bool AnyGood(int state, bool[] good)
        {
            var part = parts[state / Chunk];
            var k = state % Chunk;
            for (var e = part.Starts[k]; e < part.Starts[k + 1]; e++)
            {
                if (good[part.Edges[e]])
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Successors computed again at every pass: when the lists do not fit in memory.</summary>
    private sealed class Expanded(ILivenessWorker worker) : Graph
    {
        private readonly List<int> next = [];

        public override bool AnyGood(int state, bool[] good)
        {
            next.Clear();
            worker.Successors(state, next);
            foreach (var s in next)
            {
                if (good[s])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
