// Switch room: structural self-checks of the miniport's data structures.
using System.Runtime.CompilerServices;

namespace SriovVerification.Implementation.Switch;

/// <content>Structural self-checks of the miniport's data structures.</content>
public sealed partial class PfMiniport
{
    /// <summary>
    /// Checks the structural integrity of the miniport's own tables (indexes, keys, counters, capability mirror);
    /// throws <see cref="AdapterInvariantException"/> naming the first broken one.
    /// </summary>
    public void AssertInvariants()
    {
        Require(switchExists || (vfs.Count == 0 && vports.Count == 0 && filters.Count == 0), "no-switch-no-objects",
            $"no switch but {vfs.Count} VFs, {vports.Count} VPorts, {filters.Count} filters");
        Require(vfs.Count == vfConfigSpaces.FunctionCount, "vf-config-space-per-vf",
            $"{vfs.Count} VFs but {vfConfigSpaces.FunctionCount} VF configuration spaces");
        Require(switchExists == pfConfigSpace.VfEnable, "vf-enable-mirrors-switch",
            $"switch {(switchExists ? "exists" : "absent")} but VF Enable is {pfConfigSpace.VfEnable}");
        Require(vfs.Count == (pfConfigSpace.VfEnable ? pfConfigSpace.NumVfs : 0), "numvfs-mirrors-vf-table",
            $"{vfs.Count} VFs but NumVFs {pfConfigSpace.NumVfs}");
        for (var i = 0; i < vfs.Count; i++)
        {
            var vf = vfs[i];
            Require(vf.VfId == i, "vf-index", $"VF at index {i} has VFId {vf.VfId}");
            Require(vf.IsAllocated ? vf.Rid == vf.RoutingId : vf.Rid == 0, "vf-rid-while-allocated",
                $"VF {i} allocated={vf.IsAllocated} reports RID 0x{vf.Rid:X4} (routing id 0x{vf.RoutingId:X4})");
        }

        foreach (var (id, vport) in vports)
        {
            Require(id == vport.VPortId && id >= 0, "vport-key", $"VPort keyed {id} has id {vport.VPortId}");
            Require(vport.IsOnPf || (vport.AttachedVfId >= 0 && vport.AttachedVfId < vfs.Count), "vport-attachment",
                $"VPort {id} attached to VF {vport.AttachedVfId} of {vfs.Count}");
            Require(vport.QueuePairs >= 1, "vport-queue-pairs", $"VPort {id} has {vport.QueuePairs} queue pairs");
        }

        foreach (var (id, filter) in filters)
        {
            Require(id == filter.FilterId && id >= 1, "filter-key", $"filter keyed {id} has id {filter.FilterId}");
        }

        Require(queuePairsInUse >= 0 && queuePairsInUse <= options.MaxNumQueuePairs, "queue-pair-counter-range",
            $"queue pairs in use {queuePairsInUse} outside 0 … {options.MaxNumQueuePairs}");
    }

    private static void Require(bool condition, string invariantName, [InterpolatedStringHandlerArgument(nameof(condition))] ref InvariantMessage message)
    {
        if (!condition)
        {
            throw new AdapterInvariantException(invariantName, message.ToStringAndClear());
        }
    }
}
