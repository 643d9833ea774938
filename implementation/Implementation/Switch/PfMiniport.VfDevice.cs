// Switch room: the VF device as the host stack, the guests and the data path change it (device state, DMA, interrupts, pending invalidations).

namespace SriovVerification.Implementation.Switch;

/// <content>
/// The mutators of a VF's device the PF miniport offers to the host stack, the guests and the data path: its PnP
/// state, receive DMA, a raised interrupt, and the pending invalidation mask taken for delivery.
/// </content>
public sealed partial class PfMiniport
{
    internal void SetDevice(VirtualFunction vf, VfDeviceState state)
    {
        vf.Device = state;
        vf.SurpriseRemovedSinceAllocation |= state == VfDeviceState.SurpriseRemoved;
        AssertInvariants();
    }

    internal void SetDmaActive(VirtualFunction vf, bool active) => vf.DmaActive = active;

    internal void RaiseInterrupt(VirtualFunction vf) => vf.InterruptPending = true;

    internal ulong TakePendingInvalidation(VirtualFunction vf)
    {
        var mask = vf.PendingInvalidation;
        vf.PendingInvalidation = 0;
        return mask;
    }
}
