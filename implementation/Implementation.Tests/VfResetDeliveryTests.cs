// Tests of the emulated adapter: RESET_VF (spec section 3 step 5) and what the data path delivers around it.
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

/// <summary>Spec RESET_VF and section 3 step 5 on the emulated adapter: a reset VF, and a VF without NetVSC bound, deliver nothing.</summary>
public class VfResetDeliveryTests
{
    [Fact]
    public void ReceiveFrame_AfterResetVfOfARunningVf_DroppedWithoutInterrupt()
    {
        var dc = TestWorld.WithSwitch();
        var vf = AttachAndUseVf(dc, 0);
        Ok(dc.ResetVf(0, vf.VfId));
        var frame = Receive(dc, 0, 0);
        Assert.Equal(FrameFate.Dropped, frame.Fate);
        Assert.Equal(DropReasons.VfReset, frame.DropReason);
        Assert.False(dc.QueryVfs(0)[vf.VfId].InterruptPending);
    }

    [Fact]
    public void GuestInitializeVf_AfterResetVf_TheVfDeliversAgain()
    {
        var dc = TestWorld.WithSwitch();
        var vf = AttachAndUseVf(dc, 0);
        Ok(dc.ResetVf(0, vf.VfId));
        Ok(dc.GuestInitializeVf(0));
        var frame = Receive(dc, 0, 0);
        Assert.Equal((FrameFate.DeliveredToVm, DataPath.Vf), (frame.Fate, frame.Path));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.GuestInitializeVf(0).Status);
    }

    [Fact]
    public void SurpriseRemoveVf_VfInUseWithoutRequest_VmBackOnTheSyntheticPath()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Ok(dc.SurpriseRemoveVf(0));
        Assert.Equal(DataPath.Synthetic, dc.QueryVm(0).DataPath);
        Assert.Equal((FrameFate.DeliveredToVm, DataPath.Synthetic), (Receive(dc, 0, 0).Fate, Receive(dc, 0, 0).Path));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.SurpriseRemoveVf(0).Status);
        Ok(dc.GuestHaltVf(0));
        Ok(dc.HostDetachVf(0));
    }

    [Fact]
    public void ReceiveFrame_InitializedVfBeforeNetVscBind_DroppedNotBound()
    {
        var dc = TestWorld.WithSwitch();
        Ok(dc.HostAttachVf(0));
        Ok(dc.GuestInitializeVf(0));
        var frame = Receive(dc, 0, 0);
        Assert.Equal(FrameFate.Dropped, frame.Fate);
        Assert.Equal(DropReasons.NetVscNotBound, frame.DropReason);
        Ok(dc.GuestBindNetVsc(0));
        Assert.Equal((FrameFate.DeliveredToVm, DataPath.Vf), (Receive(dc, 0, 0).Fate, Receive(dc, 0, 0).Path));
    }
}
