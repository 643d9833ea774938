// Exploration/Packed: the search loop in rounds of batches
using System.Collections.Concurrent;
using SriovVerification.Exploration.Profiles;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// The search loop in rounds of batches. A batch is <see cref="Batch"/> stored states from where the previous one
/// ended, cut short only where the stored states end, exactly as one worker cuts them; a round is every whole batch of
/// the states stored when it starts (or the one short batch when there is no whole one), at most
/// <see cref="RoundBatchesMax"/>. The batches of a round are expanded side by side, each worker on its own engine (the
/// successors, their hashes and the facts of every state), while the visited set is left alone; then one thread merges
/// the batches in order, inserting, checking and counting as one worker does. So the verdict, counts, depth and shortest
/// counterexample are those of one worker for any <see cref="ExplorationOptions.Workers"/>.
/// </summary>
internal sealed partial class PackedExplorer
{
    private const int RoundBatchesMax = 256;

    private readonly ConcurrentBag<PackedHostStack> engines = [];

    private ExplorationResult RunRounds()
    {
        var workers = Math.Max(1, options.Workers);
        var buffers = new BatchBuffer[workers == 1 ? 1 : RoundBatchesMax];
        var levelEnd = 1;
        var nextProgress = options.ProgressInterval;
        var current = 0;
        while (current < table.Count)
        {
            var stored = table.Count;
            var whole = Math.Min((stored - current) / Batch, buffers.Length);
            var batchCount = Math.Max(1, whole);
            var first = current;
            IndexedWorkers.For(batchCount, workers, b =>
            {
                var start = first + (b * Batch);
                var buffer = buffers[b] ??= new BatchBuffer(Batch * engine.Candidates.Count);
                ExpandBatch(workers == 1 ? engine : null, buffer, start, Math.Min(start + Batch, stored));
            });

            for (var b = 0; b < batchCount; b++)
            {
                if (MergeBatch(buffers[b], ref levelEnd, ref nextProgress) is { } result)
                {
                    return result;
                }
            }

            current = buffers[batchCount - 1].End;
        }

        return WithLiveness(Finish(ExplorationVerdict.Closed, null, null, null));
    }

    /// <summary>Expands the stored states <paramref name="first"/> … <paramref name="end"/>−1 into <paramref name="buffer"/>; stops at a step violation.</summary>
    private void ExpandBatch(PackedHostStack? own, BatchBuffer buffer, int first, int end)
    {
        var worker = own ?? (engines.TryTake(out var pooled) ? pooled : PackedHostStack.TryCreate(config, options.Profile, options.Symmetry, options.HostSymmetry, out _)!);
        try
        {
            buffer.Reset(first, end);
            var records = buffer.Records;
            var successors = buffer.Successors;
            var n = 0;
            for (var s = first; s < end; s++)
            {
                var sw = worker.Unpack(table.KeyAt(s), records);
                buffer.Starts[s - first] = n;
                n += worker.Expand(records, sw, successors.AsSpan(n));
                if (worker.DerivationFailure is { } failure)
                {
                    buffer.DerivationFailure = (s, worker.DerivationFailureCommand, failure);
                    return;
                }

                buffer.CountFacts(worker.ExpandedFacts);
                if (worker.StepViolation is { } stepViolation)
                {
                    buffer.StepViolation = (s, worker.StepViolationCommand, stepViolation);
                    return;
                }
            }

            buffer.Starts[end - first] = n;
            for (var i = 0; i < n; i++)
            {
                if (successors[i].Key != default && !successors[i].Repeat)
                {
                    buffer.Hashes[i] = PackedStateTable.Hash(successors[i].Key);
                }
            }
        }
        finally
        {
            if (own is null)
            {
                engines.Add(worker);
            }
        }
    }

    /// <summary>Merges one expanded batch as one worker does: counts, inserts, checks new states, cross-checks a sample.</summary>
    private ExplorationResult? MergeBatch(BatchBuffer buffer, ref int levelEnd, ref TimeSpan nextProgress)
    {
        foreach (var (facts, times) in buffer.Facts)
        {
            AddFacts(facts, times);
        }

        if (buffer.DerivationFailure is { } failed)
        {
            return DerivationFailure(failed.State, failed.Command, failed.Reason);
        }

        if (buffer.StepViolation is { } found)
        {
            return StepFailure(found.State, found.Command, found.Violation);
        }

        var successors = buffer.Successors;
        var hashes = buffer.Hashes;
        var n = buffer.Starts[buffer.End - buffer.First];
        for (var i = 0; i < n; i++)
        {
            if (successors[i].Key != default && !successors[i].Repeat)
            {
                table.Prefetch(successors[i].Key, hashes[i]);
            }
        }

        for (var s = buffer.First; s < buffer.End; s++)
        {
            if (s == levelEnd)
            {
                depth++;
                levelEnd = table.Count;
            }

            if (depth >= options.DepthMax)
            {
                return Finish(ExplorationVerdict.Bounded, null, null, $"depth max {options.DepthMax}");
            }

            if (options.Progress is not null && (s & 1023) == 0 && stopwatch.Elapsed >= nextProgress)
            {
                options.Progress(new ExplorationProgress(table.Count, transitions, depth, stopwatch.Elapsed));
                nextProgress = stopwatch.Elapsed + options.ProgressInterval;
            }

            if (MergeState(buffer, s) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>The successors of stored state <paramref name="s"/>: what one worker's merge does for it.</summary>
    private ExplorationResult? MergeState(BatchBuffer buffer, int s)
    {
        var successors = buffer.Successors;
        expanded++;
        var first = buffer.Starts[s - buffer.First];
        var last = buffer.Starts[s - buffer.First + 1];
        if (first == last)
        {
            deadlocks++;
            if (options.DeadlockIsFailure)
            {
                var (steps, _) = Replay(s);
                return Finish(ExplorationVerdict.Deadlock, new ExplorationTrace(steps, $"deadlock: no command of profile {options.Profile.ToName()} is enabled"), null, null);
            }
        }

        for (var i = first; i < last; i++)
        {
            var successor = successors[i];
            var kind = kindOf[successor.Command];
            transitions++;
            enabled[kind]++;
            if (successor.Key == default || successor.Repeat)
            {
                continue;
            }

            var hash = buffer.Hashes[i];
            if (table.Count >= options.StatesMax)
            {
                if (table.Contains(successor.Key, hash))
                {
                    continue;
                }

                return Finish(ExplorationVerdict.Bounded, null, null, $"states max {options.StatesMax}");
            }

            switch (table.TryAdd(successor.Key, hash, s, successor.Command, out var added))
            {
                case StateTableAddResult.Existing:
                    continue;
                case StateTableAddResult.MemoryBudgetExceeded:
                    return Finish(ExplorationVerdict.Bounded, null, null, $"memory budget {options.MemoryBudgetBytes} bytes");
                case StateTableAddResult.CapacityExceeded:
                    return Finish(ExplorationVerdict.Bounded, null, null, "array capacity of the visited set");
                case StateTableAddResult.DiskBudgetExceeded:
                    return Finish(ExplorationVerdict.Bounded, null, null, $"disk budget {options.DiskBudgetBytes} bytes");
            }

            taken[kind]++;
            var sw = engine.Unpack(successor.Key, buffer.Records);
            if (engine.CheckState(buffer.Records, sw) is { } violation)
            {
                var (steps, _) = Replay(added);
                return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace(steps, violation.ToString()), violation, null);
            }

            if (options.CrossCheckEvery > 0 && added % options.CrossCheckEvery == 0 && CrossCheck(added, buffer.Records, sw) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }
}
