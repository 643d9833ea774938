using SriovVerification.Harness.Exploration.Partitioned;

namespace SriovVerification.Cluster;

/// <summary>The partitions of one search as grains of a cluster: partition p is grain (p, run id).</summary>
internal sealed class GrainPartitions(IGrainFactory grains, int partitionCount, string run) : IPartitionTransport
{
    public int PartitionCount => partitionCount;

    public Task StartAsync(int partition, byte[] setup) => Grain(partition).Start(setup);

    public Task<byte[]> ExpandAsync(int partition, int level) => Grain(partition).Expand(level);

    public Task<byte[]> MergeAsync(int partition, int level) => Grain(partition).Merge(level);

    public Task<byte[]> AssignAsync(int partition, int level, int levelStart, byte[] ranks) => Grain(partition).Assign(level, levelStart, ranks);

    public Task<byte[]> LookupAsync(int partition, int global) => Grain(partition).Lookup(global);

    public Task StopAsync(int partition) => Grain(partition).Stop();

    private IPartitionGrain Grain(int partition) => grains.GetGrain<IPartitionGrain>(partition, run);
}
