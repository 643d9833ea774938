// Tests of the emulated adapter: OID_NIC_SWITCH_ALLOCATE_VF's parameter checks on the PF miniport.

namespace SriovVerification.Implementation.Tests;

public partial class PfMiniportTests
{
    [Fact]
    public void AllocateVf_OnlyOneInputIdIsTheInvalidMarker_InvalidParameter()
    {
        var miniport = WithSwitch(3);
        var mac = Datacenter.VmMacAddress(0);
        var vfIdSet = new NdisNicSwitchVfParameters(0, NdisConstants.DefaultSwitchId, "VM-0", "VM-0", "VM-0-NIC", mac, mac, 0, NdisConstants.InvalidRid);
        var ridSet = new NdisNicSwitchVfParameters(0, NdisConstants.DefaultSwitchId, "VM-0", "VM-0", "VM-0-NIC", mac, mac, NdisConstants.InvalidVfFunctionId, 0);

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, vfIdSet)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, ridSet)).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(0xFFFF)]
    public void AllocateVf_MacAddressLengthNotEthernet_InvalidParameterAndNothingAllocated(int macAddressLength)
    {
        var miniport = WithSwitch(3);
        var mac = Datacenter.VmMacAddress(0);
        var parameters = new NdisNicSwitchVfParameters(0, NdisConstants.DefaultSwitchId, "VM-0", "VM-0", "VM-0-NIC", mac, mac, NdisConstants.InvalidVfFunctionId, NdisConstants.InvalidRid)
        {
            MacAddressLength = (ushort)macAddressLength,
        };

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, parameters)).Status);
        Assert.DoesNotContain(miniport.Vfs, v => v.IsAllocated);
    }

    [Fact]
    public void AllocateVf_VmNameLengthBeyondItsArray_InvalidParameterAndNothingAllocated()
    {
        var miniport = WithSwitch(3);
        var request = NdisRequests.AllocateVf("VM-0", "VM-0-NIC", Datacenter.VmMacAddress(0));
        request.InformationBuffer[NdisNicSwitchVfParameters.Field.VMName] = 0x02;
        request.InformationBuffer[NdisNicSwitchVfParameters.Field.VMName + 1] = 0x02;

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(request).Status);
        Assert.DoesNotContain(miniport.Vfs, v => v.IsAllocated);
    }

    [Fact]
    public void AllocateVf_OutputRevision_IsTheImplementedOneAndNamesTravelAsCountedStrings()
    {
        var miniport = WithSwitch(3);
        var result = miniport.Request(NdisRequests.AllocateVf("VM-0", "VM-0-NIC", Datacenter.VmMacAddress(0)));
        var output = NdisRequests.Decode<NdisNicSwitchVfParameters>(result);

        Assert.Equal(new NdisObjectHeader(NdisObjectHeader.ObjectTypeDefault, NdisNicSwitchVfParameters.Revision, NdisNicSwitchVfParameters.RevisionSizeBytes), output.Header);
        Assert.Equal(("VM-0", "VM-0-NIC", (ushort)0), (output.VMName, output.NicName, output.VFId));
        Assert.Equal(8, result.InformationBuffer[NdisNicSwitchVfParameters.Field.VMName]);
    }
}
