// Exploration/Storage: makes the visited set that ExplorationOptions.Store names
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Storage;

/// <summary>Makes the visited set that <see cref="ExplorationOptions.Store"/> names.</summary>
internal static class VisitedSets
{
    /// <summary>The smallest memory budget a set is given (1 MiB).</summary>
    public const long MemoryBudgetMinBytes = 1L << 20;

    /// <summary>A new, empty set for keys of <paramref name="keyWords"/> words.</summary>
    public static IPackedVisitedSet Create(int keyWords, ExplorationOptions options)
    {
        var budget = Math.Max(MemoryBudgetMinBytes, options.MemoryBudgetBytes);
        return options.Store == VisitedStore.Disk
            ? new FasterVisitedSet(keyWords, budget, options.DiskBudgetBytes, options.StoreDirectory)
            : new PackedStateTable(keyWords, budget);
    }
}
