// Exploration/Search: the breadth-first search on several workers, level-synchronous in rounds
using System.Collections.Concurrent;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Search;

/// <summary>
/// The breadth-first search on several workers, level-synchronous in rounds: the states stored so far and not yet
/// expanded are planned in parallel, in chunks, each worker with its own encoder, symmetry reduction and gate (every
/// <c>SriovModel.Apply</c>, transition check, canonical key, and the state check of every successor not already
/// stored); the visited set is only read meanwhile. Then one thread merges the plans in state and command order exactly
/// as the single-worker search expands (the same insertions, parent links, counts, bounds and first finding), so the
/// verdict, counts, depth and shortest counterexample are those of one worker.
/// </summary>
internal sealed partial class ExplorationRun
{
    private const int PlanChunkStates = 32;
    private const int PlanRoundStatesMax = 1 << 14;

    private readonly ConcurrentBag<Planner> planners = [];

    private enum PlanKind : byte
    {
        Enabled,
        StepViolation,
        BoundExceeded,
    }

    private ExplorationResult RunParallel(int workers)
    {
        var levelEnd = 1;
        var nextProgress = options.ProgressInterval;
        var current = 0;
        var perKind = new long[kindNames.Count];
        foreach (var kind in candidateKinds)
        {
            perKind[kind]++;
        }

        while (current < table.Count)
        {
            var roundEnd = Math.Min(table.Count, current + PlanRoundStatesMax);
            var chunks = PlanRound(current, roundEnd, workers);
            foreach (var chunk in chunks)
            {
                for (var s = chunk.First; s < chunk.End; s++)
                {
                    if (s == levelEnd)
                    {
                        depth++;
                        levelEnd = table.Count;
                    }

                    if (depth >= options.DepthMax)
                    {
                        RecountPremises(chunk, s - 1);
                        return Finish(ExplorationVerdict.Bounded, null, null, $"depth max {options.DepthMax}");
                    }

                    if (options.Progress is not null && (s & 1023) == 0 && stopwatch.Elapsed >= nextProgress)
                    {
                        options.Progress(new ExplorationProgress(table.Count, transitions, depth, stopwatch.Elapsed));
                        nextProgress = stopwatch.Elapsed + options.ProgressInterval;
                    }

                    for (var k = 0; k < perKind.Length; k++)
                    {
                        offered[k] += perKind[k];
                    }

                    if (Merge(chunk, s) is { } result)
                    {
                        // The single-worker search has counted the premises of the states up to this one when it stops.
                        RecountPremises(chunk, s);
                        return result with { Coverage = result.Coverage with { Invariants = InvariantPremises.Coverage(premiseCounts) } };
                    }
                }

                for (var i = 0; i < premiseCounts.Length; i++)
                {
                    premiseCounts[i] += chunk.Premises[i];
                }
            }

            current = roundEnd;
        }

        return WithLiveness(Finish(ExplorationVerdict.Closed, null, null, null));
    }

    /// <summary>Plans the states <paramref name="first"/> … <paramref name="roundEnd"/>−1 in chunks on the workers; none after a chunk that stops.</summary>
    private ChunkPlan[] PlanRound(int first, int roundEnd, int workers)
    {
        var chunks = new ChunkPlan[((roundEnd - first) + PlanChunkStates - 1) / PlanChunkStates];
        var stopChunk = int.MaxValue;
        IndexedWorkers.For(chunks.Length, workers, k =>
        {
            if (k > Volatile.Read(ref stopChunk))
            {
                return;
            }

            var start = first + (k * PlanChunkStates);
            chunks[k] = Plan(start, Math.Min(roundEnd, start + PlanChunkStates));
            if (chunks[k].Stopped)
            {
                InterlockedMin(ref stopChunk, k);
            }
        });
        return chunks;
    }

