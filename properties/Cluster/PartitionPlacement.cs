// Cluster: places the grain of partition (or swarm range) k on silo k mod n of the n compatible silos in address order, so that the partitions of a ..
using Orleans.Runtime;

namespace SriovVerification.Cluster;

/// <summary>
/// Places the grain of partition (or swarm range) k on silo k mod n of the n compatible silos in address order, so that
/// the partitions of a search spread evenly over the silos (random or hash placement may put two on one silo).
/// </summary>
[Serializable, GenerateSerializer, Immutable]
public sealed class PartitionPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static PartitionPlacement Instance { get; } = new();
}
