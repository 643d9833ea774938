namespace SriovVerification.Harness.Exploration;

/// <summary>The outcome of <see cref="StateTable.TryAdd"/>.</summary>
internal enum StateTableAddResult
{
    Added,
    Existing,
    MemoryBudgetExceeded,
    CapacityExceeded,
}

/// <summary>
/// The visited set: keys stored back to back in one <c>ulong[]</c> in insertion (breadth-first) order, an
/// open-addressing index of state numbers over them, and parent links (state number and command index) in
/// parallel arrays. No object per state.
/// </summary>
internal sealed class StateTable
{
    private const int MaxSlotCount = 1 << 30;
    private const double MaxLoad = 0.75;

    private readonly int keyWords;
    private readonly long memoryBudgetBytes;
    private ulong[] keys;
    private int[] parents;
    private ushort[] commands;
    private int[] slots;
    private int slotMask;
    private int count;

    public StateTable(int keyWords, int initialCapacity, long memoryBudgetBytes)
    {
        this.keyWords = keyWords;
        this.memoryBudgetBytes = memoryBudgetBytes;
        var capacity = Math.Max(16, initialCapacity);
        keys = new ulong[(long)capacity * keyWords];
        parents = new int[capacity];
        commands = new ushort[capacity];
        var slotCount = 32;
        while (slotCount * MaxLoad < capacity && slotCount < MaxSlotCount)
        {
            slotCount <<= 1;
        }

        slots = new int[slotCount];
        slotMask = slotCount - 1;
    }

    public int Count => count;

    public int KeyWords => keyWords;

    public long AllocatedBytes => (keys.LongLength * sizeof(ulong)) + (parents.LongLength * sizeof(int)) + (commands.LongLength * sizeof(ushort)) + (slots.LongLength * sizeof(int));

    public ReadOnlySpan<ulong> KeyAt(int index) => keys.AsSpan(index * keyWords, keyWords);

    public int ParentOf(int index) => parents[index];

    public int CommandOf(int index) => commands[index];

    public bool Contains(ReadOnlySpan<ulong> key)
    {
        var slot = (int)Hash(key) & slotMask;
        while (slots[slot] != 0)
        {
            if (KeyAt(slots[slot] - 1).SequenceEqual(key))
            {
                return true;
            }

            slot = (slot + 1) & slotMask;
        }

        return false;
    }

    public StateTableAddResult TryAdd(ReadOnlySpan<ulong> key, int parent, int command, out int index)
    {
        var hash = Hash(key);
        var slot = (int)hash & slotMask;
        while (true)
        {
            var occupant = slots[slot];
            if (occupant == 0)
            {
                break;
            }

            if (KeyAt(occupant - 1).SequenceEqual(key))
            {
                index = occupant - 1;
                return StateTableAddResult.Existing;
            }

            slot = (slot + 1) & slotMask;
        }

        index = -1;
        if (count == parents.Length)
        {
            var grown = GrowStates();
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

            slot = (int)hash & slotMask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & slotMask;
            }
        }

        index = count;
        key.CopyTo(keys.AsSpan(index * keyWords, keyWords));
        parents[index] = parent;
        commands[index] = (ushort)command;
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

    private StateTableAddResult GrowStates()
    {
        var capacity = parents.Length;
        var newCapacity = (long)capacity + Math.Max(16, capacity / 2);
        if (newCapacity * keyWords > Array.MaxLength || newCapacity >= int.MaxValue - 1)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        var extraBytes = (newCapacity * keyWords * sizeof(ulong)) + (newCapacity * (sizeof(int) + sizeof(ushort)));
        if (AllocatedBytes + extraBytes > memoryBudgetBytes)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        try
        {
            var newKeys = new ulong[newCapacity * keyWords];
            keys.AsSpan(0, count * keyWords).CopyTo(newKeys);
            keys = newKeys;
            Array.Resize(ref parents, (int)newCapacity);
            Array.Resize(ref commands, (int)newCapacity);
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
