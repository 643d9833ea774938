// Tests of the emulated adapter: the miniport's behaviour on the paths only a catalogue defect opens.

namespace SriovVerification.Implementation.Tests;

/// <content>The miniport's behaviour on the paths only a catalogue defect opens.</content>
public partial class PfMiniportTests
{
    private static PfMiniport WithSwitchAndDefect(string defect)
    {
        var miniport = NewMiniport(new AdapterOptions { Defects = new HashSet<string>([defect], StringComparer.Ordinal) });
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateSwitch(3)).Status);
        return miniport;
    }

    [Fact]
    public void ConfigSpaceNoBoundsCheck_ReadPastTheBuffer_CopiesWhatFitsAndCountsIt()
    {
        var miniport = WithSwitchAndDefect(DefectCatalog.ConfigSpaceNoBoundsCheck);
        var vf = Allocate(miniport, "VM-0");
        const int header = NdisSriovReadVfConfigSpaceParameters.SizeBytes;

        // Four bytes asked at buffer offset 1 of a 3-byte buffer: two bytes copied, BytesWritten up to the array's end.
        var result = miniport.Request(NdisRequests.VfConfigSpace(false, vf, 0x70, 4, 1, 3));
        Assert.Equal(NdisStatus.Success, result.Status);
        Assert.Equal(header + 3, result.BytesWritten);
        Assert.Equal(new byte[] { 0, 0x11, 0x00 }, result.InformationBuffer.AsSpan(header, 3).ToArray());
    }

    [Fact]
    public void ConfigSpaceNoBoundsCheck_WritePastTheBuffer_MissingBytesWrittenAsZero()
    {
        var miniport = WithSwitchAndDefect(DefectCatalog.ConfigSpaceNoBoundsCheck);
        var vf = Allocate(miniport, "VM-0");
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(true, vf, 0x04, 2, 0, 2, 0xFFFF)).Status);
        Assert.Equal(0x0004, miniport.Vfs[vf].CommandRegister);

        // Two bytes at buffer offset 1 of a 1-byte buffer: both lie past the array and are written as zero.
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.VfConfigSpace(true, vf, 0x04, 2, 1, 1, 0xFFFF)).Status);
        Assert.Equal(0, miniport.Vfs[vf].CommandRegister);
    }

    [Fact]
    public void MoveFilterClearThenSet_SeededHardware_FirstMoveKeepsTheFilterSecondLosesIt()
    {
        var miniport = WithSwitchAndDefect(DefectCatalog.MoveFilterClearThenSet);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1)).Status);
        Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.SetFilter(0, FilterMac, 0)).Status);
        var kept = 0;
        for (var source = 0; kept < 64 && miniport.Filters.Count == 1; source = 1 - source)
        {
            Assert.Equal(NdisStatus.Success, miniport.Request(NdisRequests.MoveFilter(1, source, 1 - source)).Status);
            if (miniport.Filters.Count == 1)
            {
                Assert.Equal(1 - source, miniport.Filters[0].VPortId);
                kept++;
            }
        }

        // With seed 7 the hardware's first write succeeds and its second is the busy one: one move kept the filter.
        Assert.Equal(1, kept);
        Assert.Empty(miniport.Filters);
    }
}
