// Tests of the emulated adapter: the emulated PF's halt, initialize and reset, its SR-IOV capability registers, framed OID requests, and their defects.
using SriovVerification.Implementation.Pci;
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

/// <summary>The emulated PF's halt, initialize and reset, its SR-IOV capability registers, framed OID requests, and their defects.</summary>
public sealed class PfLifecycleTests
{
    [Fact]
    public void PfHalt_VmOnTheVfPath_TornDownInTheSpecsOrderThenHalted()
    {
        var dc = WithSwitch();
        AttachAndUseVf(dc, 0);
        var logStart = dc.OidLog(0).Count;

        Ok(dc.PfHalt(0));

        var names = dc.OidLog(0).Skip(logStart).Select(e => e.Name).ToList();
        Assert.Equal(
            ["OID_RECEIVE_FILTER_CLEAR_FILTER", "OID_RECEIVE_FILTER_CLEAR_FILTER", "OID_RECEIVE_FILTER_CLEAR_FILTER", "OID_NIC_SWITCH_DELETE_VPORT",
             "OID_SRIOV_RESET_VF", "OID_NIC_SWITCH_FREE_VF", "OID_NIC_SWITCH_DELETE_SWITCH", "PF halt"],
            names);
        Assert.All(dc.OidLog(0).Skip(logStart), e => Assert.Equal(NdisStatus.Success, e.Status));
        var vm = dc.QueryVm(0);
        Assert.Equal((DataPath.Synthetic, false), (vm.DataPath, vm.Connected));
        var capability = dc.QueryCapability(0);
        Assert.Equal((0, false, false), (capability.NumVfs, capability.VfEnable, capability.VfMemorySpaceEnable));
    }

    [Fact]
    public void Request_AfterHalt_RefusedAndCountedUntilInitialize()
    {
        var dc = Create();
        Ok(dc.PfHalt(0));

        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.CreateSwitch(0, 3).Status);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.QuerySriovCapabilities(0).Status);
        Assert.Equal(2, dc.Hosts[0].Miniport.OidsRefusedAfterHalt);
        Assert.Equal(NdisStatus.InvalidDeviceRequest, dc.PfHalt(0).Status);

        Ok(dc.PfInitialize(0));
        Ok(dc.CreateSwitch(0, 3));
        Assert.Equal(2, dc.Hosts[0].Miniport.OidsRefusedAfterHalt);
    }

    [Fact]
    public void OidReachesHaltedPf_RequestAfterHalt_Processed()
    {
        var dc = Create(DefectCatalog.OidReachesHaltedPf);
        Ok(dc.PfHalt(0));

        Ok(dc.CreateSwitch(0, 3));

        Assert.Equal(0, dc.Hosts[0].Miniport.OidsRefusedAfterHalt);
    }

    [Fact]
    public void ResetPf_VmOnTheVfPath_SwitchRebuiltVmSyntheticAndConnected()
    {
        var dc = WithSwitch();
        AttachAndUseVf(dc, 0);

        Ok(dc.ResetPf(0));

        var vm = dc.QueryVm(0);
        Assert.Equal((DataPath.Synthetic, true, (int?)null), (vm.DataPath, vm.Connected, vm.VfId));
        Assert.True(dc.QuerySwitchExists(0));
        Assert.All(dc.QueryVfs(0), v => Assert.False(v.IsAllocated));
        Assert.Equal([0, 0, 0], dc.QueryFilters(0).Select(f => f.VPortId));
    }

    [Fact]
    public void PfResetLeavesVfPath_ResetWithAVmOnTheVfPath_VmStaysOnTheVfPath()
    {
        var dc = WithSwitch(DefectCatalog.PfResetLeavesVfPath);
        AttachAndUseVf(dc, 0);

        Ok(dc.ResetPf(0));

        Assert.Equal(DataPath.Vf, dc.QueryVm(0).DataPath);
    }

    [Fact]
    public void CreateSwitch_RoutingTable_OffsetAndStrideOfTheNumVfsWrittenAndTheSpecsOrder()
    {
        var dc = new Datacenter(new DatacenterOptions
        {
            Adapter = new AdapterOptions { VfRoutingTable = [new VfRoutingRow(1, 4, 2), new VfRoutingRow(3, 16, 4)] },
        });

        Ok(dc.CreateSwitch(0, 3));

        var capability = Data<AdapterData.CapabilityRead>(dc.ReadSriovCapability(0)).Capability;
        Assert.Equal((16, 4), (capability.FirstVfOffset, capability.VfStride));
        Assert.Equal(["NumVFs", "FirstVFOffset", "VFStride", "VFEnable"], capability.EnableAccesses);
        Assert.Equal(0x01F8 + 16, Data<OidData.VfAllocated>(dc.AllocateVf(0, 0)).Rid);
        Assert.Equal(0x01F8 + 16 + 4, Data<OidData.VfAllocated>(dc.AllocateVf(0, 1)).Rid);
    }

    [Fact]
    public void RoutingReadBeforeNumVfs_CreateSwitch_OffsetAndStrideReadBeforeNumVfsWritten()
    {
        var dc = Create(DefectCatalog.RoutingReadBeforeNumVfs);

        Ok(dc.CreateSwitch(0, 3));

        Assert.Equal(["FirstVFOffset", "VFStride", "NumVFs", "VFEnable"], dc.QueryCapability(0).EnableAccesses);
        Assert.Equal(0x01F8, Data<OidData.VfAllocated>(dc.AllocateVf(0, 0)).Rid);
    }

    [Fact]
    public void QuerySriovCapabilities_PfMiniport_SriovSupportedAndPfMiniport()
    {
        var dc = Create();

        var caps = Data<OidData.SriovCapsReported>(dc.QuerySriovCapabilities(0)).SriovCapabilities;

        Assert.Equal(NdisConstants.SriovCapsSriovSupported | NdisConstants.SriovCapsPfMiniport, caps);
    }

    [Theory]
    [InlineData(9, NdisObjectHeader.ObjectTypeDefault, 1, 10, NdisStatus.InvalidLength, 10)]
    [InlineData(12, (byte)0x81, 1, 10, NdisStatus.InvalidParameter, 0)]
    [InlineData(12, NdisObjectHeader.ObjectTypeDefault, 0, 10, NdisStatus.InvalidParameter, 0)]
    [InlineData(12, NdisObjectHeader.ObjectTypeDefault, 1, 9, NdisStatus.InvalidParameter, 0)]
    [InlineData(11, NdisObjectHeader.ObjectTypeDefault, 1, 12, NdisStatus.InvalidParameter, 0)]
    public void Framed_FreeVfMalformed_RefusedWithBytesNeeded(int? length, byte type, byte revision, ushort size, NdisStatus status, int bytesNeeded)
    {
        var dc = WithSwitch();
        Ok(dc.AllocateVf(0, 0));

        var result = AdapterOids.Framed(new RequestFraming(length, type, revision, size), () => dc.FreeVf(0, 0));

        Assert.Equal((status, bytesNeeded), (result.Status, result.BytesNeeded));
        Assert.True(dc.QueryVfs(0)[0].IsAllocated);
    }

    [Fact]
    public void BytesNeededNotSet_ShortBuffer_InvalidLengthWithoutBytesNeeded()
    {
        var dc = WithSwitch(DefectCatalog.BytesNeededNotSet);

        var result = AdapterOids.Framed(new RequestFraming(4, NdisObjectHeader.ObjectTypeDefault, 1, 10), () => dc.FreeVf(0, 0));

        Assert.Equal((NdisStatus.InvalidLength, 0), (result.Status, result.BytesNeeded));
    }
}
