// Tests of the emulated adapter: the edges of the OIDs' parameter checks.

namespace SriovVerification.Implementation.Tests;

/// <content>The edges of the OIDs' parameter checks: one past and exactly at every limit.</content>
public partial class PfMiniportTests
{
    private const int ReadBlockHeader = NdisSriovReadVfConfigBlockParameters.SizeBytes;
    private const int WriteBlockHeader = NdisSriovWriteVfConfigBlockParameters.SizeBytes;

    private static OidRequest ReadBlock(int vf, int blockId, int length, int bufferOffset, int bufferLength) =>
        new(Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK, NdisRequestType.Method,
            NdisRequests.Build(Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK, NdisRequestType.Method,
                new NdisSriovReadVfConfigBlockParameters((ushort)vf, (uint)blockId, unchecked((uint)length), unchecked((uint)bufferOffset)), 64).InformationBuffer,
            bufferLength);

    private static OidRequest WriteBlock(int vf, int blockId, int length, int bufferOffset, int bufferLength, byte fill)
    {
        var request = NdisRequests.Build(Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK, NdisRequestType.SetInformation,
            new NdisSriovWriteVfConfigBlockParameters((ushort)vf, (uint)blockId, unchecked((uint)length), unchecked((uint)bufferOffset)), 80);
        request.InformationBuffer.AsSpan(WriteBlockHeader).Fill(fill);
        return new OidRequest(request.Oid, request.RequestType, request.InformationBuffer, bufferLength);
    }

