// Exploration/Search: the outcome of StateTable.TryAdd
namespace SriovVerification.Exploration.Search;

/// <summary>The outcome of <see cref="StateTable.TryAdd"/>.</summary>
internal enum StateTableAddResult
{
    Added,
    Existing,
    MemoryBudgetExceeded,
    CapacityExceeded,
    DiskBudgetExceeded,
}

/// <summary>
/// The visited set: keys stored back to back in fixed-size chunks of <c>ulong</c> in insertion (breadth-first)
/// order, an open-addressing index of state numbers over them, and parent links (state number and command index)
/// in parallel chunks. No object per state, and no copy or slack beyond one chunk when it grows.
/// </summary>
internal sealed class StateTable
{
    private const int ChunkShift = 16;
    private const int ChunkStates = 1 << ChunkShift;
    private const int ChunkMask = ChunkStates - 1;
    private const int MaxSlotCount = 1 << 30;
    private const double MaxLoad = 0.8;

    private readonly int keyWords;
    private readonly long memoryBudgetBytes;
    private readonly List<ulong[]> keyChunks = [];
    private readonly List<int[]> parentChunks = [];
    private readonly List<ushort[]> commandChunks = [];
    private int[] slots;
    private int slotMask;
    private int count;

    public StateTable(int keyWords, long memoryBudgetBytes)
    {
        this.keyWords = keyWords;
        this.memoryBudgetBytes = memoryBudgetBytes;
        slots = new int[1 << 10];
        slotMask = slots.Length - 1;
    }

    public int Count => count;

    public long AllocatedBytes =>
        ((long)keyChunks.Count * ChunkStates * ((keyWords * sizeof(ulong)) + sizeof(int) + sizeof(ushort))) + (slots.LongLength * sizeof(int));

    public ReadOnlySpan<ulong> KeyAt(int index) => keyChunks[index >> ChunkShift].AsSpan((index & ChunkMask) * keyWords, keyWords);

    public int ParentOf(int index) => parentChunks[index >> ChunkShift][index & ChunkMask];

    public int CommandOf(int index) => commandChunks[index >> ChunkShift][index & ChunkMask];

    public bool Contains(ReadOnlySpan<ulong> key) => Find(key, Hash(key), out _) >= 0;

    /// <summary>The state number holding <paramref name="key"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<ulong> key) => Find(key, Hash(key), out _);

    public StateTableAddResult TryAdd(ReadOnlySpan<ulong> key, int parent, int command, out int index)
    {
        var hash = Hash(key);
        var existing = Find(key, hash, out var slot);
        if (existing >= 0)
        {
            index = existing;
            return StateTableAddResult.Existing;
        }

        index = -1;
        if (count == int.MaxValue - 1)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        if ((count & ChunkMask) == 0 && (count >> ChunkShift) == keyChunks.Count)
        {
            var grown = AddChunk();
            if (grown != StateTableAddResult.Added)
            {
                return grown;
            }
        }

        if (count + 1 > slots.Length * MaxLoad)
        {
            var grown = GrowSlots();
            if (grown != StateTableAddResult.Added)
            {
                return grown;
            }

            Find(key, hash, out slot);
        }

        index = count;
        key.CopyTo(keyChunks[index >> ChunkShift].AsSpan((index & ChunkMask) * keyWords, keyWords));
        parentChunks[index >> ChunkShift][index & ChunkMask] = parent;
        commandChunks[index >> ChunkShift][index & ChunkMask] = (ushort)command;
        slots[slot] = index + 1;
        count++;
        return StateTableAddResult.Added;
    }

    private static ulong Hash(ReadOnlySpan<ulong> key)
    {
        var hash = 0x9E3779B97F4A7C15UL;
        foreach (var word in key)
        {
            hash = (hash ^ word) * 0xBF58476D1CE4E5B9UL;
            hash ^= hash >> 31;
        }

        hash *= 0x94D049BB133111EBUL;
        return hash ^ (hash >> 29);
    }

    /// <summary>The state number holding <paramref name="key"/>, or -1 with the free slot where it would go.</summary>
    private int Find(ReadOnlySpan<ulong> key, ulong hash, out int slot)
    {
        slot = (int)hash & slotMask;
        for (var probes = 0; probes <= slotMask; probes++)
        {
            var occupant = slots[slot];
            if (occupant == 0)
            {
                return -1;
            }

            if (KeyAt(occupant - 1).SequenceEqual(key))
            {
                return occupant - 1;
            }

            slot = (slot + 1) & slotMask;
        }

        throw new InvalidOperationException("the state index is full; the load bound failed");
    }

    private StateTableAddResult AddChunk()
    {
        var chunkBytes = (long)ChunkStates * ((keyWords * sizeof(ulong)) + sizeof(int) + sizeof(ushort));
        if (AllocatedBytes + chunkBytes > memoryBudgetBytes)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        try
        {
            keyChunks.Add(new ulong[ChunkStates * keyWords]);
            parentChunks.Add(new int[ChunkStates]);
            commandChunks.Add(new ushort[ChunkStates]);
        }
        catch (OutOfMemoryException)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        return StateTableAddResult.Added;
    }

    private StateTableAddResult GrowSlots()
    {
        if (slots.Length >= MaxSlotCount)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        var newCount = slots.Length * 2;
        if (AllocatedBytes + ((long)newCount * sizeof(int)) > memoryBudgetBytes)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        int[] newSlots;
        try
        {
            newSlots = new int[newCount];
        }
        catch (OutOfMemoryException)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        var newMask = newCount - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = (int)Hash(KeyAt(i)) & newMask;
            while (newSlots[slot] != 0)
            {
                slot = (slot + 1) & newMask;
            }

            newSlots[slot] = i + 1;
        }

        slots = newSlots;
        slotMask = newMask;
        return StateTableAddResult.Added;
    }
}
