// Exploration/Storage: the packed engine's visited set
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Storage;

/// <summary>
/// The packed engine's visited set: membership of keys, and in insertion (breadth-first) order each state's key, parent
/// and command. States are numbered 0, 1, … in insertion order, so a frontier is a range of numbers. The search inserts
/// from one thread; between insertions several threads may read <see cref="KeyAt"/> at once.
/// </summary>
internal interface IPackedVisitedSet : IDisposable
{
    /// <summary>States stored.</summary>
    int Count { get; }

    /// <summary>Bytes of process memory the set holds (index, in-memory log, order arrays).</summary>
    long AllocatedBytes { get; }

    /// <summary>Bytes the set has written to disk (0 for the in-memory set).</summary>
    long DiskBytes { get; }

    /// <summary>The key of state <paramref name="index"/>.</summary>
    PackedKey KeyAt(int index);

    /// <summary>The state from which state <paramref name="index"/> was first reached (-1 for the initial state).</summary>
    int ParentOf(int index);

    /// <summary>The candidate command that first reached state <paramref name="index"/>.</summary>
    int CommandOf(int index);

    /// <summary>Announces a key that <see cref="Contains"/> or <see cref="TryAdd"/> will soon be asked about (fetch its slot or start its read).</summary>
    void Prefetch(PackedKey key, ulong hash);

    /// <summary>Whether <paramref name="key"/> is stored.</summary>
    bool Contains(PackedKey key, ulong hash);

    /// <summary>Stores <paramref name="key"/> as the next state unless it is there; <paramref name="index"/> is its number when added.</summary>
    StateTableAddResult TryAdd(PackedKey key, ulong hash, int parent, int command, out int index);
}
