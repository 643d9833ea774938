// Exploration/Partitioned: breadth-first search over partitions (PartitionExplorer), level-synchronous under this one coordinator, with the verdict, states, ..
using System.Diagnostics;
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// Breadth-first search over partitions (<see cref="PartitionExplorer"/>), level-synchronous under this one coordinator,
/// with the verdict, states, transitions, depth and shortest counterexample of one process (<see cref="PackedExplorer"/>
/// with one worker). Each level: every partition expands its part of the frontier and sends each successor to the
/// partition its key hashes to, with its place in breadth-first order (the source's rank in the level, the successor's
/// slot); every partition stores what it was sent in that order, so a state's first place is where one process first
/// reaches it; the coordinator merges the partitions' lists of new places into ranks (a k-way merge) and numbers the next
/// level as one process does. The first finding in that order over all partitions is the one one process reports.
/// Liveness is not checked (it needs the whole stored graph in one place).
/// </summary>
internal sealed partial class PartitionedSearch
{
    private readonly ModelConfig config;
    private readonly ExplorationOptions options;
    private readonly IPartitionTransport transport;
    private readonly Func<int, string, Task>? beforePhase;
    private readonly PackedHostStack engine;
    private readonly Stopwatch stopwatch = new();
    private readonly List<long> levelSizes = [1];
    private readonly long[] enabled;
    private readonly long[] taken;
    private readonly Dictionary<int, long> facts = [];
    private readonly long[] partitionStates;
    private readonly long[] partitionBusyTicks;
    private readonly int initialOwner;
    private long transitions;
    private long deadlocks;
    private long expanded;
    private long crossChecked;
    private long networkBytes;
    private long allocatedBytes;
    private long diskBytes;

    private PartitionedSearch(ModelConfig config, ExplorationOptions options, IPartitionTransport transport, PackedHostStack engine, Func<int, string, Task>? beforePhase)
    {
        this.beforePhase = beforePhase;
        this.config = config;
        this.options = options;
        this.transport = transport;
        this.engine = engine;
        enabled = new long[engine.Candidates.Count];
        taken = new long[engine.Candidates.Count];
        partitionStates = new long[transport.PartitionCount];
        partitionBusyTicks = new long[transport.PartitionCount];
        var records = new ulong[PackedHostStack.MaxVms];
        var switches = engine.Initial(records);
        initialOwner = PartitionExplorer.OwnerOf(engine.Pack(records, switches), transport.PartitionCount);
    }

    /// <summary>
    /// Runs the search of <paramref name="config"/> over <paramref name="transport"/>'s partitions; throws
    /// <see cref="ArgumentException"/> when the packed engine cannot run it. <paramref name="beforePhase"/> (level, phase)
    /// runs before each phase's calls (where tests make a partition's host fail).
    /// </summary>
    public static async Task<PartitionedResult> RunAsync(ModelConfig config, ExplorationOptions options, IPartitionTransport transport, Func<int, string, Task>? beforePhase = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transport);
        if (options.StepHook is not null || options.PlantedRefusal is not null)
        {
            throw new ArgumentException("a step hook or a planted refusal needs the generic engine", nameof(options));
        }

