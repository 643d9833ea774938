namespace SriovVerification.Implementation;

/// <summary>The NDIS constants used in the parameter structures.</summary>
public static class NdisConstants
{
    /// <summary><c>NDIS_DEFAULT_SWITCH_ID</c>.</summary>
    public const uint DefaultSwitchId = 0;

    /// <summary><c>NDIS_DEFAULT_VPORT_ID</c>.</summary>
    public const uint DefaultVPortId = 0;

    /// <summary><c>NDIS_PF_FUNCTION_ID</c>: a VPort attached to the PF.</summary>
    public const uint PfFunctionId = 0xFFFF;

    /// <summary><c>NDIS_INVALID_VF_FUNCTION_ID</c>: the VFId an ALLOCATE_VF request must carry.</summary>
    public const uint InvalidVfFunctionId = 0xFFFF;

    /// <summary><c>NDIS_INVALID_RID</c>: the RequestorId an ALLOCATE_VF request must carry.</summary>
    public const uint InvalidRid = 0xFFFF;

    /// <summary><c>NdisNicSwitchTypeExternal</c>.</summary>
    public const uint NicSwitchTypeExternal = 1;

    /// <summary><c>NdisNicSwitchVPortStateActivated</c>.</summary>
    public const uint VPortStateActivated = 1;

    /// <summary><c>NdisNicSwitchVPortStateDeactivated</c>.</summary>
    public const uint VPortStateDeactivated = 2;

    /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_STATE_CHANGED</c>.</summary>
    public const uint VPortParametersStateChanged = 0x00000008;

    /// <summary><c>NdisReceiveFilterTypeVMQueue</c>.</summary>
    public const uint ReceiveFilterTypeVmQueue = 1;

    /// <summary><c>NDIS_DEFAULT_RECEIVE_QUEUE_ID</c>.</summary>
    public const uint DefaultReceiveQueueId = 0;

    /// <summary><c>NdisFrameHeaderMac</c>.</summary>
    public const uint FrameHeaderMac = 1;

    /// <summary><c>NdisReceiveFilterTestEqual</c>.</summary>
    public const uint ReceiveFilterTestEqual = 1;

    /// <summary><c>NdisMacHeaderFieldDestinationAddress</c>.</summary>
    public const uint MacHeaderFieldDestinationAddress = 1;

    /// <summary><c>NdisMacHeaderFieldVlanId</c>.</summary>
    public const uint MacHeaderFieldVlanId = 5;

    /// <summary><c>NdisDeviceStateD0</c>.</summary>
    public const uint DeviceStateD0 = 1;

    /// <summary><c>NdisDeviceStateD3</c>.</summary>
    public const uint DeviceStateD3 = 4;

    /// <summary>The largest VLAN id.</summary>
    public const int VlanIdMax = 4094;
}
