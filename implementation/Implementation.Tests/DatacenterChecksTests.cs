// Tests of the emulated adapter: the datacenter's argument checks, refusal statuses, config-space decoding, hostile-guest records and data-path events.
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

/// <summary>The datacenter's argument checks, refusal statuses, config-space decoding, hostile-guest records and data-path events.</summary>
public class DatacenterChecksTests
{
    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new Datacenter(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Datacenter(new DatacenterOptions { HostCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Datacenter(new DatacenterOptions { HostCount = 2, VmInitialHosts = [0, 2] }));
    }

    [Fact]
    public void HostAndVmIndexes_OutOfRange_ThrowOrInvalidDeviceRequest()
    {
        var dc = new Datacenter(new DatacenterOptions { HostCount = 2, VmCount = 3 });
        Assert.Equal(2, dc.Hosts.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.AdvanceTime(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.InjectOidFailure(-1, Oid.OID_NIC_SWITCH_CREATE_SWITCH, NdisStatus.Failure));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.InjectOidFailure(2, Oid.OID_NIC_SWITCH_CREATE_SWITCH, NdisStatus.Failure));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.HostRecover(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.HostRecover(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.Request(-1, NdisRequests.CreateSwitch(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.Request(2, NdisRequests.CreateSwitch(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.Hostile(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => dc.Hostile(3));
        Assert.Equal(2, dc.Hostile(2).Vm);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.PfReset(-1).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.PfReset(2).Status);
        Assert.Equal(NdisStatus.InvalidParameter, dc.CreateSwitch(2, 1).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.VmConnect(3).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.VmConnect(-1).Status);
        Ok(dc.CreateSwitch(1, 1));
    }

    [Fact]
    public void VmVlans_Configured_VmUsesItsVlan()
    {
        var options = new DatacenterOptions { VmVlans = [0, 7] };
        Assert.Equal(7, options.VlanOf(1));
        Assert.Equal(0, options.VlanOf(2));
        var dc = new Datacenter(options);
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.VmConnect(1));
        Assert.Equal(7, dc.QueryFilters(0).Single().VlanId);
    }

    [Fact]
    public void ManagementOids_InjectedFailure_StatusReported()
    {
        var dc = TestWorld.WithSwitch();
        dc.InjectOidFailure(0, Oid.OID_RECEIVE_FILTER_CLEAR_FILTER, NdisStatus.Failure);
        Assert.Equal(NdisStatus.Failure, dc.VmDisconnect(0).Status);

        Ok(dc.HostAttachVf(1));
        dc.InjectOidFailure(0, Oid.OID_RECEIVE_FILTER_MOVE_FILTER, NdisStatus.Resources);
        Assert.Equal(NdisStatus.Resources, dc.MoveVmFilter(1, DataPath.Synthetic).Status);
        Ok(dc.MoveVmFilter(1, DataPath.Synthetic));

        AttachAndUseVf(dc, 2);
        Ok(dc.RequestVfRemoval(2));
        Ok(dc.GuestSwitchDataPath(2, DataPath.Synthetic));
        Ok(dc.GuestPauseVf(2));
        Ok(dc.GuestUnbindNetVsc(2));
        Ok(dc.GuestHaltVf(2));
        dc.InjectOidFailure(0, Oid.OID_NIC_SWITCH_FREE_VF, NdisStatus.Failure);
        Assert.Equal(NdisStatus.Failure, dc.HostDetachVf(2).Status);
    }

    [Fact]
    public void LiveMigrationStart_ClearFilterFails_StatusReported()
    {
        var dc = Create();
        Ok(dc.CreateSwitch(0, 3));
        Ok(dc.CreateSwitch(1, 3));
        Ok(dc.VmConnect(0));
        dc.InjectOidFailure(0, Oid.OID_RECEIVE_FILTER_CLEAR_FILTER, NdisStatus.Failure);
        Assert.Equal(NdisStatus.Failure, dc.LiveMigrationStart(0, 1).Status);
    }

    [Fact]
    public void EnumerateVfs_SriovDisabled_NotSupported()
    {
        var dc = new Datacenter(new DatacenterOptions { HostSriovEnabled = [false, true] });
        Assert.Equal(NdisStatus.NotSupported, dc.EnumerateVfs(0).Status);
        Ok(dc.CreateSwitch(1, 2));
        Assert.Empty(Data<OidData.VfsEnumerated>(dc.EnumerateVfs(1)).Vfs);
    }

    [Fact]
    public void ReadVfConfigSpace_ValueOfUpToFourBytes_LittleEndian()
    {
        var dc = TestWorld.WithSwitch();
        var vf = Data<AdapterData.VfAttached>(dc.HostAttachVf(0)).VfId;
        var word = Data<OidData.ConfigSpaceRead>(dc.ReadVfConfigSpace(0, vf, 0x70, 2, 0, 2));
        Assert.Equal([0x11, 0x00], word.Bytes);
        Assert.Equal(0x0011u, word.Value);
        var dword = Data<OidData.ConfigSpaceRead>(dc.ReadVfConfigSpace(0, vf, 0x70, 4, 2, 6));
        Assert.Equal([0x11, 0x00, 0x03, 0x00], dword.Bytes);
        Assert.Equal(0x0003_0011u, dword.Value);
        var six = Data<OidData.ConfigSpaceRead>(dc.ReadVfConfigSpace(0, vf, 0x70, 6, 0, 6));
        Assert.Equal(6, six.Bytes.Count);
        Assert.Null(six.Value);
    }

    [Fact]
    public void ReadVfConfigSpace_NoBoundsCheckShortBuffer_BytesThatFitAndNoValue()
    {
        var dc = TestWorld.WithSwitch(DefectCatalog.ConfigSpaceNoBoundsCheck);
        var vf = Data<AdapterData.VfAttached>(dc.HostAttachVf(0)).VfId;
        var read = Data<OidData.ConfigSpaceRead>(dc.ReadVfConfigSpace(0, vf, 0x70, 4, 1, 3));
        Assert.Equal([0x11, 0x00], read.Bytes);
        Assert.Null(read.Value);
    }

    [Fact]
    public void HostileGuest_ConfigSpaceAndBlockAccesses_RecordedWithOutcome()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        var vf = dc.QueryVfs(0).Single(v => v.IsAllocated).VfId;
        var guest = dc.Hostile(0);

        Ok(guest.ReadConfigSpace(0x70, 1));
        Ok(guest.ReadConfigSpace(0, 4096));
        Assert.Equal(NdisStatus.InvalidParameter, guest.ReadConfigSpace(0, 0).Status);
        Assert.Equal(NdisStatus.InvalidParameter, guest.ReadConfigSpace(4094, 4).Status);
        Ok(guest.WriteConfigSpace(0x04, 2, 0));
        Assert.Equal(0, dc.QueryVfs(0)[vf].CommandRegister);
        Ok(guest.WriteConfigSpace(0x04, 2, 0xFFFF));
        Assert.Equal(0x0004, dc.QueryVfs(0)[vf].CommandRegister);

        Ok(guest.WriteConfigBlock(0, 64, 0xAB));
        Ok(guest.ReadConfigBlock(0, 64));
        Assert.All(dc.QueryVfs(0)[vf].ConfigBlocks[0], b => Assert.Equal(0xAB, b));
        Assert.Equal(NdisStatus.InvalidParameter, guest.WriteConfigBlock(0, 63, 0xCD).Status);
        Assert.All(dc.QueryVfs(0)[vf].ConfigBlocks[0], b => Assert.Equal(0xAB, b));

        Assert.Equal(
            [
                (HostileAttemptKind.ConfigSpaceRead, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigSpaceRead, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigSpaceRead, HostileAttemptOutcome.Refused, NdisStatus.InvalidParameter),
                (HostileAttemptKind.ConfigSpaceRead, HostileAttemptOutcome.Refused, NdisStatus.InvalidParameter),
                (HostileAttemptKind.ConfigSpaceWrite, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigSpaceWrite, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigBlockWrite, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigBlockRead, HostileAttemptOutcome.Accepted, NdisStatus.Success),
                (HostileAttemptKind.ConfigBlockWrite, HostileAttemptOutcome.Refused, NdisStatus.InvalidParameter),
            ],
            dc.HostileAttempts.Select(a => (a.Kind, a.Outcome, a.Status)).ToArray());
        Assert.All(dc.HostileAttempts, a => Assert.Equal((0, -1L), (a.Vm, a.FrameId)));
    }

    [Fact]
    public void DataPathLog_AttachUseAndTeardown_EventsNameHostVmAndVPort()
    {
        var dc = TestWorld.WithSwitch();
        AttachAndUseVf(dc, 0);
        var vport = dc.QueryVfs(0).Single(v => v.IsAllocated).VPortId!.Value;
        Assert.Equal((FrameFate.DeliveredToVm, DataPath.Vf), (Receive(dc, 0, 0).Fate, Receive(dc, 0, 0).Path));
        GracefulTeardown(dc, 0);
        Receive(dc, 0, 0);

        var events = dc.DataPathLog.Snapshot();
        var switched = events.Where(e => e.Kind == DataPathEventKind.DataPathSwitched).Select(e => (e.Host, e.Vm, e.VPortId, e.Path)).ToArray();
        Assert.Equal([(0, 0, vport, DataPath.Vf), (0, 0, -1, DataPath.Synthetic)], switched);
        var indicated = events.Where(e => e.Kind == DataPathEventKind.Indicated).Select(e => (e.Vm, e.VPortId, e.Path)).ToArray();
        Assert.Equal([(0, vport, DataPath.Vf), (0, vport, DataPath.Vf), (0, 0, DataPath.Synthetic)], indicated);
        Assert.All(events.Where(e => e.Kind == DataPathEventKind.Indicated), e => Assert.True(e.Incarnation > 0));
        var deleted = Assert.Single(events, e => e.Kind == DataPathEventKind.VPortDeleted);
        Assert.Equal((0, -1, vport), (deleted.Host, deleted.Vm, deleted.VPortId));
        Assert.True(deleted.Incarnation > 0);
    }
}
