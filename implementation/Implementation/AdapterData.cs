namespace SriovVerification.Implementation;

/// <summary>Data a successful operation of the <see cref="Datacenter"/> returns. A closed union.</summary>
public abstract record AdapterData
{
    private protected AdapterData()
    {
    }

    /// <summary>ALLOCATE_VF: the VFId and RequestorId.</summary>
    public sealed record VfAllocated(int VfId, int Rid) : AdapterData;

    /// <summary>CREATE_VPORT: the VPortId.</summary>
    public sealed record VPortCreated(int VPortId) : AdapterData;

    /// <summary>SET_FILTER or a VM's connect: the FilterId.</summary>
    public sealed record FilterCreated(int FilterId) : AdapterData;

    /// <summary>A VF attached to a VM: its VFId, RID and VPort.</summary>
    public sealed record VfAttached(int VfId, int Rid, int VPortId) : AdapterData;

    /// <summary>READ_VF_CONFIG_SPACE: the bytes read and, for at most four, their little-endian value.</summary>
    public sealed record ConfigSpaceRead(IReadOnlyList<byte> Bytes, uint? Value) : AdapterData;

    /// <summary>READ_VF_CONFIG_BLOCK: the bytes read.</summary>
    public sealed record ConfigBlockRead(IReadOnlyList<byte> Bytes) : AdapterData;

    /// <summary>The VF miniport received <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with this mask.</summary>
    public sealed record InvalidationDelivered(ulong Mask) : AdapterData;

    /// <summary>Where a frame went.</summary>
    public sealed record FrameRouted(FrameOutcome Outcome) : AdapterData;

    /// <summary>OID_NIC_SWITCH_ENUM_SWITCHES.</summary>
    public sealed record SwitchesEnumerated(IReadOnlyList<NdisNicSwitchInfo> Switches) : AdapterData;

    /// <summary>OID_NIC_SWITCH_ENUM_VFS.</summary>
    public sealed record VfsEnumerated(IReadOnlyList<NdisNicSwitchVfInfo> Vfs) : AdapterData;

    /// <summary>OID_NIC_SWITCH_ENUM_VPORTS.</summary>
    public sealed record VPortsEnumerated(IReadOnlyList<NdisNicSwitchVPortInfo> VPorts) : AdapterData;

    /// <summary>OID_RECEIVE_FILTER_ENUM_FILTERS, each filter read back with OID_RECEIVE_FILTER_PARAMETERS.</summary>
    public sealed record FiltersEnumerated(IReadOnlyList<FilterSnapshot> Filters) : AdapterData;

    /// <summary>The PF's SR-IOV capability as its configuration space holds it.</summary>
    public sealed record CapabilityRead(SriovCapabilitySnapshot Capability) : AdapterData;

    /// <summary>OID_SRIOV_CURRENT_CAPABILITIES: the <c>NDIS_SRIOV_CAPS_*</c> flags reported.</summary>
    public sealed record SriovCapsReported(uint SriovCapabilities) : AdapterData;
}
