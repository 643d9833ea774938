// Tests of the emulated adapter: the documented sequences end to end on the datacenter (VF initialization, data path, failover, migration).
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

public class DatacenterTests
{
    [Fact]
    public void ReceiveFrame_BeforeAttachAfterAttachAfterTeardown_SyntheticVfSynthetic()
    {
        var dc = TestWorld.WithSwitch();
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 0, 0)));

        // Attach: frames arriving between the filter move and the guest's VF miniport start are the attach loss.
        Ok(dc.HostAttachVf(0));
        var lostAtAttach = Receive(dc, 0, 0);
        Assert.Equal(DropReasons.VfNotRunning, lostAtAttach.DropReason);
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindNetVsc(0));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Vf));
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Vf), Fate(Receive(dc, 0, 0)));

        // Graceful teardown: once paused, the VF no longer receives until the filter is moved back.
        Ok(dc.RequestVfRemoval(0));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Synthetic));
        Ok(dc.GuestPauseVf(0));
        var lostAtTeardown = Receive(dc, 0, 0);
        Assert.Equal(FrameFate.Dropped, lostAtTeardown.Fate);
        Ok(dc.GuestUnbindNetVsc(0));
        Ok(dc.GuestHaltVf(0));
        Ok(dc.HostDetachVf(0));
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 0, 0)));

        Assert.Equal(new Dictionary<string, int> { [DropReasons.VfNotRunning] = 2 }, dc.DroppedCountsFor(0));
        Assert.Equal(2, dc.DeliveredCount(0, DataPath.Synthetic));
        Assert.Equal(1, dc.DeliveredCount(0, DataPath.Vf));
        Assert.Equal(0, dc.MisdeliveredCount);
        Assert.Equal(0, dc.DuplicatedCount);
    }

    [Fact]
    public void HostDetachVf_AfterGracefulRemoval_TeardownOidsInOrder()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Ok(dc.SetFilter(0, 1, DatacenterOptions.ForeignMacAddress, 0));
        var start = dc.OidLog(0).Count;
        GracefulTeardown(dc, 0);
        var names = dc.OidLog(0).Skip(start).Where(e => e.Status == NdisStatus.Success).Select(e => e.Name).ToList();
        Assert.Equal(
            ["OID_RECEIVE_FILTER_MOVE_FILTER", "OID_RECEIVE_FILTER_CLEAR_FILTER", "OID_NIC_SWITCH_DELETE_VPORT", "OID_SRIOV_RESET_VF", "OID_NIC_SWITCH_FREE_VF"],
            names);
        Assert.False(dc.QueryVfs(0)[0].IsAllocated);
    }

    [Fact]
    public void LiveMigration_AfterTeardown_SyntheticOnDestinationAndVfThere()
    {
        var dc = TestWorld.WithSwitch();
        Ok(dc.CreateSwitch(1, 3));
        AttachAndUseVf(dc, 0);
        Assert.Equal(InvalidDeviceRequestStatus, dc.LiveMigrationStart(0, 1).Status);
        GracefulTeardown(dc, 0);
        Ok(dc.LiveMigrationStart(0, 1));
        var lostDuringMigration = Receive(dc, 0, 0);
        Assert.Equal(DropReasons.VmPausedForMigration, lostDuringMigration.DropReason);
        Ok(dc.LiveMigrationResume(0));
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 1, 0)));
        Assert.Equal(FrameFate.DeliveredToHost, Receive(dc, 0, 0).Fate);
        var vm = dc.QueryVm(0);
        Assert.True(vm.Connected);
        Assert.Equal(1, vm.Host);
        var attached = AttachAndUseVf(dc, 0);
        Assert.Equal(0, attached.VfId);
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Vf), Fate(Receive(dc, 1, 0)));
        Assert.Equal(1, dc.DroppedCountsFor(0)[DropReasons.VmPausedForMigration]);
    }

    [Fact]
    public void AdvanceTime_RemovalTimeoutExpires_SurpriseRemovalAndFilterBack()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Ok(dc.RequestVfRemoval(0));
        Ok(dc.AdvanceTime(99));
        Assert.True(dc.QueryVfs(0)[0].RemovalRequested);
        Ok(dc.AdvanceTime(1));
        var vf = dc.QueryVfs(0)[0];
        Assert.Equal(VfDeviceState.SurpriseRemoved, vf.Device);
        Assert.False(vf.RemovalRequested);
        Assert.Equal(DataPath.Synthetic, dc.QueryVm(0).DataPath);
        Assert.Equal(0, dc.QueryFilters(0).Single(f => f.FilterId == dc.QueryVm(0).FilterId).VPortId);
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 0, 0)));
        Ok(dc.GuestHaltVf(0));
        Ok(dc.HostDetachVf(0));
    }

    [Fact]
    public void HostAttachVf_NoVPortLeft_RollsBackAllocation()
    {
        var dc = Create();
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.VmConnect(0));
        for (var i = 0; i < 4; i++)
        {
            Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        }

        Assert.Equal(NdisStatus.Resources, dc.HostAttachVf(0).Status);
        Assert.All(dc.QueryVfs(0), v => Assert.False(v.IsAllocated));
        Assert.Equal(NdisStatus.InvalidParameter, dc.HostAttachVf(0, 3).Status);
    }

    [Fact]
    public void ClientClearFilter_VmOwnedFilter_InvalidParameterAndUnchanged()
    {
        var dc = TestWorld.WithSwitch();
        var filterId = dc.QueryVm(0).FilterId!.Value;
        Assert.Equal(NdisStatus.InvalidParameter, dc.ClientClearFilter(0, filterId).Status);
        Assert.Equal(NdisStatus.FileNotFound, dc.ClientClearFilter(0, 9).Status);
        Assert.Equal(NdisStatus.InvalidParameter, dc.AllocateVf(0, 7).Status);
        Assert.Equal(0, dc.QueryFilterOwner(0, filterId));
    }

    [Fact]
    public void FilterOids_VmFilterWhereTheStackPutsIt_AcceptedByTheMiniport()
    {
        var dc = TestWorld.WithSwitch();
        var filterId = dc.QueryVm(0).FilterId!.Value;
        var vf = Data<OidData.VfAllocated>(Ok(dc.AllocateVf(0, 0)));
        var vport = Data<OidData.VPortCreated>(Ok(dc.CreateVPort(0, (ushort)vf.VfId, 1)));
        Ok(dc.MoveFilter(0, filterId, 0, vport.VPortId));
        Ok(dc.MoveFilter(0, filterId, vport.VPortId, 0));
        Ok(dc.DeleteVPort(0, vport.VPortId));
        Ok(dc.ResetVf(0, vf.VfId));
        Ok(dc.FreeVf(0, vf.VfId));
        Ok(dc.ClearFilter(0, filterId));
        Assert.Null(dc.QueryVm(0).FilterId);
        Ok(dc.SetFilter(0, 0, Datacenter.VmMacAddress(3), 7));
    }

    [Fact]
    public void FilterOids_VmFilterWhereTheStackNeverPutsIt_NotIssuedAndUnchanged()
    {
        var dc = TestWorld.WithSwitch();
        var filterId = dc.QueryVm(0).FilterId!.Value;
        var pfVPort = Data<OidData.VPortCreated>(Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1)));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.MoveFilter(0, filterId, 0, pfVPort.VPortId).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.SetFilter(0, 0, Datacenter.VmMacAddress(3), 0).Status);
        Assert.Equal(0, dc.QueryFilterOwner(0, filterId));
        Assert.DoesNotContain(dc.QueryFilters(0), f => f.VPortId == pfVPort.VPortId);
    }

    [Fact]
    public void GuestBindProtocol_AnythingButNetVscToTheVfMiniport_RefusedAndUnbound()
    {
        var dc = TestWorld.WithSwitch();
        Ok(dc.HostAttachVf(0));
        Ok(dc.GuestInitializeVf(0));
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.GuestBindProtocol(0, "TCPIP", toVfMiniport: true).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.GuestBindProtocol(0, VfMiniport.NetVscProtocolName, toVfMiniport: false).Status);
        Assert.Equal(VfDeviceState.Initialized, dc.QueryVfs(0)[0].Device);
        Ok(dc.GuestBindProtocol(0, VfMiniport.NetVscProtocolName, toVfMiniport: true));
        Assert.Equal(VfDeviceState.Bound, dc.QueryVfs(0)[0].Device);
    }

    [Fact]
    public void MiniportRequest_MoveOfAVmFilterToAPfVPort_AnsweredByNdisPreconditions()
    {
        var dc = TestWorld.WithSwitch();
        var filterId = dc.QueryVm(0).FilterId!.Value;
        var pfVPort = Data<OidData.VPortCreated>(Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1)));
        var result = dc.Hosts[0].Miniport.Request(NdisRequests.MoveFilter(filterId, 0, pfVPort.VPortId));
        Assert.Equal(NdisStatus.Success, result.Status);
    }

    [Fact]
    public void GuestSwitchDataPath_HostDrivenBeforeMove_Refused()
    {
        var dc = TestWorld.WithSwitch();
        Ok(dc.HostAttachVf(0));
        Ok(dc.MoveVmFilter(0, DataPath.Synthetic));
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindNetVsc(0));
        Assert.Equal(InvalidDeviceRequestStatus, dc.GuestSwitchDataPath(0, DataPath.Vf).Status);
        Ok(dc.MoveVmFilter(0, DataPath.Vf));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Vf));
    }

    [Fact]
    public void GuestSwitchDataPath_GuestDriven_HostMovesFilterInSameStep()
    {
        var dc = Create(FilterMovePolicy.GuestDriven);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.VmConnect(0));
        var attached = Data<AdapterData.VfAttached>(dc.HostAttachVf(0));
        Assert.Equal(0, dc.QueryFilters(0).Single().VPortId);
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindNetVsc(0));
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 0, 0)));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Vf));
        Assert.Equal(attached.VPortId, dc.QueryFilters(0).Single().VPortId);
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Vf), Fate(Receive(dc, 0, 0)));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Synthetic));
        Assert.Equal(0, dc.QueryFilters(0).Single().VPortId);
    }

    [Fact]
    public void GuestSendFrame_AntiSpoofingAndVfToVf_Resolved()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        AttachAndUseVf(dc, 1);
        var mac1 = Datacenter.VmMacAddress(1);
        Assert.Equal(DropReasons.SourceMacSpoofed, Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, mac1, 0, spoofSource: true)).Outcome.DropReason);
        Assert.Equal(DropReasons.VlanNotAllowed, Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, mac1, 5)).Outcome.DropReason);
        Assert.Equal(DropReasons.AddressedToSender, Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, Datacenter.VmMacAddress(0), 0)).Outcome.DropReason);
        Assert.Equal((FrameFate.DeliveredToVm, 1, DataPath.Vf), Fate(Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, mac1, 0)).Outcome));
        Assert.Equal((FrameFate.DeliveredToVm, 2, DataPath.Synthetic), Fate(Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, Datacenter.VmMacAddress(2), 0)).Outcome));
        Assert.Equal(FrameFate.SentToWire, Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, DatacenterOptions.ForeignMacAddress, 0)).Outcome.Fate);
    }

    [Fact]
    public void ReceiveFrame_NoSwitch_ExtensibleSwitchOrNoDestination()
    {
        var dc = Create();
        Assert.Equal((FrameFate.DeliveredToVm, 1, DataPath.Synthetic), Fate(Receive(dc, 0, 1)));
        Assert.Equal(DropReasons.NoDestination, Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)).Outcome.DropReason);
    }

    [Fact]
    public void GuestHandleInvalidation_TwoPosts_DeliversOr()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Assert.Equal(InvalidDeviceRequestStatus, dc.GuestHandleInvalidation(0).Status);
        Ok(dc.InvalidateConfigBlock(0, 0, 1));
        Ok(dc.InvalidateConfigBlock(0, 0, 2));
        Assert.Equal(3UL, Data<AdapterData.InvalidationDelivered>(dc.GuestHandleInvalidation(0)).Mask);
        Assert.Equal([3UL], dc.QueryInvalidationsReceived(0));
        Assert.Equal(0UL, dc.QueryVfs(0)[0].PendingInvalidation);
    }

    [Fact]
    public void Reassignment_SecondTenant_SeesNothingOfFirst()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Ok(dc.WriteVfConfigBlock(0, 0, 0, 64, 0x77));
        Ok(dc.InvalidateConfigBlock(0, 0, 1));
        Receive(dc, 0, 0);
        GracefulTeardown(dc, 0);
        var second = Data<AdapterData.VfAttached>(dc.HostAttachVf(1));
        Assert.Equal(0, second.VfId);
        var vf = dc.QueryVfs(0)[0];
        Assert.All(vf.ConfigBlocks, b => Assert.All(b, x => Assert.Equal(0, x)));
        Assert.Equal(0UL, vf.PendingInvalidation);
        Assert.False(vf.InterruptPending);
        Assert.Equal(Datacenter.VmMacAddress(1), vf.MacAddress);
    }

    private const NdisStatus InvalidDeviceRequestStatus = NdisStatus.InvalidDeviceRequest;

    [Fact]
    public void PfReset_VmOnVfPath_FramesTakeTheSyntheticPathAtOnceAndTheResetIsLogged()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Vf), Fate(Receive(dc, 0, 0)));
        Ok(dc.PfReset(0));

        // No OID request runs between the reset and the frame: the reset itself publishes the emptied switch table.
        Assert.Equal((FrameFate.DeliveredToVm, 0, DataPath.Synthetic), Fate(Receive(dc, 0, 0)));
        var last = dc.OidLog(0)[^1];
        Assert.Equal(("PF reset", NdisStatus.Success, "NumVFs=3"), (last.Name, last.Status, last.Parameters));
    }

    private static (FrameFate, int, DataPath) Fate(FrameOutcome outcome) => (outcome.Fate, outcome.Vm, outcome.Path);
}
