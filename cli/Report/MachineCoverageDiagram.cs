// The HTML report: the model's state machines drawn with each transition's coverage.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SriovVerification.Model.Kernel;

namespace SriovVerification.Cli.Report;

/// <summary>
/// The model's state machines from their own table (<see cref="StateMachineInfo"/>, Stateless's <c>GetInfo()</c>), every
/// transition labelled and coloured by how often the run took it and the never-taken ones dashed red; drawn by Graphviz
/// (<c>dot -Tsvg</c>) when it is installed, else as a table with a note saying how to get the picture.
/// </summary>
public static class MachineCoverageDiagram
{
    /// <summary>The machines a report shows, with the name coverage counts them under (null: not counted).</summary>
    public static IReadOnlyList<(StateMachineInfo Info, string? CoverageName)> Machines =>
    [
        (ModelMachines.VfLifecycle.GetInfo(), "VfLifecycle"),
        (ModelMachines.NicSwitch.GetInfo(), "NicSwitch"),
        (ModelMachines.VmAttachment.GetInfo(), "VmAttachment"),
    ];

    /// <summary>The HTML of one machine: its picture, or its table when Graphviz is missing.</summary>
    public static string Render(StateMachineInfo info, string? coverageName, Coverage? coverage, Func<string, string?> renderDot)
    {
        var counted = coverage is not null && coverageName is not null;
        var rows = info.Transitions.Select(t => (Transition: t, Taken: counted ? coverage!.TimesTaken(coverageName!, t.Source, t.Trigger, t.Destination) : -1)).ToList();
        var b = new StringBuilder();
        b.Append("<h3>").Append(Html.Escape(info.Name)).Append("</h3>\n");
        if (!counted)
        {
            b.Append("<p class=\"note\">").Append(coverage is null ? "No randomized run: the diagram shows the table only." : "This machine's transitions are not counted by the run's coverage.").Append("</p>\n");
        }
        else
        {
            b.Append(CultureInfo.InvariantCulture, $"<p>{rows.Count(r => r.Taken > 0)} of {rows.Count} transitions taken.</p>\n");
        }

        var svg = renderDot(ToDot(info, rows));
        if (svg is not null)
        {
            b.Append("<div class=\"machine scroll\">").Append(StripProlog(svg)).Append("</div>\n");
        }
        else
        {
            b.Append("<p class=\"note\">Graphviz is not installed: the transitions as a table. For the picture: <code>apt-get install graphviz</code>.</p>\n");
            b.Append(Html.Table("transitions", ["source", "trigger", "destination", "guards", "taken"],
                rows.Select(r => (IReadOnlyList<string>)[r.Transition.Source, r.Transition.Trigger, r.Transition.Destination, string.Join("; ", r.Transition.GuardDescriptions), r.Taken < 0 ? "-" : r.Taken.ToString(CultureInfo.InvariantCulture)])));
        }

        return b.ToString();
    }

    /// <summary>Graphviz's SVG of <paramref name="dot"/>, or null when <c>dot</c> cannot be run.</summary>
    public static string? RunGraphviz(string dot)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dot", "-Tsvg")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            var svg = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? svg : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string ToDot(StateMachineInfo info, List<(TransitionInfo Transition, long Taken)> rows)
    {
        var b = new StringBuilder();
        b.Append("digraph \"").Append(info.Name).Append("\" {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=9];\n");
        var max = Math.Max(1, rows.Max(r => r.Taken));
        foreach (var (t, taken) in rows)
        {
            var label = taken < 0 ? t.Trigger : string.Create(CultureInfo.InvariantCulture, $"{t.Trigger} x{taken}");
            var style = taken switch
            {
                < 0 => "color=\"#555555\"",
                0 => "color=\"#cc0000\", fontcolor=\"#cc0000\", style=dashed",
                _ => string.Create(CultureInfo.InvariantCulture, $"color=\"#00{(int)(80 + (150.0 * taken / max)):X2}00\", penwidth={1 + (3.0 * taken / max):F1}"),
            };
            b.Append(CultureInfo.InvariantCulture, $"  \"{t.Source}\" -> \"{t.Destination}\" [label=\"{label}\", {style}];\n");
        }

        return b.Append("}\n").ToString();
    }

    private static string StripProlog(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start >= 0 ? svg[start..] : svg;
    }
}
