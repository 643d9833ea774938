// Tests of the state diagrams rendered from the machines' tables.
using SriovVerification.Model.Kernel;

namespace SriovVerification.Model.Tests.Kernel;

public sealed class StateDiagramTests
{
    public enum Demo { A, B }

    public enum Go { Go, Back, Poke }

    private static StateMachineInfo Info()
    {
        var machine = new ModelMachine<Demo, Go, bool>("Demo", Demo.A, c => c ? Demo.B : Demo.A, b =>
        {
            b.Machine.Configure(Demo.A).PermitIf(b.Trigger(Go.Go), Demo.B, b.When(new Guard<bool>(c => true, "ready", NdisStatus.Resources))).Ignore(Go.Poke);
            b.Machine.Configure(Demo.B).Permit(Go.Back, Demo.A).OnEntry(() => { }, "beep");
        });
        return machine.GetInfo();
    }

    [Fact]
    public void ToDot_Machine_RendersLabelsWithGuards()
    {
        Assert.Equal(
            "digraph \"Demo\" {\n  rankdir=LR;\n  node [shape=Mrecord];\n  \"A\" [label=\"A\\nignores Poke\"];\n  \"B\" [label=\"B\\nentry / beep\"];\n"
            + "  \"__initial\" [shape=point, label=\"\"];\n  \"__initial\" -> \"A\";\n  \"A\" -> \"B\" [label=\"Go [ready]\"];\n  \"B\" -> \"A\" [label=\"Back\"];\n}\n",
            StateDiagram.ToDot(Info()));
    }

    [Fact]
    public void ToMermaid_Machine_RendersStateDiagramV2()
    {
        Assert.Equal(
            "stateDiagram-v2\n    %% Demo\n    [*] --> A\n    A : ignores Poke\n    B : entry / beep\n    A --> B : Go [ready]\n    B --> A : Back\n",
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
