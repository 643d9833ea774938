// Cluster: one partition of a partitioned search on the cluster (key
using Orleans.Concurrency;

namespace SriovVerification.Cluster;

/// <summary>
/// One partition of a partitioned search on the cluster (key: the partition number; key extension: the run id). The
/// messages are those of <c>PartitionExplorer</c>, as bytes; a grain that holds no search for the run (its silo died
/// and it was activated again elsewhere) refuses every call, so a run never goes on with a partition's states lost.
/// </summary>
public interface IPartitionGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Starts the partition's part of a search.</summary>
    Task Start(byte[] setup);

    /// <summary>Expands the partition's part of level <paramref name="level"/> and delivers the successors to their partitions.</summary>
    Task<byte[]> Expand(int level);

    /// <summary>Files a batch of successors of level <paramref name="level"/> (interleaves with a running expansion).</summary>
    [AlwaysInterleave]
    Task Deliver(int level, byte[] batch);

    /// <summary>Stores what was delivered, in breadth-first order.</summary>
    Task<byte[]> Merge(int level);

    /// <summary>Numbers the new states.</summary>
    Task<byte[]> Assign(int level, int levelStart, byte[] ranks);

    /// <summary>The stored state of a global number, or empty.</summary>
    Task<byte[]> Lookup(int global);

    /// <summary>Ends the partition's part of the search.</summary>
    Task Stop();
}
