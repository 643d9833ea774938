// Exploration/Partitioned: how a PartitionedSearch reaches its partitions
namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// How a <see cref="PartitionedSearch"/> reaches its partitions: in this process (<see cref="LocalPartitions"/>) or over
/// a cluster. Every message is bytes (what crosses a network is exactly what is counted); a partition that cannot
/// answer (its host died, or it lost its state) throws, and the search ends as incomplete, never as closed.
/// </summary>
internal interface IPartitionTransport
{
    /// <summary>Partitions of the search.</summary>
    int PartitionCount { get; }

    /// <summary>Creates partition <paramref name="partition"/> of a new search from <see cref="PartitionSetup.ToBytes"/>.</summary>
    Task StartAsync(int partition, byte[] setup);

    /// <summary>Runs <see cref="PartitionExplorer.Expand"/> and delivers its batches to their partitions; the <see cref="ExpandReport"/>.</summary>
    Task<byte[]> ExpandAsync(int partition, int level);

    /// <summary>Runs <see cref="PartitionExplorer.Merge"/>; the <see cref="MergeReport"/>.</summary>
    Task<byte[]> MergeAsync(int partition, int level);

    /// <summary>Runs <see cref="PartitionExplorer.Assign"/> with the ranks as <see cref="Wire.Ints"/>; the states cross-checked and the first failed (two longs).</summary>
    Task<byte[]> AssignAsync(int partition, int level, int levelStart, byte[] ranks);

    /// <summary>Runs <see cref="PartitionExplorer.Lookup"/>; the <see cref="StoredState"/>, or empty when the partition does not hold it.</summary>
    Task<byte[]> LookupAsync(int partition, int global);

    /// <summary>Ends the partition's part of the search (its visited set is disposed).</summary>
    Task StopAsync(int partition);
}
