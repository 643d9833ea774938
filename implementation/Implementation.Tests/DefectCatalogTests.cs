// Tests of the emulated adapter: each catalogue defect shows the behaviour its description names.
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

public class DefectCatalogTests
{
    [Fact]
    public void All_CatalogueDefects_DistinctKebabCaseNamesAndNumbers()
    {
        int[] numbers = [.. Enumerable.Range(1, 16), 20, 21, 22, 23, 24, 25, 26, 31, 32, 33, 34, 35, 36, 37, 38, 39];
        Assert.Equal(numbers.Length, DefectCatalog.All.Count);
        Assert.Equal(numbers.Length, DefectCatalog.All.Select(d => d.Name).Distinct().Count());
        Assert.All(DefectCatalog.All, d => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Name));
        Assert.Equal(numbers, DefectCatalog.All.Select(d => d.Number));
        Assert.Equal(numbers.Length + DefectCatalog.Races.Count, DefectCatalog.All.Concat(DefectCatalog.Races).Select(d => d.Number).Distinct().Count());
        Assert.Empty(DefectCatalog.Seams.Select(d => d.Name).Intersect(DefectCatalog.All.Concat(DefectCatalog.Races).Select(d => d.Name)));
    }

    [Fact]
    public void MoveFilterLeavesSourceEntry_Move_FilterOnTwoVPortsOfTheSwitchTableAndRoutedByTheSource()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.MoveFilterLeavesSourceEntry);
        Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        Ok(dc.SetVPortState(0, 1, true));
        var id = (int)Data<OidData.FilterCreated>(dc.SetFilter(0, 0, DatacenterOptions.ForeignMacAddress, 0)).FilterId;
        Ok(dc.MoveFilter(0, id, 0, 1));
        Assert.Equal(1, dc.QueryFilters(0).Single(f => f.FilterId == id).VPortId);
        Assert.Equal([0, 1], dc.QueryFilterRoutes(0).Where(r => r.FilterId == id).Select(r => r.VPortId));
        Ok(dc.ClearFilter(0, id));
        Assert.DoesNotContain(dc.QueryFilterRoutes(0), r => r.FilterId == id);
    }

    [Fact]
    public void VfHairpinSendLost_SendFromTheVfPathToASyntheticVm_ReportedDeliveredButNeverLogged()
    {
        foreach (var (defects, logged) in new[] { (Array.Empty<string>(), true), ([DefectCatalog.VfHairpinSendLost], false) })
        {
            var dc = TestWorld.WithSwitch(defects);
            AttachAndUseVf(dc, 0);
            var sent = Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, Datacenter.VmMacAddress(1), 0)).Outcome;
            Assert.Equal((FrameFate.DeliveredToVm, 1), (sent.Fate, sent.Vm));
            Assert.Equal(logged, dc.FrameLog.Any(f => f.FrameId == sent.FrameId));
            Assert.Equal(logged, dc.Deliveries.Any(d => d.FrameId == sent.FrameId));
        }
    }

    [Fact]
    public void VfMiniportGetsLowestBlockOnly_TwoBlocksPending_PfReportsBothTheVfMiniportGetsOne()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.VfMiniportGetsLowestBlockOnly);
        AttachAndUseVf(dc, 0);
        Ok(dc.InvalidateConfigBlock(0, 0, 0b110));
        Assert.Equal(0b110UL, Data<AdapterData.InvalidationDelivered>(dc.GuestHandleInvalidation(0)).Mask);
        Assert.Equal([0b010UL], dc.QueryInvalidationsReceived(0));
    }

    [Fact]
    public void GuestSendFrame_SpoofedSend_DropWrittenToTheDataPathLogWithItsReason()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        var sent = Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, Datacenter.VmMacAddress(1), 0, spoofSource: true)).Outcome;
        Assert.Equal(FrameFate.Dropped, sent.Fate);
        Assert.Contains(dc.DataPathLog.Snapshot(), e => e.FrameId == sent.FrameId && e.Kind == DataPathEventKind.SendDropped && e.Reason == sent.DropReason && e.Vm == 0);
    }

    [Fact]
    public void SurpriseRemovedVfNeverFreed_FreeAfterSurpriseRemovalAndHalt_FailsAndTheVfStaysAllocated()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.SurpriseRemovedVfNeverFreed);
        AttachAndUseVf(dc, 0);
        Ok(dc.SurpriseRemoveVf(0));
        Ok(dc.GuestHaltVf(0));
        var vfId = dc.QueryVfs(0).Single(v => v.IsAllocated).VfId;
        Assert.NotEqual(NdisStatus.Success, dc.HostDetachVf(0).Status);
        Assert.NotEqual(NdisStatus.Success, dc.FreeVf(0, vfId).Status);
        Assert.True(dc.QueryVfs(0).Single(v => v.VfId == vfId).IsAllocated);
    }

    [Fact]
    public void UnrequestedSurpriseRemovalNotRecovered_SurpriseRemovalOfAVfInUse_VmLeftOnTheVfPath()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.UnrequestedSurpriseRemovalNotRecovered);
        AttachAndUseVf(dc, 0);
        Ok(dc.SurpriseRemoveVf(0));
        Assert.Equal(DataPath.Vf, dc.QueryVm(0).DataPath);
    }

    [Fact]
    public void VfMiniportBindsAnyProtocol_OtherProtocolToTheVfMiniport_Bound()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.VfMiniportBindsAnyProtocol);
        Ok(dc.HostAttachVf(0));
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindProtocol(0, "TCPIP", toVfMiniport: true));
    }

    [Fact]
    public void SendStampOfDeletedVPortDropped_SendStampedBeforeTeardown_Dropped()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.SendStampOfDeletedVPortDropped);
        var vf = AttachAndUseVf(dc, 0);
        GracefulTeardown(dc, 0);
        var sent = Data<AdapterData.FrameRouted>(dc.GuestSendFrame(0, Datacenter.VmMacAddress(1), 0, stampVPortId: vf.VPortId)).Outcome;
        Assert.Equal((FrameFate.Dropped, DropReasons.VPortDeleted), (sent.Fate, sent.DropReason));
    }

    [Fact]
    public void FlrLeavesMsiEnabled_MsiEnabledThenReset_MsiStillEnabledAndMsixCleared()
    {
        foreach (var (defect, msiAfter) in new[] { ("", false), (DefectCatalog.FlrLeavesMsiEnabled, true) })
        {
            var dc = TestWorld.WithSwitch(Defects(defect));
            Ok(dc.HostAttachVf(0));
            Ok(dc.GuestInitializeVf(0));
            Ok(dc.WriteVfConfigSpace(0, 0, 0x62, 2, 0, 2, 0x0001));
            Assert.True(dc.QueryVfs(0)[0].MsiEnabled);
            Ok(dc.ResetVf(0, 0));
            var vf = dc.QueryVfs(0)[0];
            Assert.Equal((msiAfter, false), (vf.MsiEnabled, vf.MsixEnabled));
        }
    }

    [Fact]
    public void VPortLookaheadWrittenUnflagged_NameOnlyRequest_LookaheadOverwritten()
    {
        foreach (var (defect, lookahead) in new[] { ("", 0u), (DefectCatalog.VPortLookaheadWrittenUnflagged, 128u) })
        {
            var dc = TestWorld.WithSwitch(Defects(defect));
            Ok(dc.SetVPortParameters(0, 0, NdisConstants.VPortParametersNameChanged, "vport-name-1", NdisConstants.VPortInterruptModerationOff, default, false, 128));
            var vport = dc.QueryVPorts(0).Single(p => p.VPortId == 0);
            Assert.Equal(("vport-name-1", NdisConstants.VPortInterruptModerationAdaptive, lookahead), (vport.Name, vport.InterruptModeration, vport.LookaheadSize));
        }
    }

    [Fact]
    public void FilterFieldsOred_FrameSharingOneFieldOfAMacVlanFilter_RoutedToItsDeactivatedVPort()
    {
        foreach (var (defect, fate) in new[] { ("", FrameFate.DeliveredToHost), (DefectCatalog.FilterFieldsOred, FrameFate.Dropped) })
        {
            var dc = TestWorld.WithSwitch(Defects(defect));
            Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
            Ok(dc.SetFilter(0, 1, DatacenterOptions.ForeignMacAddress, 7));
            var sameMac = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)).Outcome;
            var sameVlan = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, Datacenter.VmMacAddress(3), 7)).Outcome;
            var both = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 7)).Outcome;
            Assert.Equal((fate, fate, FrameFate.Dropped), (sameMac.Fate, sameVlan.Fate, both.Fate));
        }
    }

    [Fact]
    public void OnlyFirstFilterPerVPort_FrameMatchingTheSecondFilterOfAVPort_RoutedToTheDefaultVPort()
    {
        foreach (var (defect, fate) in new[] { ("", FrameFate.Dropped), (DefectCatalog.OnlyFirstFilterPerVPort, FrameFate.DeliveredToHost) })
        {
            var dc = TestWorld.WithSwitch(Defects(defect));
            Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
            Ok(dc.SetFilter(0, 1, DatacenterOptions.ForeignMacAddress, 7));
            Ok(dc.SetFilter(0, 1, null, 8));
            var first = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 7)).Outcome;
            var second = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, Datacenter.VmMacAddress(3), 8)).Outcome;
            Assert.Equal((FrameFate.Dropped, fate), (first.Fate, second.Fate));
        }
    }

    [Fact]
    public void Constructor_UnknownDefect_Throws() =>
        Assert.Throws<ArgumentException>(() => Create("no-such-defect"));

    [Fact]
    public void FreeVfWithVPort_VfWithVPort_FreeSucceeds()
    {
        foreach (var (defect, expected) in new[] { ("", NdisStatus.FileNotFound), (DefectCatalog.FreeVfWithVPort, NdisStatus.Success) })
        {
            var dc = TestWorld.WithSwitch(Defects(defect));
            Ok(dc.AllocateVf(0, 0));
            Ok(dc.CreateVPort(0, 0, 1));
            Assert.Equal(expected, dc.FreeVf(0, 0).Status);
        }
    }

    [Fact]
    public void DeleteVPortWithFilters_VPortWithFilter_DeletedAndFramesBlackHoled()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.DeleteVPortWithFilters);
        Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        Ok(dc.SetVPortState(0, 1, true));
        Ok(dc.SetFilter(0, 1, DatacenterOptions.ForeignMacAddress, 0));
        Ok(dc.DeleteVPort(0, 1));
        var outcome = Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)).Outcome;
        Assert.Equal(DropReasons.VPortDeleted, outcome.DropReason);
    }

    [Fact]
    public void DeleteDefaultVPort_NoFiltersOnIt_DefaultDeleted()
    {
        var dc = Create(DefectCatalog.DeleteDefaultVPort);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.DeleteVPort(0, 0));
        Assert.Empty(dc.QueryVPorts(0));
        Assert.Equal(NdisStatus.InvalidParameter, Create().DeleteVPort(0, 0).Status);
    }

    [Fact]
    public void MoveFilterClearThenSet_RepeatedMoves_FilterEventuallyLost()
    {
        var dc = Create(DefectCatalog.MoveFilterClearThenSet);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        Ok(dc.SetFilter(0, 0, DatacenterOptions.ForeignMacAddress, 0));
        var lost = false;
        for (var i = 0; i < 64 && !lost; i++)
        {
            var source = dc.QueryFilters(0).Single().VPortId;
            Ok(dc.MoveFilter(0, 1, source, 1 - source));
            lost = dc.QueryFilters(0).Count == 0;
        }

        Assert.True(lost);
    }

    [Fact]
    public void SecondVPortPerVf_VfWithVPort_SecondCreated()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.SecondVPortPerVf);
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.CreateVPort(0, 0, 1));
        Ok(dc.CreateVPort(0, 0, 1));
        Assert.Equal(2, dc.QueryVPorts(0).Count(p => p.AttachedVfId == 0));
    }

    [Fact]
    public void ResetVfNoop_VfWithInterruptAndDma_StateSurvives()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.ResetVfNoop);
        AttachAndUseVf(dc, 0);
        Receive(dc, 0, 0);
        Ok(dc.ResetVf(0, 0));
        var vf = dc.QueryVfs(0)[0];
        Assert.True(vf.InterruptPending);
        Assert.True(vf.DmaActive);
        Assert.Equal(0x0004, vf.CommandRegister);
    }

    [Fact]
    public void RidWithoutBusCarry_ThirdVf_WrongBus()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.RidWithoutBusCarry);
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.AllocateVf(0, 1));
        Assert.Equal(0x0100, Data<OidData.VfAllocated>(dc.AllocateVf(0, 2)).Rid);
    }

    [Fact]
    public void NumVfsAboveTotalVfs_TotalPlusOne_Accepted()
    {
        var dc = Create(DefectCatalog.NumVfsAboveTotalVfs);
        Ok(dc.CreateSwitch(0, 9));
        Assert.Equal(9, dc.QueryCapability(0).NumVfs);
        Assert.True(dc.QueryCapability(0).NumVfs > dc.QueryCapability(0).TotalVfs);
        Assert.Equal(NdisStatus.InvalidParameter, Create().CreateSwitch(0, 9).Status);
    }

    [Fact]
    public void ConfigSpaceNoBoundsCheck_WriteAtEnd_SpillsIntoNextVf()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.ConfigSpaceNoBoundsCheck);
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.AllocateVf(0, 1));
        Ok(dc.WriteVfConfigSpace(0, 0, 4094, 8, 0, 8, 0xFFFF_FFFF));
        Assert.Equal(0, dc.QueryVfs(0)[1].CommandRegister);
        Ok(dc.WriteVfConfigSpace(0, 0, 4098, 8, 0, 8, 0xFFFF_FFFF));
        Assert.Equal(0x0004, dc.QueryVfs(0)[1].CommandRegister);
        Assert.Equal(0, dc.QueryVfs(0)[0].CommandRegister);
    }

    [Fact]
    public void InvalidationMaskOverwrite_TwoPosts_FirstLost()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.InvalidationMaskOverwrite);
        AttachAndUseVf(dc, 0);
        Ok(dc.InvalidateConfigBlock(0, 0, 1));
        Ok(dc.InvalidateConfigBlock(0, 0, 2));
        Assert.Equal(2UL, Data<AdapterData.InvalidationDelivered>(dc.GuestHandleInvalidation(0)).Mask);
    }

    [Fact]
    public void GuestSendsBeforeVfReady_Bind_DataPathVfBeforeFilterMoved()
    {
        var dc = Create(FilterMovePolicy.GuestDriven, DefectCatalog.GuestSendsBeforeVfReady);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.VmConnect(0));
        Ok(dc.HostAttachVf(0));
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindNetVsc(0));
        Assert.Equal(DataPath.Vf, dc.QueryVm(0).DataPath);
        Assert.Equal(0, dc.QueryFilters(0).Single().VPortId);
    }

    [Fact]
    public void SurpriseRemovalSkipsFilterMove_Timeout_VmOffline()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.SurpriseRemovalSkipsFilterMove);
        AttachAndUseVf(dc, 0);
        Ok(dc.RequestVfRemoval(0));
        Ok(dc.RemovalTimeout(0));
        Assert.Equal(DropReasons.VfNotRunning, Receive(dc, 0, 0).DropReason);
    }

    [Fact]
    public void DeleteSwitchWithVfs_AllocatedVf_SwitchDeleted()
    {
        var dc = Create(DefectCatalog.DeleteSwitchWithVfs);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.DeleteSwitch(0));
        Assert.False(dc.QuerySwitchExists(0));
    }

    [Fact]
    public void VPortQueuePairsLeak_AttachDetachCycles_ResourcesExhausted()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.VPortQueuePairsLeak);
        var refused = false;
        for (var cycle = 0; cycle < 10 && !refused; cycle++)
        {
            var attach = dc.HostAttachVf(0, 2);
            refused = attach.Status == NdisStatus.Resources;
            if (!refused)
            {
                Ok(dc.RequestVfRemoval(0));
                Ok(dc.HostDetachVf(0));
            }
        }

        Assert.True(refused);
    }

    [Fact]
    public void VfReuseWithoutScrub_Reallocation_PreviousConfigBlocksVisible()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.VfReuseWithoutScrub);
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.WriteVfConfigBlock(0, 0, 0, 64, 0x77));
        Ok(dc.FreeVf(0, 0));
        Ok(dc.AllocateVf(0, 1));
        var read = Data<OidData.ConfigBlockRead>(dc.ReadVfConfigBlock(0, 0, 0, 4));
        Assert.Equal([0x77, 0x77, 0x77, 0x77], read.Bytes);
    }

    private static string[] Defects(string defect) => defect.Length == 0 ? [] : [defect];
}
