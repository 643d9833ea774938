// Tests that a reset VF, and a VF without NetVSC bound, deliver nothing.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Spec RESET_VF and section 3 step 5: a reset VF, and a VF without NetVSC bound, deliver nothing.</summary>
public sealed class VfResetDeliveryTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    private static OutcomeData.Frame Receive(ModelState state, out ModelState next)
    {
        var t = SriovModel.Apply(C, state, new ReceiveFrame(0, 0, 0));
        next = t.State;
        return Assert.IsType<OutcomeData.Frame>(t.Outcome.Data);
    }

    [Fact]
    public void ReceiveFrame_AfterResetVfOfARunningVf_DroppedWithoutInterrupt()
    {
        var state = World.Build(C, [.. World.VfPath, new ResetVf(0, 0)]);
        var frame = Receive(state, out var next);
        Assert.Equal(FrameFate.Dropped, frame.Fate);
        Assert.Equal(SriovModel.DropVfReset, frame.DropReason);
        Assert.False(next.Hosts[0].Vfs[0].InterruptPending);
    }

    [Fact]
    public void GuestInitializeVf_AfterResetVf_AcceptedAndTheVfDeliversAgain()
    {
        var state = World.Build(C, [.. World.VfPath, new ResetVf(0, 0), new GuestInitializeVf(0)]);
        Assert.Equal(VfDeviceState.Bound, state.Hosts[0].Vfs[0].Device);
        var frame = Receive(state, out var next);
        Assert.Equal(FrameFate.DeliveredToVm, frame.Fate);
        Assert.Equal(DataPath.Vf, frame.Path);
        Assert.True(next.Hosts[0].Vfs[0].InterruptPending);
    }

    [Fact]
    public void GuestInitializeVf_BoundVfNotReset_Refused()
    {
        var state = World.Build(C, World.Bound);
        var t = SriovModel.Apply(C, state, new GuestInitializeVf(0));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, t.Outcome.Status);
        Assert.Equal(state, t.State);
    }

    [Fact]
    public void ReceiveFrame_InitializedVfBeforeNetVscBind_DroppedNotBound()
    {
        var state = World.Build(C, [.. World.Attached, new GuestInitializeVf(0)]);
        var frame = Receive(state, out var next);
        Assert.Equal(FrameFate.Dropped, frame.Fate);
        Assert.Equal(SriovModel.DropNetVscNotBound, frame.DropReason);
        Assert.False(next.Hosts[0].Vfs[0].InterruptPending);
    }

    [Fact]
    public void ReceiveFrame_AfterNetVscBind_DeliveredOnTheVfPath()
    {
        var state = World.Build(C, World.Bound);
        var frame = Receive(state, out _);
        Assert.Equal(FrameFate.DeliveredToVm, frame.Fate);
        Assert.Equal(DataPath.Vf, frame.Path);
    }
}
