// Exploration/Partitioned: one partition of a partitioned breadth-first search
using System.Diagnostics;
using SriovVerification.Exploration.Packed;
using SriovVerification.Exploration.Storage;

namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// One partition of a partitioned breadth-first search: the states whose key hashes to it, in its own visited set
/// (memory or FASTER, as <see cref="ExplorationOptions.Store"/> says), and the packed engine to expand them. A level runs
/// in three steps under a coordinator (<see cref="PartitionedSearch"/>): <see cref="Expand"/> the partition's part of the
/// frontier into successor batches addressed to their owners, <see cref="Deliver"/> the batches, <see cref="Merge"/> what
/// was delivered in breadth-first order (each successor carries its place: the source's rank in the level and the
/// successor's slot), then <see cref="Assign"/> the global numbers the coordinator gave the new states. Only packed keys,
/// places and parent links travel.
/// </summary>
internal sealed class PartitionExplorer : IDisposable
{
    /// <summary>Successors in one batch at most (about 1.5 MiB: messages stay far below a cluster's message size limit).</summary>
    public const int BatchEntriesMax = 1 << 16;

    private readonly PartitionSetup setup;
    private readonly PackedHostStack engine;
    private readonly IPackedVisitedSet table;
    private readonly List<int> globals = [];
    private readonly List<Incoming> inbox = [];
    private readonly ulong[] records = new ulong[PackedHostStack.MaxVms];
    private readonly PackedSuccessor[] successors;
    private int[] frontier = [];
    private int[] frontierRanks = [];
    private List<int> added = [];
    private int level;
    private Phase phase = Phase.Expand;

    public PartitionExplorer(PartitionSetup setup)
    {
        this.setup = setup ?? throw new ArgumentNullException(nameof(setup));
        engine = PackedHostStack.TryCreate(setup.Config, setup.Options.Profile, setup.Options.Symmetry, setup.Options.HostSymmetry, out var reason)
            ?? throw new ArgumentException(reason, nameof(setup));
        table = VisitedSets.Create(engine.KeyWords, setup.Options);
        successors = new PackedSuccessor[engine.Candidates.Count];
        var switches = engine.Initial(records);
        var initial = engine.Pack(records, switches);
        if (OwnerOf(initial, setup.PartitionCount) == setup.Partition)
        {
            table.TryAdd(initial, PackedStateTable.Hash(initial), -1, 0, out var index);
            globals.Add(0);
            frontier = [index];
            frontierRanks = [0];
        }
    }

    private enum Phase
    {
        Expand,
        Merge,
        Assign,
    }

    /// <summary>Slots of one source state in the breadth-first order: its expansion, then each candidate's successor.</summary>
    public int SlotsPerState => engine.Candidates.Count + 1;

    /// <summary>States stored.</summary>
    public int Count => table.Count;

    /// <summary>The partition that owns <paramref name="key"/> (from its hash's high bits: the visited set indexes by the low ones).</summary>
    public static int OwnerOf(PackedKey key, int partitionCount) =>
        (int)((((PackedStateTable.Hash(key) >> 32) * 0x9E3779B1UL) & 0xFFFFFFFFUL) * (ulong)partitionCount >> 32);

