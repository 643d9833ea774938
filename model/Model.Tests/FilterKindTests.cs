// Tests of the receive filter kinds: MAC+VLAN, MAC-only and VLAN-only, and which one routes a frame.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>MAC+VLAN, MAC-only and VLAN-only filters: fields ANDed, a VPort's filters ORed, the most specific filter routes.</summary>
public sealed class FilterKindTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    private const int Foreign = 4;

    /// <summary>Two activated PF VPorts (1 and 2): a frame routed to either is delivered to the host, a drop shows otherwise.</summary>
    private static Command[] TwoPfVPorts =>
    [
        .. World.Switch,
        new CreateVPort(0, CreateVPort.PfFunctionId, 1), new SetVPortState(0, 1, true),
        new CreateVPort(0, CreateVPort.PfFunctionId, 1),
    ];

    [Fact]
    public void SetFilter_NoFieldTest_InvalidParameterAndNoFilter()
    {
        var state = World.Build(C, World.Switch);
        var set = SriovModel.Apply(C, state, new SetFilter(0, 0, SetFilter.NoMac, 0));
        Assert.Equal(NdisStatus.InvalidParameter, set.Outcome.Status);
        Assert.Contains("no field test", set.Outcome.Reason, StringComparison.Ordinal);
        Assert.Same(state, set.State);
    }

    [Fact]
    public void SetFilter_SecondVlanOnlyOfTheSameVlan_InvalidParameter()
    {
        var state = World.Build(C, [.. World.Switch, new SetFilter(0, 0, SetFilter.NoMac, 7)]);
        Assert.Equal(SetFilter.NoMac, Assert.Single(state.Hosts[0].Filters).MacIndex);
        Assert.Equal(NdisStatus.InvalidParameter, SriovModel.Apply(C, state, new SetFilter(0, 0, SetFilter.NoMac, 7)).Outcome.Status);
        Assert.True(SriovModel.Apply(C, state, new SetFilter(0, 0, SetFilter.NoMac, 8)).Outcome.IsSuccess);
    }

    [Theory]
    [InlineData(Foreign, 0, 0, 1)]
    [InlineData(Foreign, 0, 7, -1)]
    [InlineData(Foreign, 7, 7, 1)]
    [InlineData(Foreign, 7, 0, -1)]
    [InlineData(SetFilter.NoMac, 7, 7, 1)]
    [InlineData(SetFilter.NoMac, 7, 8, -1)]
    [InlineData(SetFilter.NoMac, 7, 0, -1)]
    public void FilterIndexRouting_OneFilter_MatchesWhenEveryFieldMatches(int filterMac, int filterVlan, int frameVlan, int expectedVPort)
    {
        var state = World.Build(C, [.. TwoPfVPorts, new SetFilter(0, 1, filterMac, filterVlan)]);
        var frameMac = filterMac == SetFilter.NoMac ? 2 : filterMac;
        var index = SriovModel.FilterIndexRouting(state.Hosts[0], frameMac, frameVlan);
        Assert.Equal(expectedVPort, index < 0 ? -1 : state.Hosts[0].Filters[index].VPortId);
    }

    [Fact]
    public void ReceiveFrame_TwoFiltersOnOneVPort_EitherDeliversOnce()
    {
        var state = World.Build(C, [.. TwoPfVPorts, new SetFilter(0, 1, Foreign, 0), new SetFilter(0, 1, SetFilter.NoMac, 7)]);
        foreach (var (mac, vlan) in new[] { (Foreign, 0), (2, 7), (Foreign, 7) })
        {
            var frame = Assert.IsType<OutcomeData.Frame>(SriovModel.Apply(C, state, new ReceiveFrame(0, mac, vlan)).Outcome.Data);
            Assert.Equal(FrameFate.DeliveredToHost, frame.Fate);
        }
    }

    [Fact]
    public void ReceiveFrame_MacVlanAndVlanOnlyOnTwoVPorts_TheMacVlanFilterWinsWhateverTheFilterIds()
    {
        // VPort 2 is Deactivated: a frame it takes is dropped, one VPort 1 takes reaches the host.
        var vlanOnlyFirst = World.Build(C, [.. TwoPfVPorts, new SetFilter(0, 1, SetFilter.NoMac, 7), new SetFilter(0, 2, Foreign, 7)]);
        var macVlanFirst = World.Build(C, [.. TwoPfVPorts, new SetFilter(0, 2, Foreign, 7), new SetFilter(0, 1, SetFilter.NoMac, 7)]);
        foreach (var state in new[] { vlanOnlyFirst, macVlanFirst })
        {
            var taken = Assert.IsType<OutcomeData.Frame>(SriovModel.Apply(C, state, new ReceiveFrame(0, Foreign, 7)).Outcome.Data);
            Assert.Equal((FrameFate.Dropped, SriovModel.DropVPortNotActivated), (taken.Fate, taken.DropReason));
            var other = Assert.IsType<OutcomeData.Frame>(SriovModel.Apply(C, state, new ReceiveFrame(0, 3, 7)).Outcome.Data);
            Assert.Equal(FrameFate.DeliveredToHost, other.Fate);
        }
    }

    [Fact]
    public void ReceiveFrame_VlanOnlyOnAVfVPort_TakesOtherMacsButNotAVmWhoseFilterIsSet()
    {
        var config = C with { VmVlans = [7, 7] };
        var state = World.Build(config, [.. World.VfPath, new SetFilter(0, 1, SetFilter.NoMac, 7), new VmConnect(1)]);
        var other = Assert.IsType<OutcomeData.Frame>(SriovModel.Apply(config, state, new ReceiveFrame(0, Foreign, 7)).Outcome.Data);
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Vf), (other.Fate, other.Vm, other.Path));
        var toVm1 = SriovModel.Apply(config, state, new ReceiveFrame(0, 1, 7));
        Assert.Equal((FrameFate.DeliveredToVm, 1, DataPath.Synthetic), toVm1.Outcome.Data is OutcomeData.Frame f ? (f.Fate, f.Vm, f.Path) : default);
        Assert.Empty(Invariants.CheckTransition(config, state, new ReceiveFrame(0, Foreign, 7), SriovModel.Apply(config, state, new ReceiveFrame(0, Foreign, 7))));
    }
}
