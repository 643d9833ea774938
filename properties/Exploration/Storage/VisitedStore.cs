// Exploration/Storage: where the packed engine keeps its visited set
namespace SriovVerification.Exploration.Storage;

/// <summary>Where the packed engine keeps its visited set.</summary>
public enum VisitedStore
{
    /// <summary>In memory: an open-addressing table and the breadth-first order in arrays (the fastest; bounded by memory).</summary>
    Memory,

    /// <summary>
    /// On disk: membership in a FASTER key-value store (a hash index in memory over a hybrid log whose older part is on
    /// disk) and the breadth-first order (key, parent, command per state) in memory-mapped segment files; bounded by disk.
    /// </summary>
    Disk,
}
