// Tests of the PF's halt, initialize and reset, its SR-IOV capability, and framed OID requests.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>The PF's halt, initialize and reset, its SR-IOV capability, and framed OID requests (docs/MODEL.md, "The PF").</summary>
public sealed class PfLifecycleTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    [Fact]
    public void PfHalt_VmOnTheVfPath_EverythingTornDownVmSyntheticAndDisconnected()
    {
        var before = World.Build(C, World.VfPath);

        var transition = SriovModel.Apply(C, before, new PfHalt(0));

        Assert.True(transition.Outcome.IsSuccess, transition.Outcome.Reason);
        var host = transition.State.Hosts[0];
        Assert.True(host.Halted);
        Assert.Equal((0, false, 0, 0, 0, 0), (host.NumVfs, host.VfEnable, host.Switches.Length, host.Vfs.Length, host.VPorts.Length, host.Filters.Length));
        Assert.Equal(new VmState(0, false, -1, DataPath.Synthetic, false), transition.State.Vms[0]);
        Assert.Equal(SwitchPhase.Halted, ModelMachines.SwitchPhaseOf(host));
        Assert.Empty(Invariants.CheckState(C, transition.State));
        Assert.Empty(Invariants.CheckTransition(C, before, new PfHalt(0), transition));
    }

    [Fact]
    public void PfInitialize_AfterHalt_OidsReachThePfAgain()
    {
        var halted = World.Build(C, new PfHalt(0));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, SriovModel.Apply(C, halted, new CreateSwitch(0, 3)).Outcome.Status);

        var initialized = SriovModel.Apply(C, halted, new PfInitialize(0)).State;

        Assert.False(initialized.Hosts[0].Halted);
        Assert.True(SriovModel.Apply(C, initialized, new CreateSwitch(0, 3)).Outcome.IsSuccess);
    }

    [Fact]
    public void PfReset_VmOnTheVfPath_SwitchRecreatedVmSyntheticWithItsFilterOnTheDefaultVPort()
    {
        var before = World.Build(C, World.With(World.VfPath, new VmConnect(1)));

        var transition = SriovModel.Apply(C, before, new PfReset(0));

        Assert.True(transition.Outcome.IsSuccess, transition.Outcome.Reason);
        var host = transition.State.Hosts[0];
        Assert.Equal((3, true, 3), (host.NumVfs, host.VfEnable, host.Vfs.Length));
        Assert.All(host.Vfs, vf => Assert.False(vf.IsAllocated));
        Assert.Equal([new VPortState(0, CreateVPort.PfFunctionId, true, 1)], host.VPorts.Items.ToArray());
        Assert.Equal([new FilterState(1, 0, 0, 0, 0), new FilterState(2, 0, 1, 0, 1)], host.Filters.Items.ToArray());
        Assert.Equal(DataPath.Synthetic, transition.State.Vms[0].DataPath);
        Assert.True(transition.State.Vms[0].Connected);
        Assert.Empty(Invariants.CheckState(C, transition.State));
        Assert.Empty(Invariants.CheckTransition(C, before, new PfReset(0), transition));
    }

    [Fact]
    public void ReadSriovCapability_RoutingTable_OffsetAndStrideOfTheNumVfsWritten()
    {
        var config = C with { VfRoutingTable = [new VfRouting(1, 4, 2), new VfRouting(3, 16, 4)] };
        var state = World.Build(config, new CreateSwitch(0, 3));

        var read = SriovModel.Apply(config, state, new ReadSriovCapability(0));
        var allocated = SriovModel.Apply(config, state, new AllocateVf(0, 0));

        var entries = Assert.IsType<OutcomeData.Enumerated>(read.Outcome.Data).Entries;
        Assert.Contains("FirstVFOffset=16", entries);
        Assert.Contains("VFStride=4", entries);
        Assert.Contains("EnableOrder=" + SriovModel.EnableOrder, entries);
        Assert.Equal(new OutcomeData.VfAllocated(0, 0x01F8 + 16), allocated.Outcome.Data);
        Assert.Equal((4, 2, 0, 0), (config.FirstVfOffsetFor(2), config.VfStrideFor(2), config.FirstVfOffsetFor(0), config.VfStrideFor(0)));
    }

    [Fact]
    public void ReadSriovCapability_NoSwitch_VfEnableClearAndNoEnableOrder()
    {
        var read = SriovModel.Apply(C, SriovModel.Initial(C), new ReadSriovCapability(0));

        var entries = Assert.IsType<OutcomeData.Enumerated>(read.Outcome.Data).Entries;
        Assert.Equal(["TotalVFs=8", "InitialVFs=8", "NumVFs=0", "VFEnable=0", "VFMSE=0", "FirstVFOffset=0", "VFStride=0"], entries.Items[..7].ToArray());
        Assert.Equal("EnableOrder=-", entries[^1]);
    }

    [Theory]
    [InlineData(FramedOidKind.CreateSwitch, 0, 548)]
    [InlineData(FramedOidKind.FreeVf, 9, 10)]
    [InlineData(FramedOidKind.SetVfPowerState, 12, 13)]
    [InlineData(FramedOidKind.SetFilter, 43, 44)]
    public void FramedOid_ShortBuffer_InvalidLengthWithTheRevisionsSizeAsBytesNeeded(FramedOidKind kind, int length, int bytesNeeded)
    {
        var state = World.Build(C);

        var transition = SriovModel.Apply(C, state, new FramedOid(0, kind, 0, length, 0x80, 1, bytesNeeded));

        Assert.Equal(NdisStatus.InvalidLength, transition.Outcome.Status);
        Assert.Equal(new OutcomeData.LengthNeeded(bytesNeeded), transition.Outcome.Data);
        Assert.Same(state, transition.State);
    }

    [Fact]
    public void FramedOid_WellFramed_AppliesItsCanonicalBody()
    {
        var state = World.Build(C);

        var framed = SriovModel.Apply(C, state, new FramedOid(0, FramedOidKind.CreateSwitch, 3, 548, 0x80, 1, 548));

        Assert.Equal(SriovModel.Apply(C, state, new CreateSwitch(0, 3)), framed);
    }
}
