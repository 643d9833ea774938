// Properties.Tests/Conformance: tests of ConformanceSession
using SriovVerification.Harness.Conformance;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Switch;
using SriovVerification.Model;
using Command = SriovVerification.Model.Command;

namespace SriovVerification.Properties.Tests.Conformance;

public sealed class ConformanceSessionTests
{
    public static TheoryData<string> SequenceNames()
    {
        var names = new TheoryData<string>();
        foreach (var sequence in DocumentedSequences.All)
        {
            names.Add(sequence.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(SequenceNames))]
    public void Step_DocumentedSequenceWithoutDefect_AgreesAtEveryStep(string name)
    {
        var sequence = DocumentedSequences.All.Single(s => s.Name == name);
        var session = new ConformanceSession(sequence.Config);
        Assert.True(session.InitialDiff.Length == 0, $"documented sequence {name}: initial states differ:\n{string.Join("\n", session.InitialDiff)}");
        foreach (var step in sequence.Steps)
        {
            var result = session.Step(step.Command);
            Assert.False(result.Diverged, $"documented sequence {name}, step {result.Number}:\n{TracePrinter.PrintStep(result.ToTraceStep())}");
        }
    }

    [Fact]
    public void Step_FreeVfWithVPortDefect_DivergesAtFreeVf()
    {
        var session = new ConformanceSession(ModelConfig.Default, [DefectCatalog.FreeVfWithVPort]);
        Command[] commands =
        [
            new Command.CreateSwitch(0, 3),
            new Command.AllocateVf(0, 0),
            new Command.CreateVPort(0, 0, 1),
            new Command.FreeVf(0, 0),
        ];
        StepResult? last = null;
        foreach (var command in commands)
        {
            last = session.Step(command);
            if (command is not Command.FreeVf)
            {
                Assert.False(last.Diverged, $"defect {DefectCatalog.FreeVfWithVPort}, step {last.Number}:\n{TracePrinter.PrintStep(last.ToTraceStep())}");
            }
        }

        Assert.NotNull(last);
        Assert.True(last.Diverged, $"defect {DefectCatalog.FreeVfWithVPort}: FREE_VF with a VPort was not caught");
        Assert.True(last.StatusMismatch);
    }

    [Fact]
    public void ToTraceStep_AgreeingStep_OmitsExpected()
    {
        var session = new ConformanceSession(ModelConfig.Default);
        var result = session.Step(new Command.CreateSwitch(0, 3));
        var line = TracePrinter.PrintStep(result.ToTraceStep());
        Assert.False(result.Diverged, line);
        Assert.Null(result.ToTraceStep().Expected);
        Assert.Contains("+switch0", result.Changes, StringComparison.Ordinal);
        Assert.Contains("+vport0(pf)", result.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public void Abstraction_Read_DoesNotChangeTheAdapter()
    {
        var session = new ConformanceSession(ModelConfig.Default);
        session.Step(new Command.CreateSwitch(0, 3));
        session.Step(new Command.VmConnect(1));
        session.Step(new Command.HostAttachVf(1));
        var first = Abstraction.Read(session.Adapter, session.Config);
        var second = Abstraction.Read(session.Adapter, session.Config);
        Assert.Equal(first, second);
        Assert.Equal(session.AdapterState, first);
    }
}
