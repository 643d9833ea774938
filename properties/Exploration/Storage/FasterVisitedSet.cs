// Exploration/Storage: a visited set larger than memory
using System.Globalization;
using FASTER.core;
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Storage;

/// <summary>
/// A visited set larger than memory: membership in a FASTER key-value store (Microsoft.FASTER.Core: a hash index in
/// memory over a hybrid log whose tail is in memory and whose older pages are on disk), the breadth-first order in an
/// <see cref="OrderedStateLog"/>. The search announces each batch's successors (<see cref="Prefetch"/>): their reads are
/// issued together, and those that need the disk complete in one wait before the batch is merged; insertions are blind
/// upserts at the log's tail, in the order the search makes them, so state numbers, parents and counterexamples are
/// those of the in-memory set. Everything lives under a fresh directory that is deleted when the set is disposed.
/// </summary>
internal sealed class FasterVisitedSet : IPackedVisitedSet
{
    private const int DiskCheckMask = (1 << 16) - 1;
    private const long BucketBytes = 64;

    private readonly string directory;
    private readonly IDevice device;
    private readonly FasterKV<PackedKey, int> store;
    private readonly ClientSession<PackedKey, int, int, int, int, IFunctions<PackedKey, int, int, int, int>> session;
    private readonly OrderedStateLog order;
    private readonly long diskBudgetBytes;
    private readonly long overflowBudgetBytes;
    private readonly long logMemoryBytes;
    private readonly List<PackedKey> announcedKeys = [];
    private readonly List<bool> announcedFound = [];
    private readonly HashSet<PackedKey> addedSinceAnnounced = [];
    private int scratch;
    private int next;
    private bool collecting;
    private int pending;

    public FasterVisitedSet(int keyWords, long memoryBudgetBytes, long diskBudgetBytes, string? parentDirectory)
    {
        if (keyWords is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(keyWords), "packed keys have one or two words");
        }

        this.diskBudgetBytes = diskBudgetBytes;
        directory = Path.Combine(parentDirectory ?? Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"sriov-store-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(directory);
        // Half the budget for the index's main buckets, a quarter for the log's pages in memory, the rest for overflow buckets.
        var indexBytes = FloorPowerOfTwo(Math.Max(1L << 20, memoryBudgetBytes / 2));
        logMemoryBytes = FloorPowerOfTwo(Math.Max(1L << 22, memoryBudgetBytes / 4));
        overflowBudgetBytes = Math.Max(memoryBudgetBytes / 4, memoryBudgetBytes - indexBytes - logMemoryBytes);
        var pageBytes = Math.Min(1L << 25, logMemoryBytes / 8);
        device = Devices.CreateLogDevice(Path.Combine(directory, "faster.log"), preallocateFile: false, deleteOnClose: true);
        var settings = new FasterKVSettings<PackedKey, int>(null)
        {
            IndexSize = indexBytes,
            LogDevice = device,
            PageSize = pageBytes,
            MemorySize = logMemoryBytes,
            SegmentSize = 1L << 30,
            MutableFraction = 0.9,
            ReadCopyOptions = ReadCopyOptions.None,
            EqualityComparer = new KeyComparer(),
        };
        store = new FasterKV<PackedKey, int>(settings);
        session = store.NewSession(new SimpleFunctions<PackedKey, int, int>());
        order = new OrderedStateLog(Path.Combine(directory, "order"));
    }

    public int Count => order.Count;

    /// <summary>The hash index (main and overflow buckets) and the log's pages in memory.</summary>
    public long AllocatedBytes => (store.IndexSize * BucketBytes) + (store.OverflowBucketCount * BucketBytes) + Math.Min(logMemoryBytes, LogBytes);

    /// <summary>FASTER's log (what it has written to the device and the pages still in memory count alike) and the order's segment files.</summary>
    public long DiskBytes => LogBytes + order.DiskBytes;

    private long LogBytes => store.Log.TailAddress - store.Log.BeginAddress;

