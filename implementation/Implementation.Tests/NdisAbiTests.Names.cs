// Tests of the emulated adapter: the header name of each NdisConstants member.

namespace SriovVerification.Implementation.Tests;

/// <content>The header name of each <see cref="NdisConstants"/> member.</content>
public partial class NdisAbiTests
{
    private static readonly Dictionary<string, string> HeaderNames = new()
    {
        [nameof(NdisConstants.DefaultSwitchId)] = "NDIS_DEFAULT_SWITCH_ID",
        [nameof(NdisConstants.DefaultVPortId)] = "NDIS_DEFAULT_VPORT_ID",
        [nameof(NdisConstants.PfFunctionId)] = "NDIS_PF_FUNCTION_ID",
        [nameof(NdisConstants.InvalidVfFunctionId)] = "NDIS_INVALID_VF_FUNCTION_ID",
        [nameof(NdisConstants.InvalidRid)] = "NDIS_INVALID_RID",
        [nameof(NdisConstants.MaxPhysicalAddressLength)] = "NDIS_MAX_PHYS_ADDRESS_LENGTH",
        [nameof(NdisConstants.MaxStringSize)] = "IF_MAX_STRING_SIZE",
        [nameof(NdisConstants.NicSwitchTypeExternal)] = "NdisNicSwitchTypeExternal",
        [nameof(NdisConstants.VPortStateActivated)] = "NdisNicSwitchVPortStateActivated",
        [nameof(NdisConstants.VPortStateDeactivated)] = "NdisNicSwitchVPortStateDeactivated",
        [nameof(NdisConstants.VPortInterruptModerationAdaptive)] = "NdisNicSwitchVPortInterruptModerationAdaptive",
        [nameof(NdisConstants.VPortInterruptModerationOff)] = "NdisNicSwitchVPortInterruptModerationOff",
        [nameof(NdisConstants.VPortInterruptModerationLow)] = "NdisNicSwitchVPortInterruptModerationLow",
        [nameof(NdisConstants.VPortInterruptModerationMedium)] = "NdisNicSwitchVPortInterruptModerationMedium",
        [nameof(NdisConstants.VPortInterruptModerationHigh)] = "NdisNicSwitchVPortInterruptModerationHigh",
        [nameof(NdisConstants.VPortParametersLookaheadSplitEnabled)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_LOOKAHEAD_SPLIT_ENABLED",
        [nameof(NdisConstants.VPortInfoLookaheadSplitEnabled)] = "NDIS_NIC_SWITCH_VPORT_INFO_LOOKAHEAD_SPLIT_ENABLED",
        [nameof(NdisConstants.VPortParametersChangeMask)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_CHANGE_MASK",
        [nameof(NdisConstants.VPortParametersFlagsChanged)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_FLAGS_CHANGED",
        [nameof(NdisConstants.VPortParametersNameChanged)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_NAME_CHANGED",
        [nameof(NdisConstants.VPortParametersInterruptModerationChanged)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_INT_MOD_CHANGED",
        [nameof(NdisConstants.VPortParametersStateChanged)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_STATE_CHANGED",
        [nameof(NdisConstants.VPortParametersProcessorAffinityChanged)] = "NDIS_NIC_SWITCH_VPORT_PARAMS_PROCESSOR_AFFINITY_CHANGED",
        [nameof(NdisConstants.VPortInfoArrayEnumOnSpecificFunction)] = "NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_ENUM_ON_SPECIFIC_FUNCTION",
        [nameof(NdisConstants.VPortInfoArrayEnumOnSpecificSwitch)] = "NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_ENUM_ON_SPECIFIC_SWITCH",
        [nameof(NdisConstants.VfInfoArrayEnumOnSpecificSwitch)] = "NDIS_NIC_SWITCH_VF_INFO_ARRAY_ENUM_ON_SPECIFIC_SWITCH",
        [nameof(NdisConstants.ReceiveFilterTypeVmQueue)] = "NdisReceiveFilterTypeVMQueue",
        [nameof(NdisConstants.DefaultReceiveQueueId)] = "NDIS_DEFAULT_RECEIVE_QUEUE_ID",
        [nameof(NdisConstants.DefaultReceiveFilterId)] = "NDIS_DEFAULT_RECEIVE_FILTER_ID",
        [nameof(NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero)] = "NDIS_RECEIVE_FILTER_FIELD_MAC_HEADER_VLAN_UNTAGGED_OR_ZERO",
        [nameof(NdisConstants.ReceiveFilterInfoArrayVPortIdSpecified)] = "NDIS_RECEIVE_FILTER_INFO_ARRAY_VPORT_ID_SPECIFIED",
        [nameof(NdisConstants.FrameHeaderMac)] = "NdisFrameHeaderMac",
        [nameof(NdisConstants.ReceiveFilterTestEqual)] = "NdisReceiveFilterTestEqual",
        [nameof(NdisConstants.MacHeaderFieldDestinationAddress)] = "NdisMacHeaderFieldDestinationAddress",
        [nameof(NdisConstants.MacHeaderFieldVlanId)] = "NdisMacHeaderFieldVlanId",
        [nameof(NdisConstants.DeviceStateD0)] = "NdisDeviceStateD0",
        [nameof(NdisConstants.DeviceStateD3)] = "NdisDeviceStateD3",
        [nameof(NdisConstants.SriovCapsSriovSupported)] = "NDIS_SRIOV_CAPS_SRIOV_SUPPORTED",
        [nameof(NdisConstants.SriovCapsPfMiniport)] = "NDIS_SRIOV_CAPS_PF_MINIPORT",
        [nameof(NdisConstants.SriovCapsVfMiniport)] = "NDIS_SRIOV_CAPS_VF_MINIPORT",
    };
}
