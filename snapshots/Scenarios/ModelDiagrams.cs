// The golden files: the model's state machines as Mermaid diagrams.
using SriovVerification.Model.Kernel;

namespace SriovVerification.Scenarios;

/// <summary>The model's Stateless machines as Mermaid diagrams (rendered from their <c>GetInfo()</c>), by stable kebab-case name.</summary>
public static class ModelDiagrams
{
    /// <summary>The VF lifecycle machine.</summary>
    public const string VfLifecycle = "vf-lifecycle";

    /// <summary>The NIC switch machine.</summary>
    public const string NicSwitch = "nic-switch";

    /// <summary>The VM attachment machine.</summary>
    public const string VmAttachment = "vm-attachment";

    /// <summary>The diagram names, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = [VfLifecycle, NicSwitch, VmAttachment];

    /// <summary>The Mermaid <c>stateDiagram-v2</c> text of the named machine.</summary>
    public static string Mermaid(string name) => name switch
    {
        VfLifecycle => StateDiagram.ToMermaid(ModelMachines.VfLifecycle.GetInfo()),
        NicSwitch => StateDiagram.ToMermaid(ModelMachines.NicSwitch.GetInfo()),
        VmAttachment => StateDiagram.ToMermaid(ModelMachines.VmAttachment.GetInfo()),
        _ => throw new ArgumentException($"no diagram named '{name}'; known: {string.Join(", ", Names)}", nameof(name)),
    };
}