    public PackedKey KeyAt(int index) => order.KeyAt(index);

    public int ParentOf(int index) => order.ParentOf(index);

    public int CommandOf(int index) => order.CommandOf(index);

    public void Prefetch(PackedKey key, ulong hash)
    {
        if (!collecting)
        {
            announcedKeys.Clear();
            announcedFound.Clear();
            addedSinceAnnounced.Clear();
            next = 0;
            collecting = true;
            session.UnsafeContext.BeginUnsafe();
        }

        var position = announcedKeys.Count;
        announcedKeys.Add(key);
        announcedFound.Add(false);
        var status = session.UnsafeContext.Read(ref key, ref position, ref scratch, position);
        if (status.IsPending)
        {
            pending++;
        }
        else
        {
            announcedFound[position] = status.Found;
        }
    }

    public bool Contains(PackedKey key, ulong hash) => IsStored(key);

    public StateTableAddResult TryAdd(PackedKey key, ulong hash, int parent, int command, out int index)
    {
        index = -1;
        if (IsStored(key))
        {
            return StateTableAddResult.Existing;
        }

        if (order.Count == int.MaxValue - 1)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        if (((order.Count & DiskCheckMask) == 0 || order.GrowthBytes > 0) && DiskBytes + order.GrowthBytes + (DiskCheckMask * 32L) > diskBudgetBytes)
        {
            return StateTableAddResult.DiskBudgetExceeded;
        }

        if ((order.Count & DiskCheckMask) == 0 && store.OverflowBucketCount * BucketBytes > overflowBudgetBytes)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        index = order.Count;
        var value = index;
        session.Upsert(ref key, ref value);
        order.Append(key, parent, command);
        addedSinceAnnounced.Add(key);
        return StateTableAddResult.Added;
    }

    public void Dispose()
    {
        if (collecting)
        {
            CompleteAnnounced();
        }

        session.Dispose();
        store.Dispose();
        device.Dispose();
        order.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operator: the run's result does not depend on it.
        }
    }

    private static long FloorPowerOfTwo(long value) => 1L << (63 - (int)long.LeadingZeroCount(value));

    /// <summary>
    /// Whether the key is stored. The search asks about the announced keys in the order it announced them (it may skip
    /// some, or stop): the next announced answer is the one, unless an insertion since the reads made it stale. Any
    /// other key is read on its own.
    /// </summary>
    private bool IsStored(PackedKey key)
    {
        if (collecting)
        {
            CompleteAnnounced();
        }

        while (next < announcedKeys.Count && announcedKeys[next] != key)
        {
            next++;
        }

        if (next < announcedKeys.Count)
        {
            return announcedFound[next++] || addedSinceAnnounced.Contains(key);
        }

        var position = -1;
        var status = session.Read(ref key, ref position, ref scratch, position);
        if (!status.IsPending)
        {
            return status.Found;
        }

        var found = false;
        session.CompletePendingWithOutputs(out var outputs, wait: true);
        using (outputs)
        {
            while (outputs.Next())
            {
                found = outputs.Current.Status.Found;
            }
        }

        return found;
    }

    /// <summary>Waits for the announced reads that went to disk and files their answers.</summary>
    private void CompleteAnnounced()
    {
        collecting = false;
        if (pending > 0)
        {
            session.UnsafeContext.CompletePendingWithOutputs(out var outputs, wait: true);
            using (outputs)
            {
                while (outputs.Next())
                {
                    announcedFound[outputs.Current.Context] = outputs.Current.Status.Found;
                }
            }

            pending = 0;
        }

        session.UnsafeContext.EndUnsafe();
    }

    /// <summary>Equality and the 64-bit hash FASTER indexes by (the in-memory table's hash).</summary>
    private sealed class KeyComparer : IFasterEqualityComparer<PackedKey>
    {
        public long GetHashCode64(ref PackedKey key) => (long)PackedStateTable.Hash(key);

        public bool Equals(ref PackedKey k1, ref PackedKey k2) => k1 == k2;
    }
}
