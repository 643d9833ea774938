// Cluster: explore --cluster
using SriovVerification.Exploration.Search;
using SriovVerification.Model;

namespace SriovVerification.Cluster;

/// <summary><c>explore --cluster</c>: the partitioned search with its partitions as grains of the cluster and this process as the coordinator.</summary>
public static class ClusterExplorer
{
    /// <summary>Partitions per search by default: four, spread over the silos by <see cref="PartitionPlacement"/>.</summary>
    public const int PartitionsDefault = 4;

    /// <summary>Explores <paramref name="config"/> over <paramref name="partitions"/> partition grains; the result one process gives, or why the run is incomplete.</summary>
    public static Task<PartitionedResult> ExploreAsync(IGrainFactory grains, ModelConfig config, ExplorationOptions options, int partitions = PartitionsDefault) =>
        ExploreAsync(grains, config, options, partitions, null);

    /// <summary>As above, with a hook before each phase of each level (level, phase name).</summary>
    internal static Task<PartitionedResult> ExploreAsync(IGrainFactory grains, ModelConfig config, ExplorationOptions options, int partitions, Func<int, string, Task>? beforePhase) =>
        PartitionedSearch.RunAsync(config, options, new GrainPartitions(grains, partitions, Guid.NewGuid().ToString("N")), beforePhase);
}