    /// <summary>
    /// Expands the partition's states of <paramref name="atLevel"/> in rank order into batches per owner partition (of
    /// <see cref="BatchEntriesMax"/> successors at most); stops at the first finding (nothing after it in the order can come first).
    /// </summary>
    public (ExpandReport Report, List<byte[]>[] Batches) Expand(int atLevel)
    {
        Require(Phase.Expand, atLevel);
        var clock = Stopwatch.StartNew();
        var batches = new List<byte[]>[setup.PartitionCount];
        var writers = new BinaryWriter[setup.PartitionCount];
        var streams = new MemoryStream[setup.PartitionCount];
        var counts = new int[setup.PartitionCount];
        for (var p = 0; p < writers.Length; p++)
        {
            batches[p] = [];
            streams[p] = new MemoryStream();
            writers[p] = new BinaryWriter(streams[p]);
            writers[p].Write(0);
        }

        var enabled = new long[engine.Candidates.Count];
        var facts = new List<(int Facts, long Times)>();
        long transitions = 0, deadlocks = 0, expanded = 0;
        PartitionEvent? found = null;
        for (var f = 0; f < frontier.Length && found is null; f++)
        {
            var local = frontier[f];
            var source = globals[local];
            var order = (long)frontierRanks[f] * SlotsPerState;
            var sw = engine.Unpack(table.KeyAt(local), records);
            var n = engine.Expand(records, sw, successors);
            if (engine.DerivationFailure is { } failure)
            {
                found = new PartitionEvent(order, PartitionEventKind.DerivationFailure, source, engine.DerivationFailureCommand, default, failure);
                break;
            }

            AddFacts(facts, engine.ExpandedFacts);
            if (engine.StepViolation is { } violation)
            {
                found = new PartitionEvent(order, PartitionEventKind.StepViolation, source, engine.StepViolationCommand, default, violation.ToString());
                break;
            }

            expanded++;
            if (n == 0)
            {
                deadlocks++;
                if (setup.Options.DeadlockIsFailure)
                {
                    found = new PartitionEvent(order, PartitionEventKind.Deadlock, source, -1, default, "deadlock");
                }
            }

            transitions += n;
            RouteSuccessors(n, order, source, enabled, batches, streams, writers, counts);
        }

        long sent = 0;
        for (var p = 0; p < batches.Length; p++)
        {
            CutBatch(p, batches, streams, writers, counts);
            writers[p].Dispose();
            sent += p == setup.Partition ? 0 : batches[p].Sum(b => (long)b.Length);
        }

        phase = Phase.Merge;
        return (new ExpandReport(expanded, transitions, deadlocks, enabled, [.. facts], found, sent, clock.ElapsedTicks), batches);
    }

    /// <summary>Writes the first <paramref name="n"/> successors not stored before to the batch of the partition that owns each, cutting full batches.</summary>
    private void RouteSuccessors(int n, long order, int source, long[] enabled, List<byte[]>[] batches, MemoryStream[] streams, BinaryWriter[] writers, int[] counts)
    {
        for (var i = 0; i < n; i++)
        {
            var successor = successors[i];
            enabled[successor.Command]++;
            if (successor.Key == default || successor.Repeat)
            {
                continue;
            }

            var owner = OwnerOf(successor.Key, setup.PartitionCount);
            var writer = writers[owner];
            writer.Write(successor.Key.Lo);
            writer.Write(successor.Key.Hi);
            writer.Write(order + 1 + i);
            writer.Write(source);
            writer.Write(successor.Command);
            if (++counts[owner] == BatchEntriesMax)
            {
                CutBatch(owner, batches, streams, writers, counts);
            }
        }
    }

    /// <summary>Files a batch of successors addressed to this partition (any order: the merge sorts them by place).</summary>
    public void Deliver(int atLevel, byte[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (atLevel != level || phase == Phase.Assign)
        {
            throw new InvalidOperationException($"partition {setup.Partition}: a batch of level {atLevel} delivered at level {level} ({phase})");
        }

        using var reader = new BinaryReader(new MemoryStream(batch));
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            inbox.Add(new Incoming(new PackedKey(reader.ReadUInt64(), reader.ReadUInt64()), reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32()));
        }
    }

