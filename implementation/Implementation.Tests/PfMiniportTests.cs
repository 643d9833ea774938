// Tests of the emulated adapter: the PF miniport's OIDs, their preconditions and their answers.
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

public partial class PfMiniportTests
{
    private static PfMiniport NewMiniport(AdapterOptions? options = null) => new(options ?? new AdapterOptions(), new DeterministicRandom(7));

    private static PfMiniport WithSwitch(int numVfs = 3)
    {
        var miniport = NewMiniport();
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateSwitch(numVfs)).Status);
        return miniport;
    }

    private static int Allocate(PfMiniport miniport, string vm)
    {
        var result = miniport.Request(NdisRequests.AllocateVf(vm, vm + "-NIC", Datacenter.VmMacAddress(0)));
        Assert.Equal(NdisStatus.Success, result.Status);
        return (int)NdisRequests.Decode<NdisNicSwitchVfParameters>(result).VFId;
    }

    public static TheoryData<Oid, int, int> ShortBuffers => new()
    {
        { Oid.OID_NIC_SWITCH_CREATE_SWITCH, NdisNicSwitchParameters.RevisionSizeBytes, NdisNicSwitchParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_DELETE_SWITCH, NdisNicSwitchDeleteSwitchParameters.MinimumSizeBytes, NdisNicSwitchDeleteSwitchParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_ALLOCATE_VF, NdisNicSwitchVfParameters.RevisionSizeBytes, NdisNicSwitchVfParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_FREE_VF, NdisNicSwitchFreeVfParameters.MinimumSizeBytes, NdisNicSwitchFreeVfParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_CREATE_VPORT, NdisNicSwitchVPortParameters.RevisionSizeBytes, NdisNicSwitchVPortParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_VPORT_PARAMETERS, NdisNicSwitchVPortParameters.MinimumSizeBytes, NdisNicSwitchVPortParameters.RevisionSizeBytes },
        { Oid.OID_NIC_SWITCH_DELETE_VPORT, NdisNicSwitchDeleteVPortParameters.MinimumSizeBytes, NdisNicSwitchDeleteVPortParameters.RevisionSizeBytes },
        { Oid.OID_RECEIVE_FILTER_SET_FILTER, NdisReceiveFilterParameters.RevisionSizeBytes, NdisReceiveFilterParameters.RevisionSizeBytes },
        { Oid.OID_RECEIVE_FILTER_CLEAR_FILTER, NdisReceiveFilterClearParameters.MinimumSizeBytes, NdisReceiveFilterClearParameters.RevisionSizeBytes },
        { Oid.OID_RECEIVE_FILTER_MOVE_FILTER, NdisReceiveFilterMoveFilterParameters.MinimumSizeBytes, NdisReceiveFilterMoveFilterParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_READ_VF_CONFIG_SPACE, NdisSriovReadVfConfigSpaceParameters.RevisionSizeBytes, NdisSriovReadVfConfigSpaceParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE, NdisSriovWriteVfConfigSpaceParameters.MinimumSizeBytes, NdisSriovWriteVfConfigSpaceParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK, NdisSriovReadVfConfigBlockParameters.RevisionSizeBytes, NdisSriovReadVfConfigBlockParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK, NdisSriovWriteVfConfigBlockParameters.MinimumSizeBytes, NdisSriovWriteVfConfigBlockParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_RESET_VF, NdisSriovResetVfParameters.MinimumSizeBytes, NdisSriovResetVfParameters.RevisionSizeBytes },
        { Oid.OID_SRIOV_SET_VF_POWER_STATE, NdisSriovSetVfPowerStateParameters.MinimumSizeBytes, NdisSriovSetVfPowerStateParameters.RevisionSizeBytes },
    };

    [Theory]
    [MemberData(nameof(ShortBuffers))]
    public void Request_ShortBuffer_InvalidLengthWithBytesNeeded(Oid oid, int leastAcceptedBytes, int revisionSizeBytes)
    {
        var miniport = WithSwitch();
        var request = new OidRequest(oid, PfMiniport.ExpectedRequestType(oid)!.Value, new byte[leastAcceptedBytes - 1]);
        var result = miniport.Request(request);
        Assert.Equal(NdisStatus.InvalidLength, result.Status);
        Assert.Equal(revisionSizeBytes, result.BytesNeeded);
    }

    [Theory]
    [InlineData(Oid.OID_NIC_SWITCH_ENUM_SWITCHES)]
    [InlineData(Oid.OID_NIC_SWITCH_ENUM_VFS)]
    [InlineData(Oid.OID_NIC_SWITCH_ENUM_VPORTS)]
    [InlineData(Oid.OID_RECEIVE_FILTER_ENUM_FILTERS)]
    public void Enumerate_EmptyBuffer_InvalidLengthThenSuccess(Oid oid)
    {
        var miniport = WithSwitch();
        Func<int, OidRequest> request = oid switch
        {
            Oid.OID_NIC_SWITCH_ENUM_SWITCHES => NdisRequests.EnumerateSwitches,
            Oid.OID_NIC_SWITCH_ENUM_VFS => NdisRequests.EnumerateVfs,
            Oid.OID_NIC_SWITCH_ENUM_VPORTS => NdisRequests.EnumerateVPorts,
            _ => length => NdisRequests.EnumerateFilters(null, length),
        };
        miniport.Request(NdisRequests.SetFilter(0, FilterMac, 0));
        Allocate(miniport, "VM-0");
        var probe = miniport.Request(request(0));
        Assert.Equal(NdisStatus.InvalidLength, probe.Status);
        Assert.True(probe.BytesNeeded > request(0).InformationBufferLength);
        Assert.Equal(NdisStatus.Success, miniport.Request(request(probe.BytesNeeded)).Status);
    }

    [Fact]
    public void Request_WrongHeaderRevision_InvalidParameter()
    {
        var miniport = NewMiniport();
        var parameters = new NdisNicSwitchParameters(0, NdisConstants.NicSwitchTypeExternal, 0, "", 3)
        {
            Header = new NdisObjectHeader(NdisObjectHeader.ObjectTypeDefault, 0, NdisNicSwitchParameters.SizeBytes),
        };
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_CREATE_SWITCH, parameters)).Status);
        Assert.False(miniport.SwitchExists);
    }

    [Fact]
    public void Request_WrongHeaderType_InvalidParameter()
    {
        var miniport = WithSwitch();
        var parameters = new NdisNicSwitchFreeVfParameters(0, 0) { Header = new NdisObjectHeader(0x81, 1, NdisNicSwitchFreeVfParameters.SizeBytes) };
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Set(Oid.OID_NIC_SWITCH_FREE_VF, parameters)).Status);
    }

    [Fact]
    public void Request_UnknownOid_NotSupported()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.NotSupported, miniport.Request(new OidRequest((Oid)0x00010101, NdisRequestType.SetInformation, new byte[64])).Status);
        Assert.Equal(NdisStatus.NotSupported, miniport.Request(NdisRequests.InvalidateConfigBlock(1)).Status);
    }

    [Fact]
    public void Request_SriovDisabled_EveryOidNotSupported()
    {
        var miniport = NewMiniport(new AdapterOptions { SriovEnabled = false });
        foreach (var oid in ShortBuffers.Select(row => (Oid)row[0]))
        {
            var request = new OidRequest(oid, PfMiniport.ExpectedRequestType(oid)!.Value, new byte[256]);
            Assert.Equal(NdisStatus.NotSupported, miniport.Request(request).Status);
        }

        Assert.Equal(NdisStatus.NotSupported, miniport.Request(NdisRequests.Query(Oid.OID_NIC_SWITCH_ENUM_VFS, 256)).Status);
        Assert.Equal(NdisStatus.NotSupported, miniport.InvalidateConfigBlock(0, 1));
    }

    [Fact]
    public void CreateSwitch_Valid_WritesNumVfsThenVfEnableAndCreatesDefaultVPort()
    {
        var miniport = WithSwitch(3);
        Assert.Equal(3, miniport.Capability.NumVfs);
        Assert.True(miniport.Capability.VfEnable);
        Assert.Equal(3, miniport.Vfs.Count);
        var vport = Assert.Single(miniport.VPorts);
        Assert.Equal(new VPortSnapshot(0, -1, true, 1) { InterruptModeration = NdisConstants.VPortInterruptModerationAdaptive }, vport);
    }

    [Theory]
    [InlineData(3, 1, true)]
    [InlineData(3, 0, false)]
    [InlineData(0, 0, true)]
    [InlineData(9, 0, true)]
    public void CreateSwitch_InvalidArguments_InvalidParameter(int numVfs, int switchId, bool external)
    {
        var miniport = NewMiniport();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateSwitch(numVfs, switchId, external)).Status);
        Assert.False(miniport.Capability.VfEnable);
        Assert.Equal(0, miniport.Capability.NumVfs);
    }

    [Fact]
    public void CreateSwitch_SwitchExists_InvalidParameter()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateSwitch(2)).Status);
    }

    [Fact]
    public void DeleteSwitch_Refusals_FileNotFoundThenInvalidParameter()
    {
        var miniport = NewMiniport();
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.DeleteSwitch()).Status);
        miniport.Request(NdisRequests.CreateSwitch(3));
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.DeleteSwitch(1)).Status);
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteSwitch()).Status);
        miniport.Request(NdisRequests.FreeVf(vf));
        miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteSwitch()).Status);
        miniport.Request(NdisRequests.DeleteVPort(1));
        miniport.Request(NdisRequests.SetFilter(0, DatacenterOptions.ForeignMacAddress, 0));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteSwitch()).Status);
        miniport.Request(NdisRequests.ClearFilter(1));
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.DeleteSwitch()).Status);
        Assert.False(miniport.Capability.VfEnable);
        Assert.Equal(0, miniport.Capability.NumVfs);
    }

    [Fact]
    public void AllocateVf_Sequence_SmallestFreeIdAndResources()
    {
        var miniport = WithSwitch(2);
        Assert.Equal(0, Allocate(miniport, "VM-0"));
        Assert.Equal(1, Allocate(miniport, "VM-1"));
        Assert.Equal(NdisStatus.Resources, miniport.Request(NdisRequests.AllocateVf("VM-2", Datacenter.VmNicName(2), Datacenter.VmMacAddress(2))).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.AllocateVf("VM-0", Datacenter.VmNicName(0), Datacenter.VmMacAddress(0))).Status);
        miniport.Request(NdisRequests.FreeVf(0));
        Assert.Equal(0, Allocate(miniport, "VM-2"));
    }

    [Fact]
    public void AllocateVf_InvalidInputIdsOrNoSwitch_InvalidParameter()
    {
        var miniport = NewMiniport();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.AllocateVf("VM-0", Datacenter.VmNicName(0), Datacenter.VmMacAddress(0))).Status);
        miniport.Request(NdisRequests.CreateSwitch(3));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.AllocateVf("VM-0", Datacenter.VmNicName(0), Datacenter.VmMacAddress(0), validInputIds: false)).Status);
    }

    [Fact]
    public void AllocateVf_DefaultConfiguration_RidCarriesIntoBus()
    {
        var miniport = WithSwitch(3);
        var rids = Enumerable.Range(0, 3).Select(i =>
            (int)NdisRequests.Decode<NdisNicSwitchVfParameters>(miniport.Request(NdisRequests.AllocateVf($"VM-{i}", Datacenter.VmNicName(i), Datacenter.VmMacAddress(i)))).RequestorId).ToList();
        Assert.Equal([0x01FC, 0x01FE, 0x0200], rids);
    }

    [Fact]
    public void FreeVf_Refusals_FileNotFound()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.FreeVf(0)).Status);
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.FreeVf(7)).Status);
        var vf = Allocate(miniport, "VM-0");
        miniport.Request(NdisRequests.CreateVPort((ushort)vf, 1));
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.FreeVf(vf)).Status);
    }

    [Fact]
    public void CreateVPort_Refusals_InOrder()
    {
        var miniport = NewMiniport();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)).Status);
        miniport.Request(NdisRequests.CreateSwitch(3));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateVPort(0, 1)).Status);
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateVPort((ushort)vf, 0)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateVPort((ushort)vf, 3)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort((ushort)vf, 2)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.CreateVPort((ushort)vf, 1)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 2)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 2)).Status);
        Assert.Equal(NdisStatus.Resources, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 2)).Status);
        Assert.Equal(7, miniport.QueuePairsInUse);
        Assert.Equal([0, 1, 2, 3], miniport.VPorts.Select(p => p.VPortId));
    }

    [Fact]
    public void CreateVPort_VPortLimit_Resources()
    {
        var miniport = WithSwitch();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)).Status);
        }

        Assert.Equal(NdisStatus.Resources, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)).Status);
    }

    [Fact]
    public void SetVPortState_OnlyDeactivatedPfVPortToActivated()
    {
        var miniport = WithSwitch();
        miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVPortState(0, true)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVPortState(1, false)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVPortState(4, true)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetVPortState(1, true)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVPortState(1, true)).Status);
        Assert.True(miniport.VPorts[1].Activated);
    }

    [Fact]
    public void DeleteVPort_Refusals_InvalidParameter()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteVPort(0)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteVPort(1)).Status);
        miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 2));
        miniport.Request(NdisRequests.SetFilter(1, DatacenterOptions.ForeignMacAddress, 0));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.DeleteVPort(1)).Status);
        miniport.Request(NdisRequests.ClearFilter(1));
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.DeleteVPort(1)).Status);
        Assert.Equal(1, miniport.QueuePairsInUse);
    }

    [Fact]
    public void SetFilter_Refusals_InOrder()
    {
        var miniport = WithSwitch();
        var foreign = DatacenterOptions.ForeignMacAddress;
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetFilter(0, foreign, 0, validFilterType: false)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetFilter(3, foreign, 0)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetFilter(0, foreign, 5000)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetFilter(0, new MacAddress(0x0100_5E00_0001), 0)).Status);
        var first = miniport.Request(NdisRequests.SetFilter(0, foreign, 0));
        Assert.Equal(1u, NdisRequests.Decode<NdisReceiveFilterParameters>(first).FilterId);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetFilter(0, foreign, 0)).Status);
        for (var vlan = 1; vlan <= 5; vlan++)
        {
            Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetFilter(0, foreign, vlan)).Status);
        }

        Assert.Equal(NdisStatus.Resources, miniport.Request(NdisRequests.SetFilter(0, foreign, 6)).Status);
    }

    [Fact]
    public void SetFilter_FieldArrayBeyondBuffer_InvalidLengthWithBytesNeeded()
    {
        var miniport = WithSwitch();
        var full = NdisRequests.SetFilter(0, DatacenterOptions.ForeignMacAddress, 7);
        var shortRequest = new OidRequest(full.Oid, full.RequestType, full.InformationBuffer, full.InformationBufferLength - 1);
        var result = miniport.Request(shortRequest);
        Assert.Equal(NdisStatus.InvalidLength, result.Status);
        Assert.Equal(full.InformationBufferLength, result.BytesNeeded);
    }

    [Fact]
    public void ClearAndMoveFilter_Refusals()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.FileNotFound, miniport.Request(NdisRequests.ClearFilter(1)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.MoveFilter(1, 0, 0)).Status);
        miniport.Request(NdisRequests.SetFilter(0, DatacenterOptions.ForeignMacAddress, 0));
        miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.MoveFilter(1, 1, 0)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.MoveFilter(1, 0, 2)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.MoveFilter(1, 0, 1)).Status);
        Assert.Equal(1, Assert.Single(miniport.Filters).VPortId);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.ClearFilter(1)).Status);
        Assert.Empty(miniport.Filters);
    }

    [Fact]
    public void ResetVf_OneVf_OthersUntouched()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        AttachAndUseVf(dc, 1);
        Assert.Equal(FrameFate.DeliveredToVm, Receive(dc, 0, 0).Fate);
        Assert.Equal(FrameFate.DeliveredToVm, Receive(dc, 0, 1).Fate);
        Ok(dc.WriteVfConfigBlock(0, 1, 1, 16, 0x5A));
        var before = dc.QueryVfs(0)[1];
        var otherConfigBefore = dc.Hosts[0].Miniport.VfConfigSpaceBytes(1);
        var counterBefore = dc.DeliveredCount(1, DataPath.Vf);

        Ok(dc.ResetVf(0, 0));

        var reset = dc.QueryVfs(0)[0];
        Assert.Equal(0, reset.CommandRegister);
        Assert.False(reset.MsixEnabled);
        Assert.False(reset.InterruptPending);
        Assert.False(reset.DmaActive);
        Assert.Equal(VfDeviceState.Bound, reset.Device);
        Assert.Equal(1, reset.VPortId);
        var after = dc.QueryVfs(0)[1];
        Assert.Equal(before with { ConfigBlocks = after.ConfigBlocks }, after);
        Assert.Equal(0x5A, after.ConfigBlocks[1][0]);
        Assert.True(after.InterruptPending);
        Assert.True(after.DmaActive);
        Assert.Equal(otherConfigBefore, dc.Hosts[0].Miniport.VfConfigSpaceBytes(1));
        Assert.Equal(counterBefore, dc.DeliveredCount(1, DataPath.Vf));
    }

    [Fact]
    public void SetVfPowerState_D3_OnlyThatVf()
    {
        var miniport = WithSwitch();
        Allocate(miniport, "VM-0");
        Allocate(miniport, "VM-1");
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetVfPowerState(1, true)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVfPowerState(2, true)).Status);
        Assert.Equal([false, true, false], miniport.Vfs.Select(v => v.PowerD3));
    }

    [Fact]
    public void EnumerateVfs_TwoAllocated_ListsThemWithRids()
    {
        var dc = TestWorld.WithSwitch();
        Ok(dc.AllocateVf(0, 0));
        Ok(dc.AllocateVf(0, 2));
        var vfs = Data<OidData.VfsEnumerated>(dc.EnumerateVfs(0)).Vfs;
        Assert.Equal([(0, 0x01FCu, "VM-0"), (1, 0x01FEu, "VM-2")], vfs.Select(v => ((int)v.VFId, v.RequestorId, v.VMName)));
        var filters = Data<OidData.FiltersEnumerated>(dc.EnumerateFilters(0)).Filters;
        Assert.Equal(3, filters.Count);
        Assert.Single(Data<OidData.SwitchesEnumerated>(dc.EnumerateSwitches(0)).Switches);
        Assert.Single(Data<OidData.VPortsEnumerated>(dc.EnumerateVPorts(0)).VPorts);
    }
}
