// Properties.Tests/Reliability: tests of AdapterHardening
using SriovVerification.Harness.Reliability;
using SriovVerification.Harness.Conformance;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Properties.Tests.Reliability;

public class AdapterHardeningTests
{
    [Theory]
    [InlineData(7, 0x0015_5D00_0001UL)]
    [InlineData(33, 0x0015_5D00_0001UL)]
    [InlineData(6, 0x0100_0000_0000UL)]
    [InlineData(6, 0UL)]
    public void AllocateVf_MacAddressLengthNotSixOrNonUnicastMac_InvalidParameterAndUnchanged(int macAddressLength, ulong mac)
    {
        var datacenter = new Datacenter(new DatacenterOptions());
        Assert.True(datacenter.CreateSwitch(0, 3).IsSuccess);
        var before = RawSnapshot.Capture(datacenter);
        var request = NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, new NdisNicSwitchVfParameters(
            0, NdisConstants.DefaultSwitchId, "VM-0", "VM-0", "VM-0-NIC", new MacAddress(mac), new MacAddress(mac), NdisConstants.InvalidVfFunctionId, NdisConstants.InvalidRid)
        {
            MacAddressLength = (ushort)macAddressLength,
        });
        var result = datacenter.Request(0, request);
        Assert.Equal(NdisStatus.InvalidParameter, result.Status);
        Assert.Empty(before.Diff(RawSnapshot.Capture(datacenter)));
    }

    [Fact]
    public void InjectOidFailure_NextRequest_FailsOnceAndChangesNothing()
    {
        var datacenter = new Datacenter(new DatacenterOptions());
        datacenter.InjectOidFailure(0, Oid.OID_NIC_SWITCH_CREATE_SWITCH, NdisStatus.Resources);
        var before = RawSnapshot.Capture(datacenter);
        Assert.Equal(NdisStatus.Resources, datacenter.CreateSwitch(0, 3).Status);
        Assert.Empty(before.Diff(RawSnapshot.Capture(datacenter)));
        Assert.True(datacenter.CreateSwitch(0, 3).IsSuccess);
    }

    [Fact]
    public void PfReset_VmOnVfPath_AllVfsVanishAndRecoveryRebuildsSwitchAndFilter()
    {
        var datacenter = new Datacenter(new DatacenterOptions());
        Assert.True(datacenter.CreateSwitch(0, 3).IsSuccess);
        Assert.True(datacenter.VmConnect(0).IsSuccess);
        Assert.True(datacenter.HostAttachVf(0).IsSuccess);
        Assert.True(datacenter.GuestInitializeVf(0).IsSuccess);
        Assert.True(datacenter.GuestBindNetVsc(0).IsSuccess);
        Assert.True(datacenter.GuestSwitchDataPath(0, DataPath.Vf).IsSuccess);

        Assert.True(datacenter.PfReset(0).IsSuccess);
        var capability = datacenter.QueryCapability(0);
        Assert.False(capability.VfEnable);
        Assert.Equal(0, capability.NumVfs);
        Assert.Empty(datacenter.QueryVfs(0));
        Assert.Equal(DataPath.Synthetic, datacenter.QueryVm(0).DataPath);
        Assert.NotEmpty(datacenter.QueryPendingObligations(0));

        datacenter.HostRecover(0);
        Assert.True(datacenter.QuerySwitchExists(0));
        Assert.True(datacenter.QueryVm(0).Connected);
        Assert.Empty(datacenter.QueryPendingObligations(0));
        Assert.True(FaultInjector.Reaches(datacenter, 0));
    }
}
