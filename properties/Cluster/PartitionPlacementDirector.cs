// Cluster: the director of PartitionPlacement
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace SriovVerification.Cluster;

/// <summary>The director of <see cref="PartitionPlacement"/>: grain key k goes to silo k mod n of the compatible silos in address order.</summary>
internal sealed class PartitionPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s).ToArray();
        var key = target.GrainIdentity.GetIntegerKey(out _);
        return Task.FromResult(silos[(int)((ulong)key % (ulong)silos.Length)]);
    }
}
