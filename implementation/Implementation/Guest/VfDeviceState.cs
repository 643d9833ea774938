// Guest room: where a VF network adapter stands in the guest of the VM that owns the VF.
namespace SriovVerification.Implementation.Guest;

/// <summary>Where a VF network adapter stands in the guest of the VM that owns the VF.</summary>
public enum VfDeviceState
{
    /// <summary>No VF device in the guest.</summary>
    Absent,
    /// <summary>Offered by the VPCI VSP; the VF miniport is not initialized yet.</summary>
    Offered,
    /// <summary>The VF miniport is initialized; NetVSC is not bound.</summary>
    Initialized,
    /// <summary>NetVSC is bound to the VF miniport.</summary>
    Bound,
    /// <summary>Graceful removal: the VF miniport is paused, NetVSC still bound.</summary>
    Paused,
    /// <summary>Graceful removal: NetVSC unbound from the paused VF miniport.</summary>
    Unbound,
    /// <summary>Surprise removed (<c>NdisDevicePnPEventSurpriseRemoved</c>); the halt is pending.</summary>
    SurpriseRemoved,
}
