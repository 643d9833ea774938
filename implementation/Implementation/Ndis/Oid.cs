// NDIS room: the OIDs the emulated SR-IOV adapter understands, with their NDIS names and the codes of the public ntddndis.h.

namespace SriovVerification.Implementation.Ndis;

/// <summary>The OIDs the emulated SR-IOV adapter understands, with their NDIS names and the codes of the public <c>ntddndis.h</c>.</summary>
#pragma warning disable CA1707 // the members carry the NDIS names
public enum Oid : uint
{
    /// <summary>Creates the default NIC switch and enables virtualization (method).</summary>
    OID_NIC_SWITCH_CREATE_SWITCH = 0x00010237,
    /// <summary>Deletes the NIC switch (set).</summary>
    OID_NIC_SWITCH_DELETE_SWITCH = 0x00010239,
    /// <summary>Lists the NIC switches (query).</summary>
    OID_NIC_SWITCH_ENUM_SWITCHES = 0x00010240,
    /// <summary>Creates a VPort (method).</summary>
    OID_NIC_SWITCH_CREATE_VPORT = 0x00010241,
    /// <summary>Changes a VPort's parameters (set).</summary>
    OID_NIC_SWITCH_VPORT_PARAMETERS = 0x00010242,
    /// <summary>Lists the VPorts (method).</summary>
    OID_NIC_SWITCH_ENUM_VPORTS = 0x00010243,
    /// <summary>Deletes a VPort (set).</summary>
    OID_NIC_SWITCH_DELETE_VPORT = 0x00010244,
    /// <summary>Allocates a VF for a VM (method).</summary>
    OID_NIC_SWITCH_ALLOCATE_VF = 0x00010245,
    /// <summary>Frees a VF (set).</summary>
    OID_NIC_SWITCH_FREE_VF = 0x00010246,
    /// <summary>Lists the allocated VFs (method).</summary>
    OID_NIC_SWITCH_ENUM_VFS = 0x00010248,
    /// <summary>Sets a receive filter on a VPort (method).</summary>
    OID_RECEIVE_FILTER_SET_FILTER = 0x00010227,
    /// <summary>Clears a receive filter (set).</summary>
    OID_RECEIVE_FILTER_CLEAR_FILTER = 0x00010228,
    /// <summary>Lists the receive filters of a queue or a VPort (method).</summary>
    OID_RECEIVE_FILTER_ENUM_FILTERS = 0x00010229,
    /// <summary>Moves a receive filter from one VPort to another, atomically (set).</summary>
    OID_RECEIVE_FILTER_MOVE_FILTER = 0x00010230,
    /// <summary>Reads a VF's PCI configuration space (method).</summary>
    OID_SRIOV_READ_VF_CONFIG_SPACE = 0x00010251,
    /// <summary>Writes a VF's PCI configuration space (set).</summary>
    OID_SRIOV_WRITE_VF_CONFIG_SPACE = 0x00010252,
    /// <summary>Reads a VF configuration block (method).</summary>
    OID_SRIOV_READ_VF_CONFIG_BLOCK = 0x00010253,
    /// <summary>Writes a VF configuration block (set).</summary>
    OID_SRIOV_WRITE_VF_CONFIG_BLOCK = 0x00010254,
    /// <summary>Function Level Reset of a VF (set).</summary>
    OID_SRIOV_RESET_VF = 0x00010255,
    /// <summary>Sets a VF's power state (set).</summary>
    OID_SRIOV_SET_VF_POWER_STATE = 0x00010256,
    /// <summary>Issued to the VF miniport: the PF invalidated configuration blocks (set).</summary>
    OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK = 0x00010269,
    /// <summary>Reads a receive filter's parameters and field tests (method).</summary>
    OID_RECEIVE_FILTER_PARAMETERS = 0x0001022A,
    /// <summary>The SR-IOV capabilities currently enabled on the adapter (query).</summary>
    OID_SRIOV_CURRENT_CAPABILITIES = 0x00010250,
}
#pragma warning restore CA1707
