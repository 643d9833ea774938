// Cluster: the partitions of one search as grains of a cluster
using Orleans.Runtime;

namespace SriovVerification.Cluster;

/// <summary>
/// The partitions of one search as grains of a cluster: partition p is grain (p, run id). Every call is watched: while it
/// runs, the cluster's membership is read every <see cref="WatchInterval"/>, and when a silo that was active at the start
/// of the run is no longer, the call fails at once (a call to a dead silo's grain might otherwise wait for its timeout).
/// </summary>
internal sealed class GrainPartitions(IGrainFactory grains, int partitionCount, string run) : IPartitionTransport
{
    /// <summary>How often a running call reads the membership.</summary>
    public static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(2);

    private readonly IManagementGrain management = grains.GetGrain<IManagementGrain>(0);
    private SiloAddress[]? silosAtStart;

    public int PartitionCount => partitionCount;

    public async Task StartAsync(int partition, byte[] setup)
    {
        silosAtStart ??= [.. (await management.GetHosts(onlyActive: true).ConfigureAwait(false)).Keys];
        await Watch(Started(Grain(partition).Start(setup))).ConfigureAwait(false);
    }

    public Task<byte[]> ExpandAsync(int partition, int level) => Watch(Grain(partition).Expand(level));

    public Task<byte[]> MergeAsync(int partition, int level) => Watch(Grain(partition).Merge(level));

    public Task<byte[]> AssignAsync(int partition, int level, int levelStart, byte[] ranks) => Watch(Grain(partition).Assign(level, levelStart, ranks));

    public Task<byte[]> LookupAsync(int partition, int global) => Watch(Grain(partition).Lookup(global));

    public Task StopAsync(int partition) => Watch(Started(Grain(partition).Stop()));

    private async Task<T> Watch<T>(Task<T> call)
    {
        while (await Task.WhenAny(call, Task.Delay(WatchInterval)).ConfigureAwait(false) != call)
        {
            var active = await management.GetHosts(onlyActive: true).ConfigureAwait(false);
            if (silosAtStart?.FirstOrDefault(s => !active.ContainsKey(s)) is { } gone)
            {
                throw new InvalidOperationException($"silo {gone} left the cluster during the run: the states of its partitions are lost");
            }
        }

        return await call.ConfigureAwait(false);
    }

    private static async Task<bool> Started(Task start)
    {
        await start.ConfigureAwait(false);
        return true;
    }

    private IPartitionGrain Grain(int partition) => grains.GetGrain<IPartitionGrain>(partition, run);
}
