// Renders a machine's table as a Mermaid or Graphviz state diagram.
using System.Text;

namespace SriovVerification.Model.Kernel;

// Stays: Stateless's MermaidGraph writes no entry actions and draws ignored triggers as self-loops; the golden diagrams show both as notes.

/// <summary>Renders a <see cref="StateMachineInfo"/> as a Mermaid <c>stateDiagram-v2</c> or a Graphviz DOT graph.</summary>
public static class StateDiagram
{
    /// <summary>The label of a transition: the trigger, then each guard description in brackets.</summary>
    public static string Label(TransitionInfo transition)
    {
        var builder = new StringBuilder(transition.Trigger);
        foreach (var guard in transition.GuardDescriptions)
        {
            builder.Append(" [").Append(guard).Append(']');
        }

        return builder.ToString();
    }

    /// <summary>Mermaid <c>stateDiagram-v2</c> text (LF line endings).</summary>
    public static string ToMermaid(StateMachineInfo info)
    {
        var builder = new StringBuilder();
        builder.Append("stateDiagram-v2\n");
        builder.Append("    %% ").Append(info.Name).Append('\n');
        if (info.InitialState is not null)
        {
            builder.Append("    [*] --> ").Append(info.InitialState).Append('\n');
        }

        foreach (var state in info.States)
        {
            foreach (var entry in state.EntryActions)
            {
                builder.Append("    ").Append(state.Name).Append(" : entry / ").Append(MermaidText(entry)).Append('\n');
            }

            foreach (var trigger in state.IgnoredTriggers)
            {
                builder.Append("    ").Append(state.Name).Append(" : ignores ").Append(MermaidText(trigger)).Append('\n');
            }
        }

        foreach (var transition in info.Transitions)
        {
            builder.Append("    ").Append(transition.Source).Append(" --> ").Append(transition.Destination)
                .Append(" : ").Append(MermaidText(Label(transition))).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Graphviz DOT text (LF line endings).</summary>
    public static string ToDot(StateMachineInfo info)
    {
        var builder = new StringBuilder();
        builder.Append("digraph ").Append(Quote(info.Name)).Append(" {\n");
        builder.Append("  rankdir=LR;\n");
        builder.Append("  node [shape=Mrecord];\n");
        foreach (var state in info.States)
        {
            var label = new StringBuilder(state.Name);
            foreach (var entry in state.EntryActions)
            {
                label.Append("\\nentry / ").Append(EscapeDot(entry));
            }

            foreach (var trigger in state.IgnoredTriggers)
            {
                label.Append("\\nignores ").Append(EscapeDot(trigger));
            }

            builder.Append("  ").Append(Quote(state.Name)).Append(" [label=\"").Append(label).Append("\"];\n");
        }

        if (info.InitialState is not null)
        {
            builder.Append("  \"__initial\" [shape=point, label=\"\"];\n");
            builder.Append("  \"__initial\" -> ").Append(Quote(info.InitialState)).Append(";\n");
        }

        foreach (var transition in info.Transitions)
        {
            builder.Append("  ").Append(Quote(transition.Source)).Append(" -> ").Append(Quote(transition.Destination))
                .Append(" [label=").Append(Quote(Label(transition))).Append("];\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static string Quote(string text) => "\"" + EscapeDot(text) + "\"";

    private static string EscapeDot(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string MermaidText(string text) => text.Replace(":", "#58;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
