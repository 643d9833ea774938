namespace SriovVerification.Implementation;

/// <summary>
/// A bounded, lock-free log of <see cref="DataPathEvent"/>s: a slot is claimed with an interlocked increment, the
/// logical time with another. Events past the capacity are counted in <see cref="Overflowed"/>, never blocked on.
/// The slots are allocated in chunks of <see cref="ChunkLength"/> as they fill (a chunk is published with a compare
/// and exchange), so a log costs what it holds, not its capacity.
/// </summary>
public sealed class DataPathLog
{
    /// <summary>Slots a chunk holds.</summary>
    public const int ChunkLength = 1024;

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
        chunks = new DataPathEvent?[]?[((capacity - 1) / ChunkLength) + 1];
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

        var chunk = Volatile.Read(ref chunks[slot / ChunkLength]);
        if (chunk is null)
        {
            var fresh = new DataPathEvent?[ChunkLength];
            chunk = Interlocked.CompareExchange(ref chunks[slot / ChunkLength], fresh, null) ?? fresh;
        }

        Volatile.Write(ref chunk[slot % ChunkLength], entry);
    }

    /// <summary>Every event recorded so far, in logical-time order.</summary>
    public IReadOnlyList<DataPathEvent> Snapshot()
    {
        var n = Math.Min(Volatile.Read(ref count), capacity);
        var list = new List<DataPathEvent>(n);
        for (var i = 0; i < n; i++)
        {
            if (Volatile.Read(ref chunks[i / ChunkLength]) is { } chunk && Volatile.Read(ref chunk[i % ChunkLength]) is { } entry)
            {
                list.Add(entry);
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }
}
