// Exploration/Packed: the packed engine's visited set
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// The packed engine's visited set: an open-addressing set of keys stored inline (one probe is one cache line, and
/// the line can be prefetched while other successors are computed), and, in insertion (breadth-first) order, each
/// state's key, parent and command in chunks. Nothing per state beyond those; the set doubles at 3/4 load, rebuilt
/// from the ordered keys.
/// </summary>
internal sealed unsafe class PackedStateTable : Storage.IPackedVisitedSet
{
    private const int MadviseHugePage = 14;
    private const nuint HugePageBytes = 2 * 1024 * 1024;

    private const int ChunkShift = 16;
    private const int ChunkStates = 1 << ChunkShift;
    private const int ChunkMask = ChunkStates - 1;
    private const long MaxSlots = 1L << 31;

    private readonly int words;
    private readonly long memoryBudgetBytes;
    private readonly List<ulong[]> keyChunks = [];
    private readonly List<int[]> parentChunks = [];
    private readonly List<ushort[]> commandChunks = [];
    private ulong* slots;
    private long slotMask;
    private int count;

    public PackedStateTable(int keyWords, long memoryBudgetBytes)
    {
        words = keyWords;
        this.memoryBudgetBytes = memoryBudgetBytes;
        slots = NewSlots(1 << 12);
        if (slots is null)
        {
            throw new OutOfMemoryException("the visited set's first slots");
        }
        slotMask = (1 << 12) - 1;
    }

    ~PackedStateTable()
    {
        NativeMemory.AlignedFree(slots);
    }

    /// <summary>Nothing to release before the finalizer: the table stays readable after a run.</summary>
    public void Dispose()
    {
    }

    public int Count => count;

    public long DiskBytes => 0;

    public long AllocatedBytes => ((long)keyChunks.Count * ChunkBytes) + ((slotMask + 1) * words * sizeof(ulong));

    private long ChunkBytes => (long)ChunkStates * ((words * sizeof(ulong)) + sizeof(int) + sizeof(ushort));

    public PackedKey KeyAt(int index)
    {
        var chunk = keyChunks[index >> ChunkShift];
        var at = (index & ChunkMask) * words;
        return new PackedKey(chunk[at], words == 2 ? chunk[at + 1] : 0);
    }

    public int ParentOf(int index) => parentChunks[index >> ChunkShift][index & ChunkMask];

    public int CommandOf(int index) => commandChunks[index >> ChunkShift][index & ChunkMask];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(PackedKey key)
    {
        var hash = (key.Lo ^ 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        hash ^= (hash >> 31) ^ key.Hi;
        hash *= 0x94D049BB133111EBUL;
        return hash ^ (hash >> 29);
    }

    /// <summary>Asks the processor to fetch the slot where <paramref name="hash"/>'s probe starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(PackedKey key, ulong hash)
    {
        if (Sse.IsSupported)
        {
            var slot = (long)hash & slotMask;
            Sse.Prefetch0(slots + (slot * words));
        }
    }

    public bool Contains(PackedKey key, ulong hash) => Find(key, hash, out _);

    public StateTableAddResult TryAdd(PackedKey key, ulong hash, int parent, int command, out int index)
    {
        index = -1;
        if (Find(key, hash, out var slot))
        {
            return StateTableAddResult.Existing;
        }

        if (count == int.MaxValue - 1)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        if ((count & ChunkMask) == 0 && (count >> ChunkShift) == keyChunks.Count)
        {
            if (AllocatedBytes + ChunkBytes > memoryBudgetBytes)
            {
                return StateTableAddResult.MemoryBudgetExceeded;
            }

            try
            {
                keyChunks.Add(new ulong[ChunkStates * words]);
                parentChunks.Add(new int[ChunkStates]);
                commandChunks.Add(new ushort[ChunkStates]);
            }
            catch (OutOfMemoryException)
            {
                return StateTableAddResult.MemoryBudgetExceeded;
            }
        }

        if ((count + 1) * 4L > (slotMask + 1) * 3)
        {
            var grown = Grow();
            if (grown != StateTableAddResult.Added)
            {
                return grown;
            }

            Find(key, hash, out slot);
        }

        index = count;
        var chunk = keyChunks[index >> ChunkShift];
        var at = (index & ChunkMask) * words;
        chunk[at] = key.Lo;
        slots[slot * words] = key.Lo;
        if (words == 2)
        {
            chunk[at + 1] = key.Hi;
            slots[(slot * words) + 1] = key.Hi;
        }

        parentChunks[index >> ChunkShift][index & ChunkMask] = parent;
        commandChunks[index >> ChunkShift][index & ChunkMask] = (ushort)command;
        count++;
        return StateTableAddResult.Added;
    }

    /// <summary>Whether the key is stored; otherwise the empty slot where it would go.</summary>
    private bool Find(PackedKey key, ulong hash, out long slot)
    {
        slot = (long)hash & slotMask;
        if (words == 1)
        {
            while (true)
            {
                var occupant = slots[slot];
                if (occupant == 0)
                {
                    return false;
                }

                if (occupant == key.Lo)
                {
                    return true;
                }

                slot = (slot + 1) & slotMask;
            }
        }

        while (true)
        {
            var lo = slots[slot * 2];
            if (lo == 0 && slots[(slot * 2) + 1] == 0)
            {
                return false;
            }

            if (lo == key.Lo && slots[(slot * 2) + 1] == key.Hi)
            {
                return true;
            }

            slot = (slot + 1) & slotMask;
        }
    }

    private StateTableAddResult Grow()
    {
        var newCount = (slotMask + 1) * 2;
        if (newCount > MaxSlots || newCount * words > Array.MaxLength)
        {
            return StateTableAddResult.CapacityExceeded;
        }

        if (AllocatedBytes + (newCount * words * sizeof(ulong)) > memoryBudgetBytes)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        var grown = NewSlots(newCount);
        if (grown is null)
        {
            return StateTableAddResult.MemoryBudgetExceeded;
        }

        NativeMemory.AlignedFree(slots);
        slots = grown;
        slotMask = newCount - 1;
        for (var i = 0; i < count; i++)
        {
            var key = KeyAt(i);
            Find(key, Hash(key), out var slot);
            slots[slot * words] = key.Lo;
            if (words == 2)
            {
                slots[(slot * words) + 1] = key.Hi;
            }
        }

        return StateTableAddResult.Added;
    }

    /// <summary>Zeroed slots in memory the kernel may back with huge pages (random probes over hundreds of MiB then miss the TLB less); null when out of memory.</summary>
    private ulong* NewSlots(long slotCount)
    {
        var bytes = (nuint)(slotCount * words * sizeof(ulong));
        var alignment = bytes >= HugePageBytes ? HugePageBytes : 64;
        void* memory;
        try
        {
            memory = NativeMemory.AlignedAlloc(bytes, alignment);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }

        if (alignment == HugePageBytes && OperatingSystem.IsLinux())
        {
            try
            {
                _ = Madvise(memory, bytes, MadviseHugePage);
            }
            catch (DllNotFoundException)
            {
                // Not glibc: ordinary pages.
            }
            catch (EntryPointNotFoundException)
            {
                // No madvise: ordinary pages.
            }
        }

        NativeMemory.Clear(memory, bytes);
        return (ulong*)memory;
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(void* address, nuint length, int advice);
}
