using SriovVerification.Model.Kernel;

namespace SriovVerification.Model.Tests.Kernel;

public sealed class StateDiagramTests
{
    private static StateMachineInfo Info()
    {
        var machine = new StateMachine<string, string, bool>(c => c ? "B" : "A", "A", "Demo");
        machine.Configure("A").PermitIf("go", "B", c => true, "ready").Ignore("poke");
        machine.Configure("B").Permit("back", "A").OnEntry("beep");
        return machine.GetInfo();
    }

    [Fact]
    public void ToDot_Machine_RendersLabelsWithGuards()
    {
        Assert.Equal(
            "digraph \"Demo\" {\n  rankdir=LR;\n  node [shape=Mrecord];\n  \"A\" [label=\"A\\nignores poke\"];\n  \"B\" [label=\"B\\nentry / beep\"];\n"
            + "  \"__initial\" [shape=point, label=\"\"];\n  \"__initial\" -> \"A\";\n  \"A\" -> \"B\" [label=\"go [ready]\"];\n  \"B\" -> \"A\" [label=\"back\"];\n}\n",
            StateDiagram.ToDot(Info()));
    }

    [Fact]
    public void ToMermaid_Machine_RendersStateDiagramV2()
    {
        Assert.Equal(
            "stateDiagram-v2\n    %% Demo\n    [*] --> A\n    A : ignores poke\n    B : entry / beep\n    A --> B : go [ready]\n    B --> A : back\n",
            StateDiagram.ToMermaid(Info()));
    }

    [Fact]
    public void ToDot_VfLifecycle_ShowsGuardDescriptions()
    {
        var dot = StateDiagram.ToDot(ModelMachines.VfLifecycle.GetInfo());
        Assert.Contains("\"Bound\" -> \"Paused\" [label=\"Pause [removal pending] [data path Synthetic]\"];", dot, StringComparison.Ordinal);
        Assert.Contains("\"Allocated\" -> \"Free\" [label=\"Free\"];", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_NicSwitch_ShowsBothTransitions()
    {
        var mermaid = StateDiagram.ToMermaid(ModelMachines.NicSwitch.GetInfo());
        Assert.Contains("NoSwitch --> SwitchCreated : CreateSwitch [SwitchId = 0 and type External] [0 < NumVFs <= TotalVFs]", mermaid, StringComparison.Ordinal);
        Assert.Contains("SwitchCreated --> NoSwitch : DeleteSwitch [SwitchId matches] [no VF allocated] [no nondefault VPort] [no filter]", mermaid, StringComparison.Ordinal);
    }
}
