// The OID kinds a framed OID request can carry.
namespace SriovVerification.Model;

/// <summary>
/// The OID requests a <see cref="Command.FramedOid"/> can carry: each one structure at the start of the information buffer
/// (<see cref="NdisStructures.Of"/>), with the canonical body <see cref="SriovModel.FramedBody"/> describes.
/// </summary>
public enum FramedOidKind
{
    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c> (<c>NDIS_NIC_SWITCH_PARAMETERS</c>, a method request).</summary>
    CreateSwitch,
    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c> (<c>NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS</c>).</summary>
    DeleteSwitch,
    /// <summary><c>OID_NIC_SWITCH_ALLOCATE_VF</c> (<c>NDIS_NIC_SWITCH_VF_PARAMETERS</c>, a method request).</summary>
    AllocateVf,
    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c> (<c>NDIS_NIC_SWITCH_FREE_VF_PARAMETERS</c>).</summary>
    FreeVf,
    /// <summary><c>OID_NIC_SWITCH_CREATE_VPORT</c> (<c>NDIS_NIC_SWITCH_VPORT_PARAMETERS</c>, a method request).</summary>
    CreateVPort,
    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> (<c>NDIS_NIC_SWITCH_VPORT_PARAMETERS</c>).</summary>
    SetVPortState,
    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c> (<c>NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS</c>).</summary>
    DeleteVPort,
    /// <summary><c>OID_RECEIVE_FILTER_SET_FILTER</c> (<c>NDIS_RECEIVE_FILTER_PARAMETERS</c>, a method request).</summary>
    SetFilter,
    /// <summary><c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> (<c>NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS</c>).</summary>
    ClearFilter,
    /// <summary><c>OID_RECEIVE_FILTER_MOVE_FILTER</c> (<c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS</c>).</summary>
    MoveFilter,
    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_SPACE</c> (a method request).</summary>
    ReadVfConfigSpace,
    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_SPACE</c>.</summary>
    WriteVfConfigSpace,
    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_BLOCK</c> (a method request).</summary>
    ReadVfConfigBlock,
    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_BLOCK</c>.</summary>
    WriteVfConfigBlock,
    /// <summary><c>OID_SRIOV_RESET_VF</c>.</summary>
    ResetVf,
    /// <summary><c>OID_SRIOV_SET_VF_POWER_STATE</c>.</summary>
    SetVfPowerState,
}
