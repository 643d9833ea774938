// Cluster: check --cluster
using SriovVerification.Harness.Conformance.Randomized;

namespace SriovVerification.Cluster;

/// <summary><c>check --cluster</c>: the randomized phase's sequence indexes spread over swarm grains, merged here in index order.</summary>
public static class ClusterCheck
{
    /// <summary>Ranges per block by default (one per silo of a two-silo cluster, the placement taking them in turn).</summary>
    public const int HostsDefault = 2;

    /// <summary>Runs the randomized phase of <paramref name="options"/> over <paramref name="hosts"/> swarm grains; the report <c>check</c> gives.</summary>
    public static Task<ConformanceRunReport> RunAsync(IGrainFactory grains, ConformanceRunOptions options, int hosts = HostsDefault, IProgress<ConformanceProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var run = Guid.NewGuid().ToString("N");
        return ConformanceSwarm.RunAsync(options, hosts, (host, request) => grains.GetGrain<ISwarmGrain>(host, run).RunRange(request), progress);
    }
}
