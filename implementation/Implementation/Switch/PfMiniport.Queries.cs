// Switch room: read-only queries of the PF miniport (capability, VFs, VPorts, filters, config space) and its internal lookups.
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Switch;

/// <content>Read-only queries: for a harness, and the lookups the host stack, the guests and the data path make.</content>
public sealed partial class PfMiniport
{
    /// <summary>Whether the NIC switch exists.</summary>
    public bool SwitchExists => switchExists;

    /// <summary>The switch's NumVFs (0 without a switch).</summary>
    public int SwitchNumVfs => switchNumVfs;

    /// <summary>Queue pairs the miniport counts as in use.</summary>
    public int QueuePairsInUse => queuePairsInUse;

    /// <summary>The SR-IOV capability as the PF's configuration space holds it.</summary>
    public SriovCapabilitySnapshot Capability => new(
        pfConfigSpace.TotalVfs,
        pfConfigSpace.InitialVfs,
        pfConfigSpace.NumVfs,
        pfConfigSpace.VfEnable,
        pfConfigSpace.VfMemorySpaceEnable,
        pfConfigSpace.FirstVfOffset,
        pfConfigSpace.VfStride,
        pfConfigSpace.VfDeviceId,
        pfConfigSpace.SystemPageSize)
    {
        VfBars = pfConfigSpace.VfBars,
        EnableAccesses = [.. pfConfigSpace.EnableAccesses],
    };

    /// <summary>Reads <paramref name="length"/> bytes of the PF's configuration space.</summary>
    public byte[] ReadPfConfigSpace(int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, PfConfigSpace.SizeBytes);
        var data = new byte[length];
        pfConfigSpace.Read(offset, data);
        return data;
    }

    /// <summary>Every VF that exists (VFId = index), free or allocated.</summary>
    public IReadOnlyList<VfSnapshot> Vfs => options.Has(DefectCatalog.SeamReadBackAsserts) && oidLog.Any(e => e is { Name: "OID_NIC_SWITCH_FREE_VF", Status: NdisStatus.Success })
        ? throw new AdapterInvariantException("seam-read-back", "VFs read back after a FREE_VF")
        : vfs.Select(Snapshot).ToList();

    /// <summary>Every VPort, sorted by id.</summary>
    public IReadOnlyList<VPortSnapshot> VPorts => vports.Values.Select(p => new VPortSnapshot(p.VPortId, p.AttachedVfId, p.Activated, p.QueuePairs)
    {
        Name = p.Name,
        InterruptModeration = p.InterruptModeration,
        ProcessorAffinity = p.ProcessorAffinity,
        LookaheadSplit = p.LookaheadSplit,
        LookaheadSize = p.LookaheadSize,
    }).ToList();

    /// <summary>Every receive filter, sorted by id.</summary>
    public IReadOnlyList<FilterSnapshot> Filters => filters.Values.Select(f => new FilterSnapshot(f.FilterId, f.VPortId, f.MacAddress, f.VlanId)).ToList();

    /// <summary>The whole configuration space of VF <paramref name="vfId"/>, as the hardware holds it.</summary>
    public byte[] VfConfigSpaceBytes(int vfId) => vfConfigSpaces.Snapshot(vfId);

    private VfSnapshot Snapshot(VirtualFunction vf) => new(
        vf.VfId,
        vf.OwnerVmName,
        vf.Rid,
        vf.MacAddress,
        vf.NicName,
        VPortOf(vf)?.VPortId,
        vf.Device,
        vf.RemovalDeadlineTicks.HasValue,
        vf.RemovalDeadlineTicks,
        vfConfigSpaces.CommandRegister(vf.VfId),
        vfConfigSpaces.MsixEnabled(vf.VfId),
        vf.InterruptPending,
        vf.DmaActive,
        vf.PowerD3,
        vf.ConfigBlocks.Select(b => (byte[])b.Clone()).ToList(),
        vf.PendingInvalidation)
    {
        MsiEnabled = vfConfigSpaces.MsiEnabled(vf.VfId),
        SpoofedFrames = vf.SpoofedFrames,
    };

    internal VirtualFunction? VfOwnedBy(string vmName) => vfs.FirstOrDefault(v => v.IsAllocated && v.OwnerVmName == vmName);

    internal VPort? VPortOfVf(VirtualFunction vf) => VPortOf(vf);

    internal VPort? FindVPort(int vportId) => vports.GetValueOrDefault(vportId);

    internal ReceiveFilter? FindFilter(int filterId) => filters.GetValueOrDefault(filterId);

    internal IEnumerable<ReceiveFilter> FiltersOn(int vportId) => filters.Values.Where(f => f.VPortId == vportId).ToList();

    internal VirtualFunction? FindVf(int vfId) => vfId >= 0 && vfId < vfs.Count ? vfs[vfId] : null;
}
