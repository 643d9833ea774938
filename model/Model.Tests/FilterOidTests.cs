// Tests of the filter OIDs on a VM network adapter's filter and their NDIS preconditions.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>The PF miniport answers the filter OIDs of a VM network adapter's filter by their NDIS preconditions.</summary>
public sealed class FilterOidTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    [Fact]
    public void MoveFilter_VmFilterToItsVfVPort_AcceptedAsVfInitializationStep3()
    {
        var state = World.Build(C, [.. World.Connected, new AllocateVf(0, 0), new CreateVPort(0, 0, 1)]);
        var moved = SriovModel.Apply(C, state, new MoveFilter(0, 1, 0, 1));
        Assert.True(moved.Outcome.IsSuccess, moved.Outcome.Reason);
        Assert.Equal(1, moved.State.Hosts[0].Filters[0].VPortId);
        Assert.Equal(0, moved.State.Hosts[0].Filters[0].OwnerVm);
        Assert.Empty(Invariants.CheckState(C, moved.State));
    }

    [Fact]
    public void MoveFilter_VmFilterBackToDefaultOffTheVfPath_AcceptedAsTeardownStep2()
    {
        var state = World.Build(C, World.Attached);
        var moved = SriovModel.Apply(C, state, new MoveFilter(0, 1, 1, 0));
        Assert.True(moved.Outcome.IsSuccess, moved.Outcome.Reason);
        Assert.Equal(0, moved.State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void ClearFilter_VmFilterWithoutVf_AcceptedAndVmDisconnected()
    {
        var state = World.Build(C, World.Connected);
        var cleared = SriovModel.Apply(C, state, new ClearFilter(0, 1));
        Assert.True(cleared.Outcome.IsSuccess, cleared.Outcome.Reason);
        Assert.Empty(cleared.State.Hosts[0].Filters);
        Assert.False(cleared.State.Vms[0].Connected);
        Assert.Empty(Invariants.CheckState(C, cleared.State));
    }

    [Fact]
    public void SetFilter_VmMacOnAnotherVlan_Accepted()
    {
        var state = World.Build(C, World.Switch);
        var set = SriovModel.Apply(C, state, new SetFilter(0, 0, 1, 7));
        Assert.True(set.Outcome.IsSuccess, set.Outcome.Reason);
        Assert.Equal(-1, set.State.Hosts[0].Filters[0].OwnerVm);
    }

    [Fact]
    public void ClientClearFilter_StackSetFilter_Accepted()
    {
        var state = World.Build(C, [.. World.Switch, new SetFilter(0, 0, 4, 0)]);
        var cleared = SriovModel.Apply(C, state, new ClientClearFilter(0, 1));
        Assert.True(cleared.Outcome.IsSuccess, cleared.Outcome.Reason);
        Assert.Empty(cleared.State.Hosts[0].Filters);
    }
}
