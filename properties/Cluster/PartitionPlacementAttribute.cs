// Cluster: marks a grain class keyed by an integer (partition) as placed by PartitionPlacement
using Orleans.Placement;

namespace SriovVerification.Cluster;

/// <summary>Marks a grain class keyed by an integer (partition) as placed by <see cref="PartitionPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PartitionPlacementAttribute : PlacementAttribute
{
    /// <summary>The attribute.</summary>
    public PartitionPlacementAttribute()
        : base(PartitionPlacement.Instance)
    {
    }
}