    [Fact]
    public void ReadVfConfigBlock_BufferOffsetAndLengthAtTheirLimits_AcceptedOneBeyondRefused()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.WriteVfConfigBlock(vf, 1, 16, 0x5A)).Status);

        // Data right after the header, exactly filling the valid buffer.
        var exact = miniport.Request(ReadBlock(vf, 1, 16, ReadBlockHeader, ReadBlockHeader + 16));
        Assert.Equal(NdisStatus.Success, exact.Status);
        Assert.Equal(ReadBlockHeader + 16, exact.BytesWritten);
        Assert.All(exact.InformationBuffer.AsSpan(ReadBlockHeader, 16).ToArray(), b => Assert.Equal(0x5A, b));
        Assert.Equal(0, exact.InformationBuffer[ReadBlockHeader + 16]);

        // Data overlapping the header.
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(ReadBlock(vf, 1, 16, ReadBlockHeader - 1, ReadBlockHeader + 32)).Status);

        // One byte short: INVALID_LENGTH with the bytes needed.
        var shortBuffer = miniport.Request(ReadBlock(vf, 1, 16, ReadBlockHeader + 3, ReadBlockHeader + 18));
        Assert.Equal(NdisStatus.InvalidLength, shortBuffer.Status);
        Assert.Equal(ReadBlockHeader + 19, shortBuffer.BytesNeeded);
        Assert.Equal(0, shortBuffer.BytesWritten);

        // A shifted buffer offset: the data lands there and BytesWritten counts up to its end.
        var shifted = miniport.Request(ReadBlock(vf, 1, 5, ReadBlockHeader + 3, ReadBlockHeader + 8));
        Assert.Equal(NdisStatus.Success, shifted.Status);
        Assert.Equal(ReadBlockHeader + 8, shifted.BytesWritten);
        Assert.Equal(0, shifted.InformationBuffer[ReadBlockHeader + 2]);
        Assert.All(shifted.InformationBuffer.AsSpan(ReadBlockHeader + 3, 5).ToArray(), b => Assert.Equal(0x5A, b));
        Assert.Equal(0, shifted.InformationBuffer[ReadBlockHeader + 8]);

        // Block 1 is 16 bytes: 16 is the largest read, 17 is refused, and so is an unknown block.
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(ReadBlock(vf, 1, 17, ReadBlockHeader, ReadBlockHeader + 17)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(ReadBlock(vf, 2, 1, ReadBlockHeader, ReadBlockHeader + 1)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(ReadBlock(vf, 1, 1, ReadBlockHeader, ReadBlockHeader + 1)).Status);
    }

    [Fact]
    public void WriteVfConfigBlock_BufferOffsetAndLengthAtTheirLimits_AcceptedOneBeyondRefused()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");

        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(WriteBlock(vf, 1, 16, WriteBlockHeader - 1, WriteBlockHeader + 32, 0x11)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(WriteBlock(vf, 1, 15, WriteBlockHeader, WriteBlockHeader + 32, 0x11)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(WriteBlock(vf, 2, 16, WriteBlockHeader, WriteBlockHeader + 32, 0x11)).Status);

        var shortBuffer = miniport.Request(WriteBlock(vf, 1, 16, WriteBlockHeader + 2, WriteBlockHeader + 17, 0x22));
        Assert.Equal(NdisStatus.InvalidLength, shortBuffer.Status);
        Assert.Equal(WriteBlockHeader + 18, shortBuffer.BytesNeeded);
        Assert.Equal(NdisStatus.Success, miniport.Request(ReadBlock(vf, 1, 16, ReadBlockHeader, ReadBlockHeader + 16)).Status);
        Assert.DoesNotContain(miniport.Vfs[vf].ConfigBlocks[1], b => b == 0x22);

        // Exactly enough buffer, with the data two bytes after the header.
        var request = WriteBlock(vf, 1, 16, WriteBlockHeader + 2, WriteBlockHeader + 18, 0x33);
        request.InformationBuffer[WriteBlockHeader] = 0x77;
        request.InformationBuffer[WriteBlockHeader + 1] = 0x77;
        var exact = miniport.Request(request);
        Assert.Equal(NdisStatus.Success, exact.Status);
        Assert.Equal(0, exact.BytesWritten);
        Assert.All(miniport.Vfs[vf].ConfigBlocks[1], b => Assert.Equal(0x33, b));
        Assert.All(miniport.Vfs[vf].ConfigBlocks[0], b => Assert.Equal(0, b));
    }

    [Fact]
    public void VfConfigSpace_AccessEndingAtTheLastByte_AcceptedOneBeyondRefused()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");

        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(false, vf, 4092, 4, 0, 4)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(false, vf, 4093, 4, 0, 4)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(true, vf, 4092, 4, 0, 4)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(true, vf, 4093, 4, 0, 4)).Status);

        // The data must fit in the valid buffer: exactly fitting is accepted, one byte short refused.
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0, 4, 2, 6)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0, 4, 2, 5)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0, 1, 0, 1)).Status);
    }

    [Fact]
    public void VfConfigSpace_ReadAtABufferOffset_DataThereAndBytesWrittenToItsEnd()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        var result = miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0x70, 4, 3, 8));
        Assert.Equal(NdisStatus.Success, result.Status);
        const int header = NdisSriovReadVfConfigSpaceParameters.SizeBytes;
        Assert.Equal(header + 7, result.BytesWritten);
        Assert.Equal(new byte[] { 0, 0, 0, 0x11, 0x00, 0x03, 0x00, 0 }, result.InformationBuffer.AsSpan(header, 8).ToArray());
    }

    [Fact]
    public void VfConfigSpace_SecondVf_ReadsAndWritesItsOwnSpace()
    {
        var miniport = WithSwitch();
        var first = Allocate(miniport, "VM-0");
        var second = Allocate(miniport, "VM-1");
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(true, second, 0x04, 2, 0, 2, 0x0006)).Status);
        uint Read(int vf)
        {
            var r = miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0x04, 2, 0, 2));
            Assert.Equal(NdisStatus.Success, r.Status);
            return (uint)(r.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes] | (r.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes + 1] << 8));
        }

        Assert.Equal(0x0004u, Read(second));
        Assert.Equal(0x0000u, Read(first));
    }

    [Fact]
    public void CreateSwitch_NumVfsEqualToTotalVfs_AcceptedOneMoreRefused()
    {
        var refused = NewMiniport(new AdapterOptions { TotalVfs = 4 });
        Assert.Equal(NdisStatus.InvalidParameter, refused.Request(NdisRequests.CreateSwitch(5)).Status);
        Assert.Equal(NdisStatus.InvalidParameter, refused.Request(NdisRequests.CreateSwitch(0)).Status);

        var accepted = NewMiniport(new AdapterOptions { TotalVfs = 4 });
        var result = accepted.Request(NdisRequests.CreateSwitch(4));
        Assert.Equal(NdisStatus.Success, result.Status);
        Assert.Equal(NdisNicSwitchParameters.SizeBytes, result.BytesWritten);
        Assert.Equal(4, accepted.Vfs.Count);
    }

    [Fact]
    public void CreateSwitch_DefaultVPortQueuePairsAgainstTheMaximum_EqualAcceptedMoreRefused()
    {
        Assert.Equal(NdisStatus.Success,
            NewMiniport(new AdapterOptions { MaxNumQueuePairs = 3, DefaultVPortQueuePairs = 3 }).Request(NdisRequests.CreateSwitch(2)).Status);
        Assert.Equal(NdisStatus.InvalidParameter,
            NewMiniport(new AdapterOptions { MaxNumQueuePairs = 3, DefaultVPortQueuePairs = 4 }).Request(NdisRequests.CreateSwitch(2)).Status);
    }

    [Fact]
    public void SetVfPowerState_D3ThenD0_ReadBack()
    {
        var miniport = WithSwitch();
        var vf = Allocate(miniport, "VM-0");
        Assert.False(miniport.Vfs[vf].PowerD3);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetVfPowerState(vf, true)).Status);
        Assert.True(miniport.Vfs[vf].PowerD3);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetVfPowerState(vf, false)).Status);
        Assert.False(miniport.Vfs[vf].PowerD3);
        Assert.Equal(NdisStatus.InvalidParameter, miniport.Request(NdisRequests.SetVfPowerState(vf + 1, true)).Status);
    }
}
