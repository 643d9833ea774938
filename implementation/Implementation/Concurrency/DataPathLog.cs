namespace SriovVerification.Implementation;

/// <summary>
/// A bounded, lock-free log of <see cref="DataPathEvent"/>s: a slot is claimed with an interlocked increment, the
/// logical time with another. Events past the capacity are counted in <see cref="Overflowed"/>, never blocked on.
/// </summary>
public sealed class DataPathLog
{
    private readonly DataPathEvent?[] slots;
    private long clock;
    private int count;
    private long overflowed;

    /// <summary>Creates a log of at most <paramref name="capacity"/> events.</summary>
    public DataPathLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        slots = new DataPathEvent?[capacity];
    }

    /// <summary>The most events it keeps.</summary>
    public int Capacity => slots.Length;

    /// <summary>Events that did not fit.</summary>
    public long Overflowed => Interlocked.Read(ref overflowed);

    /// <summary>The next logical time (also used to stamp frames' resolution order).</summary>
    public long Tick() => Interlocked.Increment(ref clock);

    /// <summary>Records an event stamped with a fresh logical time.</summary>
    public void Append(DataPathEventKind kind, long frameId, int host, int vm, int vportId, long incarnation, DataPath path, string reason = "")
    {
        var entry = new DataPathEvent(Tick(), kind, frameId, host, vm, vportId, incarnation, path, reason);
        var slot = Interlocked.Increment(ref count) - 1;
        if (slot >= slots.Length)
        {
            Interlocked.Increment(ref overflowed);
            return;
        }

        Volatile.Write(ref slots[slot], entry);
    }

    /// <summary>Every event recorded so far, in logical-time order.</summary>
    public IReadOnlyList<DataPathEvent> Snapshot()
    {
        var n = Math.Min(Volatile.Read(ref count), slots.Length);
        var list = new List<DataPathEvent>(n);
        for (var i = 0; i < n; i++)
        {
            if (Volatile.Read(ref slots[i]) is { } entry)
            {
                list.Add(entry);
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }
}
