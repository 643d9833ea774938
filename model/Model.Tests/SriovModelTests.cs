// Tests of accepted commands, their effects and data, and the documented sequences.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Accepted commands of every row of docs/MODEL.md, with their effect and data; the documented sequences.</summary>
public sealed class SriovModelTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    private static Transition Accept(ModelConfig config, Command[] setup, Command command)
    {
        var before = World.Build(config, setup);
        var transition = SriovModel.Apply(config, before, command);
        Assert.True(transition.Outcome.IsSuccess, $"{command}: {transition.Outcome.Status} {transition.Outcome.Reason}");
        Assert.Empty(Invariants.CheckTransition(config, before, command, transition));
        Assert.Empty(Invariants.CheckState(config, transition.State));
        return transition;
    }

    private static Transition Accept(Command[] setup, Command command) => Accept(C, setup, command);

    [Fact]
    public void CreateSwitch_NoSwitch_CreatesSwitchVfsAndDefaultVPort()
    {
        var host = Accept([], new CreateSwitch(0, 3)).State.Hosts[0];
        Assert.Equal([new NicSwitchState(0, true, 3)], host.Switches);
        Assert.Equal((3, true, 3), (host.NumVfs, host.VfEnable, host.Vfs.Length));
        Assert.Equal([new VPortState(0, -1, true, 1)], host.VPorts);
    }

    [Fact]
    public void DeleteSwitch_Empty_ClearsEverything()
    {
        var host = Accept(World.Switch, new DeleteSwitch(0)).State.Hosts[0];
        Assert.Equal(new HostState([], 0, false, [], [], []), host);
    }

    [Fact]
    public void AllocateVf_FreeVfs_TakesSmallestWithRid()
    {
        var t = Accept(World.With(World.Switch, new AllocateVf(0, 0), new AllocateVf(0, 1)), new AllocateVf(0, 2));
        Assert.Equal(new OutcomeData.VfAllocated(2, 0x0200), t.Outcome.Data);
        Assert.Equal(2, t.State.Hosts[0].Vfs[2].OwnerVm);
    }

    [Fact]
    public void FreeVf_AllocatedWithoutVPort_ScrubsTheVf()
    {
        var t = Accept(World.With(World.Allocated, new WriteVfConfigBlock(0, 0, 0, 64, 7), new InvalidateConfigBlock(0, 0, 3)), new FreeVf(0, 0));
        Assert.Equal(SriovModel.FreshVf(C, 0), t.State.Hosts[0].Vfs[0]);
    }

    [Fact]
    public void CreateVPort_AllocatedVf_ActivatedWithSmallestId()
    {
        var t = Accept(World.With(World.Allocated, new CreateVPort(0, -1, 1)), new CreateVPort(0, 0, 2));
        Assert.Equal(new OutcomeData.VPortCreated(2), t.Outcome.Data);
        Assert.Equal(new VPortState(2, 0, true, 2), t.State.Hosts[0].VPorts[2]);
        Assert.False(t.State.Hosts[0].VPorts[1].Activated);
    }

    [Fact]
    public void SetVPortState_DeactivatedPfVPort_Activates()
    {
        var t = Accept(World.With(World.Switch, new CreateVPort(0, -1, 1)), new SetVPortState(0, 1, true));
        Assert.True(t.State.Hosts[0].VPorts[1].Activated);
    }

    [Fact]
    public void DeleteVPort_NoFilters_ReturnsQueuePairs()
    {
        var t = Accept(World.With(World.Switch, new CreateVPort(0, -1, 2)), new DeleteVPort(0, 1));
        Assert.Equal(1, SriovModel.QueuePairSum(t.State.Hosts[0]));
    }

    [Fact]
    public void SetFilter_ForeignMac_CreatesFilterWithSmallestId()
    {
        var t = Accept(World.Connected, new SetFilter(0, 0, 4, 0));
        Assert.Equal(new OutcomeData.FilterCreated(2), t.Outcome.Data);
        Assert.Equal(new FilterState(2, 0, 4, 0, -1), t.State.Hosts[0].Filters[1]);
    }

    [Fact]
    public void ClearFilter_ManagementFilter_Removes()
    {
        Assert.Empty(Accept(World.With(World.Switch, new SetFilter(0, 0, 4, 0)), new ClearFilter(0, 1)).State.Hosts[0].Filters);
    }

    [Fact]
    public void MoveFilter_ToExistingVPort_MovesAtomically()
    {
        var t = Accept(World.With(World.Switch, new CreateVPort(0, -1, 1), new SetFilter(0, 0, 4, 0)), new MoveFilter(0, 1, 0, 1));
        Assert.Equal(1, t.State.Hosts[0].Filters[0].VPortId);
        var same = World.Build(C, World.With(World.Switch, new SetFilter(0, 0, 4, 0)));
        Assert.Same(same, SriovModel.Apply(C, same, new MoveFilter(0, 1, 0, 0)).State);
    }

    [Fact]
    public void ReadVfConfigSpace_ModelledRegisters_ReturnsValues()
    {
        Assert.Equal(new OutcomeData.ConfigSpaceRead(0xFFFFFFFF), Accept(World.Allocated, new ReadVfConfigSpace(0, 0, 0, 4, 0, 4)).Outcome.Data);
        Assert.Equal(new OutcomeData.ConfigSpaceRead(0x00030011), Accept(World.Allocated, new ReadVfConfigSpace(0, 0, 0x70, 4, 0, 4)).Outcome.Data);
        Assert.Equal(new OutcomeData.ConfigSpaceRead(null), Accept(World.Allocated, new ReadVfConfigSpace(0, 0, 0x10, 4, 0, 4)).Outcome.Data);
        Assert.Equal(new OutcomeData.ConfigSpaceRead(0x0004), Accept(World.Bound, new ReadVfConfigSpace(0, 0, 4, 2, 0, 2)).Outcome.Data);
    }

    [Fact]
    public void WriteVfConfigSpace_CommandAndMsix_ChangesOnlyReadWriteBits()
    {
        var t = Accept(World.Allocated, new WriteVfConfigSpace(0, 0, 4, 2, 0, 2, 0xFFFF));
        Assert.Equal(0x0004, t.State.Hosts[0].Vfs[0].CommandRegister);
        t = Accept(World.Allocated, new WriteVfConfigSpace(0, 0, 0x72, 2, 0, 2, 0x8000));
        Assert.True(t.State.Hosts[0].Vfs[0].MsixEnabled);
        var before = World.Build(C, World.Allocated);
        Assert.Same(before, SriovModel.Apply(C, before, new WriteVfConfigSpace(0, 0, 0, 4, 0, 4, 0x12345678)).State);
    }

    [Fact]
    public void WriteVfConfigBlock_WholeBlock_ReadBack()
    {
        var t = Accept(World.With(World.Allocated, new WriteVfConfigBlock(0, 0, 1, 16, 0x5A)), new ReadVfConfigBlock(0, 0, 1, 3));
        Assert.Equal(new OutcomeData.ConfigBlockRead(0x5A), t.Outcome.Data);
    }

    [Fact]
    public void InvalidateConfigBlock_TwoMasks_Ored()
    {
        var t = Accept(World.With(World.Allocated, new InvalidateConfigBlock(0, 0, 1)), new InvalidateConfigBlock(0, 0, 2));
        Assert.Equal(3UL, t.State.Hosts[0].Vfs[0].PendingInvalidation);
    }

    [Fact]
    public void ResetVf_RunningVf_ClearsOnlyFlrFields()
    {
        var setup = World.With(World.Bound, new ReceiveFrame(0, 0, 0), new InvalidateConfigBlock(0, 0, 1));
        var before = World.Build(C, setup).Hosts[0].Vfs[0];
        var vf = Accept(setup, new ResetVf(0, 0)).State.Hosts[0].Vfs[0];
        Assert.Equal(before with { CommandRegister = 0, MsixEnabled = false, InterruptPending = false, DmaActive = false }, vf);
    }

    [Fact]
    public void SetVfPowerState_D3_StopsDelivery()
    {
        var t = Accept(World.VfPath, new SetVfPowerState(0, 0, true));
        Assert.True(t.State.Hosts[0].Vfs[0].PowerD3);
        Assert.Equal(new OutcomeData.Frame(FrameFate.Dropped, -1, DataPath.Synthetic, "vf not running"), SriovModel.Apply(C, t.State, new ReceiveFrame(0, 0, 0)).Outcome.Data);
    }

    [Fact]
    public void Enumerate_AttachedVm_ListsCanonicalLines()
    {
        var state = World.Build(C, World.Attached);
        string[] Lines(EnumerationKind kind) => [.. ((OutcomeData.Enumerated)SriovModel.Apply(C, state, new Enumerate(0, kind)).Outcome.Data!).Entries];
        Assert.Equal(["switch=0 type=External numvfs=3"], Lines(EnumerationKind.Switches));
        Assert.Equal(["vf=0 vm=0 rid=0x01FC mac=00-15-5D-00-00-01"], Lines(EnumerationKind.Vfs));
        Assert.Equal(["vport=0 function=PF state=Activated queuepairs=1", "vport=1 function=VF0 state=Activated queuepairs=1"], Lines(EnumerationKind.VPorts));
        Assert.Equal(["filter=1 vport=1 mac=00-15-5D-00-00-01 vlan=0"], Lines(EnumerationKind.Filters));
        Assert.Empty(((OutcomeData.Enumerated)SriovModel.Apply(C, state, new Enumerate(1, EnumerationKind.Switches)).Outcome.Data!).Entries);
    }

    [Fact]
    public void VmConnect_Switch_SetsFilterOnDefaultVPort()
    {
        var t = Accept(World.Switch, new VmConnect(0));
        Assert.Equal(new OutcomeData.FilterCreated(1), t.Outcome.Data);
        Assert.Equal(new FilterState(1, 0, 0, 0, 0), t.State.Hosts[0].Filters[0]);
        Assert.True(t.State.Vms[0].Connected);
    }

    [Fact]
    public void VmDisconnect_Connected_ClearsFilter()
    {
        var t = Accept(World.Connected, new VmDisconnect(0));
        Assert.Empty(t.State.Hosts[0].Filters);
        Assert.False(t.State.Vms[0].Connected);
    }

    [Theory]
    [InlineData(FilterMovePolicy.HostDriven, 1)]
    [InlineData(FilterMovePolicy.GuestDriven, 0)]
    public void HostAttachVf_Policy_OffersVfAndPlacesFilter(FilterMovePolicy policy, int filterVPort)
    {
        var t = Accept(C with { FilterMovePolicy = policy }, World.Connected, new HostAttachVf(0));
        Assert.Equal(new OutcomeData.VfAttached(0, 0x01FC, 1), t.Outcome.Data);
        Assert.Equal(VfDeviceState.Offered, t.State.Hosts[0].Vfs[0].Device);
        Assert.Equal(filterVPort, t.State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void MoveVmFilter_Targets_MoveBetweenVPorts()
    {
        var config = C with { FilterMovePolicy = FilterMovePolicy.GuestDriven };
        var t = Accept(config, World.Attached, new MoveVmFilter(0, DataPath.Vf));
        Assert.Equal(1, t.State.Hosts[0].Filters[0].VPortId);
        t = Accept(config, World.With(World.Attached, new MoveVmFilter(0, DataPath.Vf)), new MoveVmFilter(0, DataPath.Synthetic));
        Assert.Equal(0, t.State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void OfferVf_AttachedWithoutDevice_Offers()
    {
        var t = Accept(World.With(World.Connected, new AllocateVf(0, 0), new CreateVPort(0, 0, 1)), new OfferVf(0));
        Assert.Equal(VfDeviceState.Offered, t.State.Hosts[0].Vfs[0].Device);
    }

    [Fact]
    public void RequestVfRemoval_Offered_RevokesAtOnce()
    {
        var vf = Accept(World.Attached, new RequestVfRemoval(0)).State.Hosts[0].Vfs[0];
        Assert.Equal((VfDeviceState.Absent, false), (vf.Device, vf.RemovalRequested));
        vf = Accept(World.Bound, new RequestVfRemoval(0)).State.Hosts[0].Vfs[0];
        Assert.Equal((VfDeviceState.Bound, true), (vf.Device, vf.RemovalRequested));
    }

    [Fact]
    public void RemovalTimeout_VfPath_SurpriseRemovesAndMovesFilterBack()
    {
        var t = Accept(World.With(World.VfPath, new RequestVfRemoval(0)), new RemovalTimeout(0));
        Assert.Equal(VfDeviceState.SurpriseRemoved, t.State.Hosts[0].Vfs[0].Device);
        Assert.Equal(DataPath.Synthetic, t.State.Vms[0].DataPath);
        Assert.Equal(0, t.State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void HostDetachVf_DeviceAbsent_FreesVfAndVPortAndClearsOtherFilters()
    {
        var setup = World.With(World.Attached, new SetFilter(0, 1, 4, 0), new RequestVfRemoval(0));
        var host = Accept(setup, new HostDetachVf(0)).State.Hosts[0];
        Assert.Equal([new FilterState(1, 0, 0, 0, 0)], host.Filters);
        Assert.Single(host.VPorts);
        Assert.Equal(SriovModel.FreshVf(C, 0), host.Vfs[0]);
    }

    [Fact]
    public void LiveMigrationStartAndResume_DestinationWithSwitch_ConnectsThere()
    {
        var setup = World.With(World.Connected, new CreateSwitch(1, 3));
        var t = Accept(setup, new LiveMigrationStart(0, 1));
        Assert.Equal(new VmState(0, true, 1, DataPath.Synthetic, false), t.State.Vms[0]);
        Assert.Empty(t.State.Hosts[0].Filters);
        t = Accept(World.With(setup, new LiveMigrationStart(0, 1)), new LiveMigrationResume(0));
        Assert.Equal(new VmState(1, false, -1, DataPath.Synthetic, true), t.State.Vms[0]);
        Assert.Equal([new FilterState(1, 0, 0, 0, 0)], t.State.Hosts[1].Filters);
    }

    [Fact]
    public void GuestEvents_GracefulPath_WalkTheLifecycle()
    {
        Assert.Equal(VfDeviceState.Initialized, Accept(World.Attached, new GuestInitializeVf(0)).State.Hosts[0].Vfs[0].Device);
        Assert.Equal(VfDeviceState.Bound, Accept(World.With(World.Attached, new GuestInitializeVf(0)), new GuestBindNetVsc(0)).State.Hosts[0].Vfs[0].Device);
        Assert.Equal(DataPath.Vf, Accept(World.Bound, new GuestSwitchDataPath(0, DataPath.Vf)).State.Vms[0].DataPath);
        Assert.Equal(DataPath.Synthetic, Accept(World.VfPath, new GuestSwitchDataPath(0, DataPath.Synthetic)).State.Vms[0].DataPath);
        var pending = World.With(World.Bound, new RequestVfRemoval(0));
        Assert.Equal(VfDeviceState.Paused, Accept(pending, new GuestPauseVf(0)).State.Hosts[0].Vfs[0].Device);
        Assert.Equal(VfDeviceState.Unbound, Accept(World.With(pending, new GuestPauseVf(0)), new GuestUnbindNetVsc(0)).State.Hosts[0].Vfs[0].Device);
        var halted = Accept(World.With(pending, new GuestPauseVf(0), new GuestUnbindNetVsc(0)), new GuestHaltVf(0)).State.Hosts[0].Vfs[0];
        Assert.Equal((VfDeviceState.Absent, false, false), (halted.Device, halted.RemovalRequested, halted.DmaActive));
        var initializedPending = World.With(World.Attached, new GuestInitializeVf(0), new RequestVfRemoval(0));
        Assert.Equal(VfDeviceState.Unbound, Accept(initializedPending, new GuestPauseVf(0)).State.Hosts[0].Vfs[0].Device);
    }

    [Fact]
    public void GuestSwitchDataPath_GuestDriven_MovesFilterBothWays()
    {
        var config = C with { FilterMovePolicy = FilterMovePolicy.GuestDriven };
        Assert.Equal(1, Accept(config, World.Bound, new GuestSwitchDataPath(0, DataPath.Vf)).State.Hosts[0].Filters[0].VPortId);
        Assert.Equal(0, Accept(config, World.VfPath, new GuestSwitchDataPath(0, DataPath.Synthetic)).State.Hosts[0].Filters[0].VPortId);
    }

    [Fact]
    public void GuestHandleInvalidation_Pending_DeliversWholeMask()
    {
        var t = Accept(World.With(World.Bound, new InvalidateConfigBlock(0, 0, 1), new InvalidateConfigBlock(0, 0, 2)), new GuestHandleInvalidation(0));
        Assert.Equal(new OutcomeData.InvalidationDelivered(3), t.Outcome.Data);
        Assert.Equal(0UL, t.State.Hosts[0].Vfs[0].PendingInvalidation);
    }

    public static TheoryData<string, Command, FrameFate, int, DataPath, string> Frames() => new()
    {
        { "wire to VF", new ReceiveFrame(0, 0, 0), FrameFate.DeliveredToVm, 0, DataPath.Vf, "" },
        { "wire to synthetic VM", new ReceiveFrame(0, 2, 0), FrameFate.DeliveredToVm, 2, DataPath.Synthetic, "" },
        { "wire to host", new ReceiveFrame(0, 4, 0), FrameFate.DeliveredToHost, -1, DataPath.Synthetic, "" },
        { "no switch, nobody", new ReceiveFrame(1, 4, 0), FrameFate.Dropped, -1, DataPath.Synthetic, "no destination" },
        { "VF to synthetic", new GuestSendFrame(0, 2, 0), FrameFate.DeliveredToVm, 2, DataPath.Synthetic, "" },
        { "synthetic to VF", new GuestSendFrame(2, 0, 0), FrameFate.DeliveredToVm, 0, DataPath.Vf, "" },
        { "to wire", new GuestSendFrame(0, 4, 0), FrameFate.SentToWire, -1, DataPath.Synthetic, "" },
        { "spoof", new GuestSendFrame(0, 2, 0, true), FrameFate.Dropped, -1, DataPath.Synthetic, "source mac spoofed" },
        { "wrong vlan", new GuestSendFrame(0, 2, 7), FrameFate.Dropped, -1, DataPath.Synthetic, "vlan not allowed" },
        { "to itself", new GuestSendFrame(0, 0, 0), FrameFate.Dropped, -1, DataPath.Synthetic, "addressed to sender" },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_VfPathWorld_ResolvedAsDocumented(string name, Command frame, FrameFate fate, int vm, DataPath path, string reason)
    {
        Assert.NotEmpty(name);
        var t = Accept(World.With(World.VfPath, new VmConnect(2)), frame);
        Assert.Equal(new OutcomeData.Frame(fate, vm, path, reason), t.Outcome.Data);
    }

    [Fact]
    public void Frame_MigratingVmAndInactivePfVPort_Dropped()
    {
        var migrating = World.With(World.Connected, new LiveMigrationStart(0, 1));
        Assert.Equal("vm paused for migration", ((OutcomeData.Frame)Accept(migrating, new ReceiveFrame(0, 0, 0)).Outcome.Data!).DropReason);
        Assert.Equal("vm paused for migration", ((OutcomeData.Frame)Accept(migrating, new GuestSendFrame(0, 4, 0)).Outcome.Data!).DropReason);
        var pfVPort = World.With(World.Switch, new CreateVPort(0, -1, 1), new SetFilter(0, 1, 4, 0));
        Assert.Equal("vport not activated", ((OutcomeData.Frame)Accept(pfVPort, new ReceiveFrame(0, 4, 0)).Outcome.Data!).DropReason);
        Assert.Equal(FrameFate.DeliveredToHost, ((OutcomeData.Frame)Accept(World.With(pfVPort, new SetVPortState(0, 1, true)), new ReceiveFrame(0, 4, 0)).Outcome.Data!).Fate);
        Assert.Equal("vf not running", ((OutcomeData.Frame)Accept(World.Attached, new ReceiveFrame(0, 0, 0)).Outcome.Data!).DropReason);
    }

    public static TheoryData<string> SequenceNames() => [.. DocumentedSequences.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SequenceNames))]
    public void DocumentedSequence_Run_ExpectedStatusesAndAllInvariantsHold(string name)
    {
        var sequence = DocumentedSequences.All.Single(s => s.Name == name);
        var state = SriovModel.Initial(sequence.Config);
        foreach (var step in sequence.Steps)
        {
            var transition = SriovModel.Apply(sequence.Config, state, step.Command);
            Assert.True(step.ExpectedStatus == transition.Outcome.Status, $"{step.Command}: {transition.Outcome.Status} {transition.Outcome.Reason}");
            Assert.Empty(Invariants.CheckTransition(sequence.Config, state, step.Command, transition));
            state = transition.State;
            Assert.Empty(Invariants.CheckState(sequence.Config, state));
        }
    }

    [Fact]
    public void Reassignment_SecondVm_ReadsScrubbedConfigBlock()
    {
        var sequence = DocumentedSequences.All.Single(s => s.Name == "reassignment");
        var state = SriovModel.Initial(sequence.Config);
        Transition? read = null;
        foreach (var step in sequence.Steps)
        {
            var t = SriovModel.Apply(sequence.Config, state, step.Command);
            if (step.Command is ReadVfConfigBlock)
            {
                read = t;
            }

            state = t.State;
        }

        Assert.Equal(new OutcomeData.ConfigBlockRead(0), read!.Outcome.Data);
        Assert.Equal(1, state.Hosts[0].Vfs[0].OwnerVm);
    }

    [Fact]
    public void CandidateCommands_ExploredThreeSteps_ApplyIsTotalAndInvariantsHold()
    {
        var frontier = new List<ModelState> { SriovModel.Initial(C) };
        var seen = new HashSet<ModelState>(frontier);
        var candidates = SriovModel.CandidateCommands(C, frontier[0]).ToList();
        Assert.Equal(candidates, SriovModel.CandidateCommands(C, frontier[0]).ToList());
        for (var depth = 0; depth < 4; depth++)
        {
            var next = new List<ModelState>();
            foreach (var state in frontier)
            {
                foreach (var command in candidates)
                {
                    var t = SriovModel.Apply(C, state, command);
                    var violations = Invariants.CheckTransition(C, state, command, t);
                    Assert.True(violations.Count == 0, $"{command}: {string.Join("; ", violations)}");
                    if (t.Outcome.IsSuccess && seen.Add(t.State) && next.Count < 60)
                    {
                        Assert.Empty(Invariants.CheckState(C, t.State));
                        next.Add(t.State);
                    }
                }
            }

            frontier = next;
        }

        Assert.True(seen.Count > 50);
    }

    [Fact]
    public void Apply_EveryCommandCase_IsCandidate()
    {
        var kinds = SriovModel.CandidateCommands(C, SriovModel.Initial(C)).Select(c => c.GetType()).ToHashSet();
        foreach (var type in typeof(Command).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Command))))
        {
            Assert.Contains(type, kinds);
        }
    }
}
