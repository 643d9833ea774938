// Properties.Tests/Traces: tests of TracePrinter
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Traces;

public class TracePrinterTests
{
    internal static Trace Example => new(
        ModelConfig.Default,
        [
            new TraceStep(1, new Command.CreateSwitch(0, 3), Outcome.Ok, "+switch0 +vport0(pf)"),
            new TraceStep(2, new Command.VmConnect(2), Outcome.OkWith(new OutcomeData.FilterCreated(1)), "+filter1(vm2)@vport0"),
            new TraceStep(3, new Command.HostAttachVf(2), Outcome.OkWith(new OutcomeData.VfAttached(0, 0x01FC, 1)), "+vf0(vm2) +vport1(vf0) filter1:vport0->vport1 vf0:offered"),
            new TraceStep(4, new Command.GuestInitializeVf(2), Outcome.Ok, "vf0:initialized"),
            new TraceStep(5, new Command.GuestBindNetVsc(2), Outcome.Ok, "vf0:bound vm2:synthetic->vf"),
            new TraceStep(6, new Command.ReceiveFrame(0, 2, 0), Outcome.OkWith(new OutcomeData.Frame(FrameFate.DeliveredToVm, 2, DataPath.Vf, ""))),
            new TraceStep(7, new Command.FreeVf(0, 0), Outcome.Ok, "-vf0(vm2)")
            {
                Expected = Outcome.Refused(NdisStatus.FileNotFound, "VF 0 has VPort 1 attached"),
                Violations = [new InvariantViolation("INV-05", "VPort 1 is attached to VF 0, which is free")],
                StateDiff = ["- host0.vf0 owner=vm2 rid=0x01FC", "+ host0.vf0 owner=free rid=0x0000"],
            },
        ])
    {
        Seed = 0x1234ABCD,
        Defects = ["FreeVfWithVPort"],
        Title = "FREE_VF while a VPort is attached",
        Purpose = "defect 1 of the catalogue is caught at the FREE_VF step",
    };

    [Fact]
    public void Print_Example_StepLinesInColumns()
    {
        var lines = TracePrinter.Print(Example).Split('\n');

        Assert.Contains("0003 host HOST_ATTACH_VF vm=2 -> SUCCESS vf=0 rid=0x01FC vport=1 | +vf0(vm2) +vport1(vf0) filter1:vport0->vport1 vf0:offered", lines);
        Assert.Contains("0005 vm2  NETVSC_BIND vm=2 -> SUCCESS | vf0:bound vm2:synthetic->vf", lines);
        Assert.Contains("0006 wire FRAME_RECEIVE host=0 mac=2 vlan=0 -> SUCCESS fate=vm vm=2 path=vf", lines);
        Assert.Contains("0007 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> SUCCESS | -vf0(vm2)", lines);
        Assert.Contains("          expected: FILE_NOT_FOUND reason=\"VF 0 has VPort 1 attached\"", lines);
    }

    [Fact]
    public void Print_SameTrace_SameText()
    {
        Assert.Equal(TracePrinter.Print(Example), TracePrinter.Print(Example with { }));
        Assert.DoesNotContain('\r', TracePrinter.Print(Example));
    }

    [Fact]
    public void Print_Example_ParsesBack()
    {
        var result = TraceParser.Parse(TracePrinter.Print(Example));

        Assert.True(result.IsSuccess, result.ErrorText);
        Assert.Equal(Example, result.Trace);
    }

    [Fact]
    public void Print_ControlCharactersInFreeText_KeptOnOneLine()
    {
        var trace = Example with { Title = "a\nb", Steps = [new TraceStep(1, new Command.VmConnect(0), Outcome.Ok, "x\r\ny")] };

        var text = TracePrinter.Print(trace);

        Assert.Contains("title: a b\n", text, StringComparison.Ordinal);
        Assert.Contains("| x  y\n", text, StringComparison.Ordinal);
        Assert.Equal(text, TracePrinter.Print(TraceParser.Parse(text).Trace!));
    }
}
