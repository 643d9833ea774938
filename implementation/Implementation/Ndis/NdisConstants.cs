// NDIS room: the NDIS constants used in the parameter structures, with the header's values (NDIS 6.30).

namespace SriovVerification.Implementation.Ndis;

/// <summary>The NDIS constants used in the parameter structures, with the header's values (NDIS 6.30).</summary>
public static class NdisConstants
{
    /// <summary><c>NDIS_DEFAULT_SWITCH_ID</c>.</summary>
    public const uint DefaultSwitchId = 0;

    /// <summary><c>NDIS_DEFAULT_VPORT_ID</c>.</summary>
    public const uint DefaultVPortId = 0;

    /// <summary><c>NDIS_PF_FUNCTION_ID</c>: a VPort attached to the PF (<c>(USHORT)-1</c>).</summary>
    public const ushort PfFunctionId = 0xFFFF;

    /// <summary><c>NDIS_INVALID_VF_FUNCTION_ID</c>: the VFId an ALLOCATE_VF request must carry (<c>(USHORT)-1</c>).</summary>
    public const ushort InvalidVfFunctionId = 0xFFFF;

    /// <summary><c>NDIS_INVALID_RID</c>: the RequestorId an ALLOCATE_VF request must carry (<c>(ULONG)-1</c>).</summary>
    public const uint InvalidRid = 0xFFFFFFFF;

    /// <summary><c>NDIS_MAX_PHYS_ADDRESS_LENGTH</c>: the bytes of an address array.</summary>
    public const int MaxPhysicalAddressLength = 32;

    /// <summary><c>IF_MAX_STRING_SIZE</c>: the characters a counted string holds.</summary>
    public const int MaxStringSize = 256;

    /// <summary><c>NdisNicSwitchTypeExternal</c>.</summary>
    public const uint NicSwitchTypeExternal = 1;

    /// <summary><c>NdisNicSwitchVPortStateActivated</c>.</summary>
    public const uint VPortStateActivated = 1;

    /// <summary><c>NdisNicSwitchVPortStateDeactivated</c>.</summary>
    public const uint VPortStateDeactivated = 2;

    /// <summary><c>NdisNicSwitchVPortInterruptModerationAdaptive</c>.</summary>
    public const uint VPortInterruptModerationAdaptive = 1;

    /// <summary><c>NdisNicSwitchVPortInterruptModerationOff</c>.</summary>
    public const uint VPortInterruptModerationOff = 2;

    /// <summary><c>NdisNicSwitchVPortInterruptModerationLow</c>.</summary>
    public const uint VPortInterruptModerationLow = 100;

    /// <summary><c>NdisNicSwitchVPortInterruptModerationMedium</c>.</summary>
    public const uint VPortInterruptModerationMedium = 200;

    /// <summary><c>NdisNicSwitchVPortInterruptModerationHigh</c>.</summary>
    public const uint VPortInterruptModerationHigh = 300;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_LOOKAHEAD_SPLIT_ENABLED</c>.</summary>
    public const uint VPortParametersLookaheadSplitEnabled = 0x00000001;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO_LOOKAHEAD_SPLIT_ENABLED</c>: the VPort enumeration's Flags bit.</summary>
    public const uint VPortInfoLookaheadSplitEnabled = 0x00000001;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_CHANGE_MASK</c>: the bits of Flags that name changed fields.</summary>
    public const uint VPortParametersChangeMask = 0xFFFF0000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_FLAGS_CHANGED</c>.</summary>
    public const uint VPortParametersFlagsChanged = 0x00010000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_NAME_CHANGED</c>.</summary>
    public const uint VPortParametersNameChanged = 0x00020000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_INT_MOD_CHANGED</c>.</summary>
    public const uint VPortParametersInterruptModerationChanged = 0x00040000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_STATE_CHANGED</c>.</summary>
    public const uint VPortParametersStateChanged = 0x00080000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_PROCESSOR_AFFINITY_CHANGED</c>.</summary>
    public const uint VPortParametersProcessorAffinityChanged = 0x00100000;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_ENUM_ON_SPECIFIC_FUNCTION</c>.</summary>
    public const uint VPortInfoArrayEnumOnSpecificFunction = 0x00000001;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_ENUM_ON_SPECIFIC_SWITCH</c>.</summary>
    public const uint VPortInfoArrayEnumOnSpecificSwitch = 0x00000002;

    /// <summary><c>NDIS_NIC_SWITCH_VF_INFO_ARRAY_ENUM_ON_SPECIFIC_SWITCH</c>.</summary>
    public const uint VfInfoArrayEnumOnSpecificSwitch = 0x00000001;

    /// <summary><c>NdisReceiveFilterTypeVMQueue</c>.</summary>
    public const uint ReceiveFilterTypeVmQueue = 1;

    /// <summary><c>NDIS_DEFAULT_RECEIVE_QUEUE_ID</c>.</summary>
    public const uint DefaultReceiveQueueId = 0;

    /// <summary><c>NDIS_DEFAULT_RECEIVE_FILTER_ID</c>: no filter.</summary>
    public const uint DefaultReceiveFilterId = 0;

    /// <summary><c>NDIS_RECEIVE_FILTER_FIELD_MAC_HEADER_VLAN_UNTAGGED_OR_ZERO</c>: a MAC test that also matches untagged or VID 0 frames only.</summary>
    public const uint ReceiveFilterFieldMacHeaderVlanUntaggedOrZero = 0x00000001;

    /// <summary><c>NDIS_RECEIVE_FILTER_INFO_ARRAY_VPORT_ID_SPECIFIED</c>.</summary>
    public const uint ReceiveFilterInfoArrayVPortIdSpecified = 0x00000001;

    /// <summary><c>NdisFrameHeaderMac</c>.</summary>
    public const uint FrameHeaderMac = 1;

    /// <summary><c>NdisReceiveFilterTestEqual</c>.</summary>
    public const uint ReceiveFilterTestEqual = 1;

    /// <summary><c>NdisMacHeaderFieldDestinationAddress</c>.</summary>
    public const uint MacHeaderFieldDestinationAddress = 1;

    /// <summary><c>NdisMacHeaderFieldVlanId</c>.</summary>
    public const uint MacHeaderFieldVlanId = 4;

    /// <summary><c>NdisDeviceStateD0</c>.</summary>
    public const uint DeviceStateD0 = 1;

    /// <summary><c>NdisDeviceStateD3</c>.</summary>
    public const uint DeviceStateD3 = 4;

    /// <summary><c>NDIS_SRIOV_CAPS_SRIOV_SUPPORTED</c>.</summary>
    public const uint SriovCapsSriovSupported = 0x00000001;

    /// <summary><c>NDIS_SRIOV_CAPS_PF_MINIPORT</c>.</summary>
    public const uint SriovCapsPfMiniport = 0x00000002;

    /// <summary><c>NDIS_SRIOV_CAPS_VF_MINIPORT</c>.</summary>
    public const uint SriovCapsVfMiniport = 0x00000004;

    /// <summary>The largest VLAN id.</summary>
    public const int VlanIdMax = 4094;
}
