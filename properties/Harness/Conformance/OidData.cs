// What a successful OID request returned, decoded by the harness from the information buffer of its result.
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>Data a successful OID request returned, decoded from its information buffer. A closed union.</summary>
public abstract record OidData
{
    private protected OidData()
    {
    }

    /// <summary>ALLOCATE_VF: the VFId and RequestorId.</summary>
    public sealed record VfAllocated(int VfId, int Rid) : OidData;

    /// <summary>CREATE_VPORT: the VPortId.</summary>
    public sealed record VPortCreated(int VPortId) : OidData;

    /// <summary>SET_FILTER: the FilterId.</summary>
    public sealed record FilterCreated(int FilterId) : OidData;

    /// <summary>READ_VF_CONFIG_SPACE: the bytes read and, for at most four, their little-endian value.</summary>
    public sealed record ConfigSpaceRead(IReadOnlyList<byte> Bytes, uint? Value) : OidData;

    /// <summary>READ_VF_CONFIG_BLOCK: the bytes read.</summary>
    public sealed record ConfigBlockRead(IReadOnlyList<byte> Bytes) : OidData;

    /// <summary>OID_NIC_SWITCH_ENUM_SWITCHES.</summary>
    public sealed record SwitchesEnumerated(IReadOnlyList<I.Ndis.NdisNicSwitchInfo> Switches) : OidData;

    /// <summary>OID_NIC_SWITCH_ENUM_VFS.</summary>
    public sealed record VfsEnumerated(IReadOnlyList<I.Ndis.NdisNicSwitchVfInfo> Vfs) : OidData;

    /// <summary>OID_NIC_SWITCH_ENUM_VPORTS.</summary>
    public sealed record VPortsEnumerated(IReadOnlyList<I.Ndis.NdisNicSwitchVPortInfo> VPorts) : OidData;

    /// <summary>OID_RECEIVE_FILTER_ENUM_FILTERS, each filter read back with OID_RECEIVE_FILTER_PARAMETERS.</summary>
    public sealed record FiltersEnumerated(IReadOnlyList<I.Switch.FilterSnapshot> Filters) : OidData;

    /// <summary>OID_SRIOV_CURRENT_CAPABILITIES: the <c>NDIS_SRIOV_CAPS_*</c> flags reported.</summary>
    public sealed record SriovCapsReported(uint SriovCapabilities) : OidData;
}
