using SriovVerification.Implementation;

namespace SriovVerification.Implementation.Tests;

public partial class PfMiniportTests
{
    [Fact]
    public void AllocateVf_OnlyOneInputIdIsTheInvalidMarker_InvalidParameter()
    {
        var miniport = WithSwitch(3);
        var mac = Datacenter.VmMacAddress(0);
        var vfIdSet = new NdisNicSwitchVfParameters(0, NdisConstants.DefaultSwitchId, "VM-0", mac, mac, 0, 0, NdisConstants.InvalidRid);
        var ridSet = new NdisNicSwitchVfParameters(0, NdisConstants.DefaultSwitchId, "VM-0", mac, mac, 0, NdisConstants.InvalidVfFunctionId, 0);

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, vfIdSet)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, ridSet)).Status);
    }

    [Fact]
    public void AllocateVf_VlanAboveTheMaximum_InvalidParameterAndTheMaximumAccepted()
    {
        var miniport = WithSwitch(3);

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.AllocateVf("VM-1", Datacenter.VmMacAddress(1), NdisConstants.VlanIdMax + 1)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.AllocateVf("VM-0", Datacenter.VmMacAddress(0), NdisConstants.VlanIdMax)).Status);
    }
}
