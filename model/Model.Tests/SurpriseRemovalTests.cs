// Tests of surprise removal at any moment of a VF's life.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Surprise removal at any moment, with no graceful request before it (spec section 3, teardown step 1).</summary>
public sealed class SurpriseRemovalTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void SurpriseRemoveVf_OfferedInitializedOrOnTheVfPath_SurpriseRemovedAndSynthetic(int guestSteps)
    {
        Command[] guest = [new GuestInitializeVf(0), new GuestBindNetVsc(0), new GuestSwitchDataPath(0, DataPath.Vf)];
        var state = World.Build(C, [.. World.Attached, .. guest.Take(guestSteps == 2 ? 3 : guestSteps)]);
        var removed = SriovModel.Apply(C, state, new SurpriseRemoveVf(0));
        Assert.True(removed.Outcome.IsSuccess, removed.Outcome.Reason);
        Assert.Equal(VfDeviceState.SurpriseRemoved, removed.State.Hosts[0].Vfs[0].Device);
        Assert.Equal(DataPath.Synthetic, removed.State.Vms[0].DataPath);
        Assert.Equal(0, removed.State.Hosts[0].Filters[0].VPortId);
        Assert.Empty(Invariants.CheckTransition(C, state, new SurpriseRemoveVf(0), removed));
    }

    [Fact]
    public void SurpriseRemoveVf_NotYetOffered_StaysAbsentAndFilterBack()
    {
        var state = World.Build(C, [.. World.Connected, new AllocateVf(0, 0), new CreateVPort(0, 0, 1), new MoveVmFilter(0, DataPath.Vf)]);
        var removed = SriovModel.Apply(C, state, new SurpriseRemoveVf(0));
        Assert.True(removed.Outcome.IsSuccess, removed.Outcome.Reason);
        Assert.Equal(VfDeviceState.Absent, removed.State.Hosts[0].Vfs[0].Device);
        Assert.Equal(0, removed.State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void SurpriseRemoveVf_AlreadySurpriseRemoved_RefusedUnchanged()
    {
        var state = World.Build(C, [.. World.Attached, new SurpriseRemoveVf(0)]);
        var again = SriovModel.Apply(C, state, new SurpriseRemoveVf(0));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, again.Outcome.Status);
        Assert.Equal(state, again.State);
    }
}