    /// <summary>
    /// Stores what was delivered in breadth-first order (by place; the first place of a key is where one process first
    /// reaches it), checking each new state; stops at the first violation or bound.
    /// </summary>
    public MergeReport Merge(int atLevel)
    {
        Require(Phase.Merge, atLevel);
        var clock = Stopwatch.StartNew();
        inbox.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        var orders = new List<long>();
        var taken = new long[engine.Candidates.Count];
        added = [];
        PartitionEvent? found = null;
        string? bound = null;
        foreach (var incoming in inbox)
        {
            var result = table.TryAdd(incoming.Key, PackedStateTable.Hash(incoming.Key), incoming.Parent, incoming.Command, out var index);
            if (result == StateTableAddResult.Existing)
            {
                continue;
            }

            bound = result switch
            {
                StateTableAddResult.MemoryBudgetExceeded => $"memory budget {setup.Options.MemoryBudgetBytes} bytes",
                StateTableAddResult.CapacityExceeded => "array capacity of the visited set",
                StateTableAddResult.DiskBudgetExceeded => $"disk budget {setup.Options.DiskBudgetBytes} bytes",
                _ => null,
            };
            if (bound is not null)
            {
                break;
            }

            added.Add(index);
            orders.Add(incoming.Order);
            taken[incoming.Command]++;
            var sw = engine.Unpack(incoming.Key, records);
            if (engine.CheckState(records, sw) is { } violation)
            {
                found = new PartitionEvent(incoming.Order, PartitionEventKind.StateViolation, incoming.Parent, incoming.Command, incoming.Key, violation.ToString());
                break;
            }
        }

        inbox.Clear();
        phase = Phase.Assign;
        return new MergeReport([.. orders], taken, found, bound, table.AllocatedBytes, table.DiskBytes, clock.ElapsedTicks);
    }

    /// <summary>
    /// Gives the states the last merge stored their global numbers (<paramref name="levelStart"/> + rank, ranks in the
    /// order of the merge) and makes them the next frontier; the full check of every state whose number is a multiple of
    /// <see cref="ExplorationOptions.CrossCheckEvery"/>. Returns the states checked and the first that failed (its number).
    /// </summary>
    public (long CrossChecked, int FailedState) Assign(int atLevel, int levelStart, int[] ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        Require(Phase.Assign, atLevel);
        if (ranks.Length != added.Count)
        {
            throw new InvalidOperationException($"partition {setup.Partition}: {ranks.Length} ranks for {added.Count} new states at level {atLevel}");
        }

        long checkedStates = 0;
        var failed = -1;
        for (var i = 0; i < ranks.Length; i++)
        {
            var global = levelStart + ranks[i];
            globals.Add(global);
            var every = setup.Options.CrossCheckEvery;
            if (failed < 0 && every > 0 && global % every == 0)
            {
                checkedStates++;
                var key = table.KeyAt(added[i]);
                var sw = engine.Unpack(key, records);
                failed = PackedCrossCheck.Run(setup.Config, engine, records, sw, key) is null ? -1 : global;
            }
        }

        frontier = [.. added];
        frontierRanks = ranks;
        level++;
        phase = Phase.Expand;
        return (checkedStates, failed);
    }

    /// <summary>The stored state of global number <paramref name="global"/>, or null when another partition holds it.</summary>
    public StoredState? Lookup(int global)
    {
        var local = globals.BinarySearch(global);
        return local < 0 ? null : new StoredState(table.KeyAt(local), table.ParentOf(local), table.CommandOf(local));
    }

    public void Dispose() => table.Dispose();

    /// <summary>Ends the batch being written for partition <paramref name="p"/> (when it holds anything) and starts the next.</summary>
    private static void CutBatch(int p, List<byte[]>[] batches, MemoryStream[] streams, BinaryWriter[] writers, int[] counts)
    {
        if (counts[p] == 0)
        {
            return;
        }

        writers[p].Flush();
        var batch = streams[p].ToArray();
        BitConverter.TryWriteBytes(batch.AsSpan(0, 4), counts[p]);
        batches[p].Add(batch);
        streams[p].SetLength(0);
        writers[p].Write(0);
        counts[p] = 0;
    }

    private static void AddFacts(List<(int Facts, long Times)> facts, int value)
    {
        if (facts.Count > 0 && facts[^1].Facts == value)
        {
            facts[^1] = (value, facts[^1].Times + 1);
        }
        else
        {
            facts.Add((value, 1));
        }
    }

    private void Require(Phase expected, int atLevel)
    {
        if (phase != expected || atLevel != level)
        {
            throw new InvalidOperationException($"partition {setup.Partition}: asked to {expected} level {atLevel}, but it is at {phase} of level {level}");
        }
    }

    private readonly record struct Incoming(PackedKey Key, long Order, int Parent, int Command);
}
