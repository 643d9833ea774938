// Properties.Tests/Conformance: the model's status codes against the adapter's, which NdisAbiTests holds to the public header
using SriovVerification.Harness.Conformance;
using ModelStatus = SriovVerification.Model.NdisStatus;
using WireStatus = SriovVerification.Implementation.Ndis.NdisStatus;

namespace SriovVerification.Properties.Tests.Conformance;

/// <summary>The model's status codes against the adapter's, which NdisAbiTests holds to the public header.</summary>
public sealed class NdisStatusCodeTests
{
    [Fact]
    public void Code_EveryModelStatus_EqualsTheAdapterWireValueItMapsFrom()
    {
        foreach (var wire in Enum.GetValues<WireStatus>())
        {
            var model = AdapterDriver.ToModel(wire);
            Assert.True(Model.NdisStatusNames.Code(model) == (uint)wire, $"{wire}: the adapter sends 0x{(uint)wire:X8}, the model's {model.ToString()} has 0x{Model.NdisStatusNames.Code(model):X8}");
        }

        Assert.Equal(Enum.GetValues<WireStatus>().Length, Enum.GetValues<ModelStatus>().Length);
    }

    [Theory]
    [InlineData("0xC0010014", ModelStatus.InvalidLength)]
    [InlineData("0xc001001b", ModelStatus.FileNotFound)]
    [InlineData("0x00000000", ModelStatus.Success)]
    [InlineData("NDIS_STATUS_RESOURCES", ModelStatus.Resources)]
    public void TryParse_CodeOrName_GivesTheStatus(string text, ModelStatus expected)
    {
        Assert.True(Model.NdisStatusNames.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("0xC0010015")]
    [InlineData("0xC001001")]
    [InlineData("C0010014")]
    public void TryParse_UnknownCode_Refused(string text)
    {
        Assert.False(Model.NdisStatusNames.TryParse(text, out _));
    }

    [Fact]
    public void Parse_StepWithStatusCode_ReadsItAsTheNamedStatus()
    {
        var header = TracePrinter.Print(new Trace(Model.ModelConfig.Default, []));
        var byName = TraceParser.Parse(header + "0001 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> FILE_NOT_FOUND\n");
        var byCode = TraceParser.Parse(header + "0001 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> 0xC001001B\n");

        Assert.True(byCode.IsSuccess, byCode.ErrorText);
        Assert.Equal(byName.Trace!.Steps, byCode.Trace!.Steps);
    }
}
