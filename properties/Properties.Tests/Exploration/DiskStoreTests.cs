// Properties.Tests/Exploration: the disk-backed visited set (FASTER and mapped order files) against the in-memory one
using SriovVerification.Exploration.Packed;
using SriovVerification.Exploration.Storage;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// The disk-backed visited set (FASTER and mapped order files) against the in-memory one: the same search, state by
/// state, when most of the log has gone to disk; its disk bound; its files removed after the run.
/// </summary>
public sealed class DiskStoreTests
{
    /// <summary>193,742 orbits: with an 8 MiB budget the log keeps 4 MiB (about 130,000 records) in memory, so lookups go to disk.</summary>
    private static readonly ModelConfig TwoHostsThreeVms = new() { HostCount = 2, VmCount = 3, NumVfs = 2 };

    private static readonly ModelConfig OneHostTwoVms = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };

    public static TheoryData<string> Configurations() => new() { "1 host, 2 VMs, 2 VFs", "2 hosts, 3 VMs, 2 VFs" };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_DiskStore_SameSearchAsMemory(string name)
    {
        var config = name.StartsWith('1') ? OneHostTwoVms : TwoHostsThreeVms;
        var directory = Directory.CreateTempSubdirectory("sriov-disk-test-").FullName;
        try
        {
            var memory = Explorer.Explore(config, Options(VisitedStore.Memory, directory));
            var disk = Explorer.Explore(config, Options(VisitedStore.Disk, directory) with { MemoryBudgetBytes = 8L << 20 });

            Assert.Equal(ExplorationVerdict.Closed, memory.Verdict);
            Assert.Equal(memory.Verdict, disk.Verdict);
            Assert.Equal(memory.States, disk.States);
            Assert.Equal(memory.Transitions, disk.Transitions);
            Assert.Equal(memory.Depth, disk.Depth);
            Assert.Equal(memory.Deadlocks, disk.Deadlocks);
            Assert.Equal(memory.StatesPerDepth, disk.StatesPerDepth);
            Assert.Equal(memory.Coverage.CommandKinds, disk.Coverage.CommandKinds);
            Assert.Equal(0, memory.DiskBytesPerState);
            Assert.True(disk.DiskBytesPerState >= OrderedStateLog.RecordBytes, $"disk bytes/state {disk.DiskBytesPerState}");
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Explore_DiskBudgetReached_IsBoundedAndSaysWhy()
    {
        var result = Explorer.Explore(TwoHostsThreeVms, Options(VisitedStore.Disk, null) with { DiskBudgetBytes = 26L << 20 });

        Assert.Equal(ExplorationVerdict.Bounded, result.Verdict);
        Assert.Contains("disk budget", result.BoundReason, StringComparison.Ordinal);
        Assert.True(result.States < 193_742);
    }

    [Fact]
    public void VisitedSet_KeysMostlyOnDisk_MembershipAndOrderAsInserted()
    {
        const int Count = 300_000;
        using var set = new FasterVisitedSet(2, 8L << 20, 1L << 30, null);
        var keys = Enumerable.Range(0, Count).Select(i => Key(i)).ToArray();
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(StateTableAddResult.Added, set.TryAdd(keys[i], PackedStateTable.Hash(keys[i]), i - 1, i % 1000, out var index));
            Assert.Equal(i, index);
        }

        // Announced in batches as the search does (some keys twice, absent keys among them), then asked in that order.
        for (var start = 0; start < Count; start += 997)
        {
            var batch = Enumerable.Range(start, Math.Min(997, Count - start)).Select(i => i % 5 == 0 ? Key(Count + i) : keys[(int)((long)i * 7919 % Count)]).ToArray();
            foreach (var key in batch)
            {
                set.Prefetch(key, PackedStateTable.Hash(key));
            }

            foreach (var key in batch)
            {
                var absent = key.Hi >= Count;
                Assert.Equal(!absent, set.Contains(key, PackedStateTable.Hash(key)));
            }
        }

        Assert.Equal(keys[123_456], set.KeyAt(123_456));
        Assert.Equal(123_455, set.ParentOf(123_456));
        Assert.Equal(456, set.CommandOf(123_456));
        Assert.True(set.DiskBytes > set.AllocatedBytes, $"disk {set.DiskBytes}, memory {set.AllocatedBytes}");
    }

    [Fact]
    public void VisitedSet_KeyAnnouncedThenAddedThenAskedAgain_IsExisting()
    {
        using var set = new FasterVisitedSet(1, 1L << 20, 1L << 30, null);
        var key = Key(7);
        var hash = PackedStateTable.Hash(key);
        set.Prefetch(key, hash);
        set.Prefetch(key, hash);
        Assert.Equal(StateTableAddResult.Added, set.TryAdd(key, hash, -1, 0, out _));
        Assert.Equal(StateTableAddResult.Existing, set.TryAdd(key, hash, 0, 1, out _));
        Assert.Equal(1, set.Count);
    }

    private static PackedKey Key(int i) => new(((ulong)i * 0x9E3779B97F4A7C15UL) | 1, (ulong)i);

    private static ExplorationOptions Options(VisitedStore store, string? directory) => new()
    {
        Profile = ExplorationProfile.HostStack,
        Engine = ExplorationEngine.Packed,
        Store = store,
        StoreDirectory = directory,
        Workers = 2,
    };
}
