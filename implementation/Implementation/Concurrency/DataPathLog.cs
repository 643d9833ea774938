// Concurrency room: A bounded, lock-free log of DataPathEvents.
using System.Numerics;
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Concurrency;

/// <summary>
/// A bounded, lock-free log of <see cref="DataPathEvent"/>s: a slot is claimed with an interlocked increment, the
/// logical time with another. Events past the capacity are counted in <see cref="Overflowed"/>, never blocked on.
/// The slots are allocated in chunks as they fill (a chunk is published with a compare and exchange); chunk k holds
/// <see cref="FirstChunkLength"/> · 2^k slots, so a log costs what it holds, not its capacity, and its chunk directory
/// stays short. A snapshot copy (taken between operations, when every claimed slot is written) shares the filled
/// chunks, which are never written again, and copies the last one.
/// </summary>
public sealed class DataPathLog : ISnapshotCopy
{
    /// <summary>Slots the first chunk holds (each further chunk holds twice the one before).</summary>
    public const int FirstChunkLength = 64;

    private const int FirstChunkShift = 6;

    private readonly DataPathEvent?[]?[] chunks;
    private readonly int capacity;
    private long clock;
    private int count;
    private long overflowed;

    /// <summary>Creates a log of at most <paramref name="capacity"/> events.</summary>
    public DataPathLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        chunks = new DataPathEvent?[]?[ChunkOf(capacity - 1) + 1];
    }

    private DataPathLog(DataPathLog original)
    {
        capacity = original.capacity;
        clock = original.clock;
        count = original.count;
        overflowed = original.overflowed;
        chunks = new DataPathEvent?[]?[original.chunks.Length];
        var held = Math.Min(count, capacity);
        if (held == 0)
        {
            return;
        }

        var last = ChunkOf(held - 1);
        Array.Copy(original.chunks, chunks, last);
        var full = held - ChunkStart(last) == ChunkLength(last);
        chunks[last] = full ? original.chunks[last] : (DataPathEvent?[]?)original.chunks[last]?.Clone();
    }

    /// <summary>The most events it keeps.</summary>
    public int Capacity => capacity;

    /// <summary>Events that did not fit.</summary>
    public long Overflowed => Interlocked.Read(ref overflowed);

    /// <summary>The next logical time (also used to stamp frames' resolution order).</summary>
    public long Tick() => Interlocked.Increment(ref clock);

    /// <summary>Records an event stamped with a fresh logical time.</summary>
    public void Append(DataPathEventKind kind, long frameId, int host, int vm, int vportId, long incarnation, DataPath path, string reason = "")
    {
        var entry = new DataPathEvent(Tick(), kind, frameId, host, vm, vportId, incarnation, path, reason);
        var slot = Interlocked.Increment(ref count) - 1;
        if (slot >= capacity)
        {
            Interlocked.Increment(ref overflowed);
            return;
        }

        var index = ChunkOf(slot);
        var chunk = Volatile.Read(ref chunks[index]);
        if (chunk is null)
        {
            var fresh = new DataPathEvent?[ChunkLength(index)];
            chunk = Interlocked.CompareExchange(ref chunks[index], fresh, null) ?? fresh;
        }

        Volatile.Write(ref chunk[slot - ChunkStart(index)], entry);
    }

    /// <summary>Every event recorded so far, in logical-time order.</summary>
    public IReadOnlyList<DataPathEvent> Snapshot()
    {
        var n = Math.Min(Volatile.Read(ref count), capacity);
        var list = new List<DataPathEvent>(n);
        for (var i = 0; i < n; i++)
        {
            var index = ChunkOf(i);
            if (Volatile.Read(ref chunks[index]) is { } chunk && Volatile.Read(ref chunk[i - ChunkStart(index)]) is { } entry)
            {
                list.Add(entry);
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }

    /// <inheritdoc/>
    object ISnapshotCopy.SnapshotCopy() => new DataPathLog(this);

    /// <summary>The chunk of <paramref name="slot"/>: chunk k starts at slot 64 · (2^k − 1).</summary>
    private static int ChunkOf(int slot) => BitOperations.Log2((uint)(slot >> FirstChunkShift) + 1);

    private static int ChunkStart(int chunk) => (int)(((1L << chunk) - 1) << FirstChunkShift);

    private static int ChunkLength(int chunk) => FirstChunkLength << chunk;
}