        var engine = PackedHostStack.TryCreate(config, options.Profile, options.Symmetry, options.HostSymmetry, out var reason)
            ?? throw new ArgumentException(reason, nameof(config));
        var search = new PartitionedSearch(config, options with { CheckLiveness = false }, transport, engine, beforePhase);
        return await search.RunAsync().ConfigureAwait(false);
    }

    private async Task<PartitionedResult> RunAsync()
    {
        stopwatch.Start();
        if (InitialFinding() is { } initialFinding)
        {
            return Done(initialFinding);
        }

        var level = 0;
        string phase = "start";
        try
        {
            await ForEach(p => transport.StartAsync(p, Count(new PartitionSetup(config, options, transport.PartitionCount, p).ToBytes()))).ConfigureAwait(false);
            var levelStart = 0;
            long total = 1;
            var nextProgress = options.ProgressInterval;
            for (; levelSizes[level] > 0; level++)
            {
                if (level >= options.DepthMax)
                {
                    return Done(Finish(ExplorationVerdict.Bounded, null, null, $"depth max {options.DepthMax}", level), level);
                }

                nextProgress = ReportProgress(total, level, nextProgress);
                phase = "expand";
                await Before(level, phase).ConfigureAwait(false);
                var expands = (await Ask(p => transport.ExpandAsync(p, level)).ConfigureAwait(false)).Select(ExpandReport.FromBytes).ToArray();
                phase = "merge";
                await Before(level, phase).ConfigureAwait(false);
                var merges = (await Ask(p => transport.MergeAsync(p, level)).ConfigureAwait(false)).Select(MergeReport.FromBytes).ToArray();
                var newStates = Tally(expands, merges);
                total += newStates;
                var first = expands.Select(e => e.Event).Concat(merges.Select(m => m.Event)).Aggregate((PartitionEvent?)null, PartitionEvent.Earlier);
                if (first is not null)
                {
                    phase = "lookup";
                    return Done(await FindingAsync(first, total, level).ConfigureAwait(false), level);
                }

                if (Bounded(merges, level, total) is { } bounded)
                {
                    return Done(bounded, level);
                }

                phase = "assign";
                await Before(level, phase).ConfigureAwait(false);
                var failed = await AssignAsync(merges, level, (int)(levelStart + levelSizes[level])).ConfigureAwait(false);
                if (failed >= 0)
                {
                    phase = "lookup";
                    return Done(await CrossCheckFindingAsync(failed, total, level).ConfigureAwait(false), level);
                }

                levelStart += (int)levelSizes[level];
                levelSizes.Add(newStates);
            }

            levelSizes.RemoveAt(levelSizes.Count - 1);
            return Done(Finish(ExplorationVerdict.Closed, null, null, null, levelSizes.Count - 1), level);
        }
        catch (Exception exception) when (exception is not ArgumentException)
        {
            stopwatch.Stop();
            return new PartitionedResult(null, $"a partition did not answer at level {level} ({phase}): {exception.GetType().Name}: {exception.Message}", Partitions(), networkBytes, level);
        }
        finally
        {
            await StopAllAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Reports progress when its interval has passed since <paramref name="nextProgress"/> was set; the time of the next report.</summary>
    private TimeSpan ReportProgress(long total, int level, TimeSpan nextProgress)
    {
        if (options.Progress is null || stopwatch.Elapsed < nextProgress)
        {
            return nextProgress;
        }

        options.Progress(new ExplorationProgress(total, transitions, level, stopwatch.Elapsed));
        return stopwatch.Elapsed + options.ProgressInterval;
    }

    /// <summary>What the initial state shows: a state invariant violated, or a disagreement of the packed engine with the model; null when neither.</summary>
    private ExplorationResult? InitialFinding()
    {
        var records = new ulong[PackedHostStack.MaxVms];
        var switches = engine.Initial(records);
        if (engine.CheckState(records, switches) is { } initialViolation)
        {
            return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace([], $"initial state: {initialViolation}"), initialViolation, null);
        }

        crossChecked++;
        if (PackedCrossCheck.Run(config, engine, records, switches, engine.Pack(records, switches)) is { } initialFinding)
        {
            var (verdict, trace) = initialFinding.ToTrace(engine, []);
            return Finish(verdict, trace, initialFinding.Violation, null);
        }

        return null;
    }

    /// <summary>The bound a partition's merge reached, or the states bound once <paramref name="total"/> exceeds it; null within the bounds.</summary>
    private ExplorationResult? Bounded(MergeReport[] merges, int level, long total)
    {
        if (merges.FirstOrDefault(m => m.BoundReason is not null) is { } bounded)
        {
            return Finish(ExplorationVerdict.Bounded, null, null, bounded.BoundReason, level, total);
        }

        return total > options.StatesMax ? Finish(ExplorationVerdict.Bounded, null, null, $"states max {options.StatesMax}", level, total) : null;
    }

    /// <summary>Adds the level's counts; the number of new states.</summary>
    private long Tally(ExpandReport[] expands, MergeReport[] merges)
    {
        long newStates = 0;
        for (var p = 0; p < expands.Length; p++)
        {
            var e = expands[p];
            expanded += e.Expanded;
            transitions += e.Transitions;
            deadlocks += e.Deadlocks;
            networkBytes += e.SentBytes;
            for (var c = 0; c < enabled.Length; c++)
            {
                enabled[c] += e.EnabledPerCandidate[c];
                taken[c] += merges[p].TakenPerCandidate[c];
            }

            foreach (var (value, times) in e.Facts)
            {
                facts[value] = facts.GetValueOrDefault(value) + times;
            }

            partitionBusyTicks[p] += e.BusyTicks + merges[p].BusyTicks;
            partitionStates[p] += merges[p].NewOrders.Length;
            newStates += merges[p].NewOrders.Length;
        }

        allocatedBytes = merges.Sum(m => m.AllocatedBytes);
        diskBytes = merges.Sum(m => m.DiskBytes);
        return newStates;
    }

    /// <summary>Ranks the new states of every partition by their places (a k-way merge) and hands them out; the first state that failed its full check, or −1.</summary>
    private async Task<int> AssignAsync(MergeReport[] merges, int level, int levelStart)
    {
        var ranks = merges.Select(m => new int[m.NewOrders.Length]).ToArray();
        var next = new int[merges.Length];
        var rank = 0;
        var queue = new PriorityQueue<int, long>();
        for (var p = 0; p < merges.Length; p++)
        {
            if (merges[p].NewOrders.Length > 0)
            {
                queue.Enqueue(p, merges[p].NewOrders[0]);
            }
        }

        while (queue.TryDequeue(out var p, out _))
        {
            ranks[p][next[p]++] = rank++;
            if (next[p] < merges[p].NewOrders.Length)
            {
                queue.Enqueue(p, merges[p].NewOrders[next[p]]);
            }
        }

        var answers = await Ask(p => transport.AssignAsync(p, level, levelStart, Count(Wire.Ints(ranks[p])))).ConfigureAwait(false);
        var failed = -1;
        foreach (var answer in answers)
        {
            var (checkedStates, failedState) = Wire.Read(answer, r => (r.ReadInt64(), r.ReadInt64()));
            crossChecked += checkedStates;
            failed = failedState >= 0 && (failed < 0 || failedState < failed) ? (int)failedState : failed;
        }

        return failed;
    }

    private Task Before(int level, string phase) => beforePhase?.Invoke(level, phase) ?? Task.CompletedTask;

    private Task ForEach(Func<int, Task> action) => Task.WhenAll(Enumerable.Range(0, transport.PartitionCount).Select(action));

    private async Task<byte[][]> Ask(Func<int, Task<byte[]>> call)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, transport.PartitionCount).Select(call)).ConfigureAwait(false);
        networkBytes += answers.Sum(a => (long)a.Length);
        return answers;
    }

    private byte[] Count(byte[] message)
    {
        networkBytes += message.Length;
        return message;
    }

    private async Task StopAllAsync()
    {
        for (var p = 0; p < transport.PartitionCount; p++)
        {
            try
            {
                await transport.StopAsync(p).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A partition that is gone has nothing left to stop.
            }
        }
    }

    private IReadOnlyList<(long States, double BusySeconds)> Partitions() =>
        [.. partitionStates.Select((states, p) => (states + (p == initialOwner ? 1 : 0), (double)partitionBusyTicks[p] / Stopwatch.Frequency))];

    private PartitionedResult Done(ExplorationResult result, int levels = 0) => new(result, null, Partitions(), networkBytes, levels);
}
