// Properties.Tests/Traces: tests of CommandText
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Traces;

public class CommandTextTests
{
    [Fact]
    public void OperationNames_EveryCommandCase_HasARow()
    {
        var cases = typeof(Command).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Command))).ToList();
        var covered = cases.Where(t => t != typeof(Command.Enumerate)).Count() + Enum.GetValues<EnumerationKind>().Length;

        Assert.Equal(covered, CommandText.OperationNames.Count);
        Assert.Equal(CommandText.OperationNames.Count, CommandText.OperationNames.Distinct().Count());
    }

    [Fact]
    public void ConfigHeader_EveryModelConfigProperty_Printed()
    {
        // The SR-IOV capability's table and registers are printed only when they differ from the default.
        var config = ModelConfig.Default with { VfRoutingTable = [new VfRouting(1, 4, 2), new VfRouting(3, 16, 4)], VfDeviceId = 0x1520, SystemPageSize = 0x2 };
        var text = TracePrinter.Print(new Trace(config, []));
        var settable = typeof(ModelConfig).GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name);

        Assert.All(settable, name => Assert.Contains("\nconfig: " + name + "=", text, StringComparison.Ordinal));
        Assert.Contains("\nconfig: VfRoutingTable=1:4:2,3:16:4\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VfRoutingTable", TracePrinter.Print(new Trace(ModelConfig.Default, [])), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigHeader_OptionalFields_RoundTrip()
    {
        var config = ModelConfig.Default with { VfRoutingTable = [new VfRouting(1, 4, 2), new VfRouting(3, 16, 4)], VfDeviceId = 0x1520, SystemPageSize = 0x2 };

        var parsed = TraceParser.Parse(TracePrinter.Print(new Trace(config, [])), "x.trace");

        Assert.True(parsed.IsSuccess, parsed.ErrorText);
        Assert.Equal(config, parsed.Trace!.Config);
    }

    [Theory]
    [InlineData("OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2", "pf")]
    [InlineData("OID_NIC_SWITCH_CREATE_VPORT host=0 function=pf queuepairs=1", "pf")]
    [InlineData("OID_SRIOV_WRITE_VF_CONFIG_SPACE host=0 vf=1 offset=0x0004 length=2 bufferoffset=0x0000 bufferlength=4 value=0x00000006", "pf")]
    [InlineData("HOST_ATTACH_VF vm=2", "host")]
    [InlineData("NETVSC_SWITCH_DATA_PATH vm=3 target=vf", "vm3")]
    [InlineData("FRAME_RECEIVE host=1 mac=4 vlan=0", "wire")]
    public void Format_ParsedText_SameTextAndActor(string text, string actor)
    {
        Assert.True(CommandText.TryParse(text, out var command, out var error), error);
        Assert.Equal(text, CommandText.Format(command));
        Assert.Equal(actor, CommandText.FormatActor(command));
    }

    [Fact]
    public void Format_DefaultArguments_Omitted()
    {
        Assert.Equal("OID_NIC_SWITCH_CREATE_SWITCH host=0 numvfs=3", CommandText.Format(new Command.CreateSwitch(0, 3)));
        Assert.Equal("OID_NIC_SWITCH_CREATE_SWITCH host=0 numvfs=3 switch=1 type=other", CommandText.Format(new Command.CreateSwitch(0, 3, 1, false)));
    }
}
