// Tests of the emulated adapter: configuration space, configuration blocks and invalidations.

namespace SriovVerification.Implementation.Tests;

/// <content>Configuration space, configuration blocks and invalidations.</content>
public partial class PfMiniportTests
{
    [Fact]
    public void VfConfigSpace_ModelledRegisters_ReadAndMaskedWrite()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        uint Read(int offset)
        {
            var r = miniport.Request(NdisRequests.VfConfigSpace(false, vf, offset, 2, 0, 2));
            Assert.Equal(NdisStatus.Success, r.Status);
            return (uint)(r.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes] | (r.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes + 1] << 8));
        }

        Assert.Equal(0xFFFFu, Read(0x00));
        Assert.Equal(0xFFFFu, Read(0x02));
        Assert.Equal(0x0011u, Read(0x70));
        Assert.Equal(0x0003u, Read(0x72));
        miniport.Request(NdisRequests.VfConfigSpace(true, vf, 0x04, 2, 0, 2, 0xFFFF));
        miniport.Request(NdisRequests.VfConfigSpace(true, vf, 0x72, 2, 0, 2, 0xFFFF));
        miniport.Request(NdisRequests.VfConfigSpace(true, vf, 0x00, 2, 0, 2, 0x1234));
        Assert.Equal(0x0004u, Read(0x04));
        Assert.Equal(0x8003u, Read(0x72));
        Assert.Equal(0xFFFFu, Read(0x00));
    }

    [Theory]
    [InlineData(4094, 4, 0, 4)]
    [InlineData(0, 0, 0, 4)]
    [InlineData(-1, 2, 0, 4)]
    [InlineData(0, 4, 2, 4)]
    [InlineData(0, 4, -1, 8)]
    [InlineData(0, 4, 0, -1)]
    public void VfConfigSpace_OutOfBounds_InvalidParameter(int offset, int length, int bufferOffset, int bufferLength)
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(false, vf, offset, length, bufferOffset, bufferLength)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(true, vf, offset, length, bufferOffset, bufferLength, 0xFFFF_FFFF)).Status);
    }

    [Fact]
    public void VfConfigSpace_VfNotAllocated_InvalidParameter()
    {
        var miniport = WithSwitch();
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(false, 0, 0, 2, 0, 2)).Status);
    }

    [Fact]
    public void VfConfigBlock_WholeBlockWriteThenRead_Coherent()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.WriteVfConfigBlock(vf, 0, 10, 0xAB)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.WriteVfConfigBlock(vf, 5, 64, 0xAB)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.WriteVfConfigBlock(vf, 0, 64, 0xAB)).Status);
        var read = miniport.Request(NdisRequests.ReadVfConfigBlock(vf, 0, 10));
        Assert.Equal(NdisStatus.Success, read.Status);
        Assert.All(read.InformationBuffer.Skip(NdisSriovReadVfConfigBlockParameters.SizeBytes), b => Assert.Equal(0xAB, b));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.ReadVfConfigBlock(vf, 0, 65)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.ReadVfConfigBlock(vf, 0, 0)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.ReadVfConfigBlock(vf + 1, 0, 1)).Status);
    }

    [Fact]
    public void InvalidateConfigBlock_TwoPosts_MasksOred()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.InvalidParameter, miniport.InvalidateConfigBlock(vf, 0));
        Assert.Equal(NdisStatus.InvalidParameter, miniport.InvalidateConfigBlock(vf + 1, 1));
        Assert.Equal(NdisStatus.Success, miniport.InvalidateConfigBlock(vf, 1));
        Assert.Equal(NdisStatus.Success, miniport.InvalidateConfigBlock(vf, 2));
        Assert.Equal(3UL, miniport.Vfs[vf].PendingInvalidation);
    }
}
