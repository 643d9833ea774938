// The input structure of each framed OID kind, as the public NDIS headers define it.
namespace SriovVerification.Model;

/// <summary>The input structure of each <see cref="FramedOidKind"/>, as the public NDIS headers define it (x64).</summary>
public static class NdisStructures
{
    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS)</c>: one field test after a SET_FILTER's parameters.</summary>
    public const int ReceiveFilterFieldSizeBytes = 56;

    private static readonly NdisStructureInfo[] Table =
    [
        new("NDIS_NIC_SWITCH_PARAMETERS", 548, 1, 548, 1, 548, Method: true),
        new("NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS", 12, 1, 12, 1, 12, Method: false),
        new("NDIS_NIC_SWITCH_VF_PARAMETERS", 1632, 1, 1632, 1, 1632, Method: true),
        new("NDIS_NIC_SWITCH_FREE_VF_PARAMETERS", 12, 1, 10, 1, 10, Method: false),
        new("NDIS_NIC_SWITCH_VPORT_PARAMETERS", 576, 1, 572, 1, 572, Method: true),
        new("NDIS_NIC_SWITCH_VPORT_PARAMETERS", 576, 1, 572, 1, 572, Method: false),
        new("NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS", 12, 1, 12, 1, 12, Method: false),
        new("NDIS_RECEIVE_FILTER_PARAMETERS", 44, 2, 44, 2, 44, Method: true),
        new("NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS", 16, 1, 16, 1, 16, Method: false),
        new("NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS", 24, 1, 24, 1, 24, Method: false),
        new("NDIS_SRIOV_READ_VF_CONFIG_SPACE_PARAMETERS", 20, 1, 20, 1, 20, Method: true),
        new("NDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS", 20, 1, 20, 1, 20, Method: false),
        new("NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS", 20, 1, 20, 1, 20, Method: true),
        new("NDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS", 20, 1, 20, 1, 20, Method: false),
        new("NDIS_SRIOV_RESET_VF_PARAMETERS", 6, 1, 6, 1, 6, Method: false),
        new("NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS", 16, 1, 13, 1, 13, Method: false),
    ];

    /// <summary>The input structure of <paramref name="kind"/>; null for a value outside the enumeration.</summary>
    public static NdisStructureInfo? Of(FramedOidKind kind) => (uint)kind < (uint)Table.Length ? Table[(int)kind] : null;
}