    /// <summary>Merges the plan of state <paramref name="s"/>: what <see cref="Expand"/> does, the work already done.</summary>
    private ExplorationResult? Merge(ChunkPlan chunk, int s)
    {
        var anyEnabled = false;
        var index = s - chunk.First;
        for (var e = chunk.EntryStarts[index]; e < chunk.EntryStarts[index + 1]; e++)
        {
            var entry = chunk.Entries[e];
            var c = entry.Candidate;
            var kind = candidateKinds[c];
            if (entry.Kind == PlanKind.StepViolation)
            {
                return StopAt(s, entry);
            }

            anyEnabled = true;
            enabled[kind]++;
            transitions++;
            if (entry.Kind == PlanKind.BoundExceeded)
            {
                return StopAt(s, entry);
            }

            if (entry.KeyOffset < 0)
            {
                continue;
            }

            var successorKey = chunk.Keys.AsSpan(entry.KeyOffset, encoder.KeyWords);
            if (table.Count >= options.StatesMax)
            {
                if (table.Contains(successorKey))
                {
                    continue;
                }

                UncountCandidatesAfter(c);
                return Finish(ExplorationVerdict.Bounded, null, null, $"states max {options.StatesMax}");
            }

            switch (table.TryAdd(successorKey, s, c, out var added))
            {
                case StateTableAddResult.Existing:
                    continue;
                case StateTableAddResult.MemoryBudgetExceeded:
                    UncountCandidatesAfter(c);
                    return Finish(ExplorationVerdict.Bounded, null, null, $"memory budget {options.MemoryBudgetBytes} bytes");
                case StateTableAddResult.CapacityExceeded:
                    UncountCandidatesAfter(c);
                    return Finish(ExplorationVerdict.Bounded, null, null, "array capacity of the visited set");
            }

            taken[kind]++;
            if (entry.Violations is { } violations)
            {
                UncountCandidatesAfter(c);
                var (steps, last) = Replay(added);
                var concrete = FirstOrNull(Invariants.CheckState(config, last), violations[0].InvariantId) ?? $"{violations[0]} (on the orbit's representative)";
                return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace(steps, concrete), violations[0], null);
            }
        }

        return anyEnabled ? null : Deadlocked(s);
    }

    /// <summary>The finding of a planned step violation or exceeded bound at state <paramref name="s"/>.</summary>
    private ExplorationResult StopAt(int s, PlanEntry entry)
    {
        var c = entry.Candidate;
        UncountCandidatesAfter(c);
        if (entry.Kind == PlanKind.StepViolation)
        {
            var violation = entry.Violations![0];
            var trace = TraceWithLastStep(s, c, (cmd, before, t) => FirstOrNull(Invariants.CheckTransition(config, before, cmd, t), violation.InvariantId), violation.ToString());
            return Finish(ExplorationVerdict.InvariantViolated, trace, violation, null);
        }

        var boundTrace = TraceWithLastStep(s, c, (_, _, t) => t.Outcome.IsSuccess && !Canonicalize(t.State, new ulong[encoder.KeyWords], out var f) ? f : null, $"bound exceeded: {entry.Field}");
        return Finish(ExplorationVerdict.BoundExceeded, boundTrace, null, entry.Field);
    }

    /// <summary>The single-worker search stops at candidate <paramref name="c"/>: it has not offered the later ones.</summary>
    private void UncountCandidatesAfter(int c)
    {
        for (var later = c + 1; later < candidates.Count; later++)
        {
            offered[candidateKinds[later]]--;
        }
    }

    /// <summary>The premise counts of the chunk's states up to <paramref name="last"/>, as the single-worker search has them when it stops there.</summary>
    private void RecountPremises(ChunkPlan chunk, int last)
    {
        for (var s = chunk.First; s <= last; s++)
        {
            InvariantPremises.Count(encoder.Decode(table.KeyAt(s)), premiseCounts);
        }
    }

    /// <summary>Plans the states <paramref name="first"/> … <paramref name="end"/>−1 on a worker; the visited set is only read.</summary>
    private ChunkPlan Plan(int first, int end)
    {
        if (!planners.TryTake(out var planner))
        {
            planner = new Planner(this);
        }

        try
        {
            return planner.Plan(first, end);
        }
        finally
        {
            planners.Add(planner);
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value < seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>One enabled (or failing) candidate of a planned state.</summary>
    private readonly record struct PlanEntry(int Candidate, PlanKind Kind, int KeyOffset, IReadOnlyList<InvariantViolation>? Violations, string? Field);

    /// <summary>The plan of a chunk of states: their entries in state and candidate order, the successors' keys, premise counts.</summary>
    private sealed class ChunkPlan(int first, int end, int premiseCount)
    {
        public int First { get; } = first;

        public int End { get; } = end;

        public int[] EntryStarts { get; } = new int[end - first + 1];

        public List<PlanEntry> Entries { get; } = [];

        public ulong[] Keys { get; set; } = [];

        public long[] Premises { get; } = new long[premiseCount];

        /// <summary>Whether a step violation or an exceeded bound ends the chunk (the states after it have no plan).</summary>
        public bool Stopped { get; set; }
    }
}
