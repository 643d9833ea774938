// The graph verb: renders the model's state machines as DOT, SVG or Mermaid.
using System.CommandLine;
using System.Diagnostics;
using SriovVerification.Model.Kernel;
using Stateless.Graph;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>graph</c> verb: renders the model's Stateless machines (VF lifecycle, NIC switch, VM attachment) from their
/// <c>GetInfo()</c>: DOT (and SVG) through Stateless's <see cref="UmlDotGraph"/>; Mermaid through the project's
/// <see cref="StateDiagram"/>, because Stateless's <see cref="MermaidGraph"/> drops entry actions and draws ignored
/// triggers as self-loops, where the golden diagrams show "entry /" and "ignores" notes.
/// </summary>
public static class GraphCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: mermaid, dot or svg (svg needs Graphviz 'dot').",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot", "svg");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new System.CommandLine.Command("graph", "Render the VF lifecycle, NIC switch and VM attachment state machines the model runs.") { format, output };
        command.SetAction(parseResult => Run(parseResult.GetValue(format) ?? "mermaid", parseResult.GetValue(output)));
        return command;
    }

    /// <summary>The diagrams of every machine the model runs, in the given text format (mermaid or dot).</summary>
    public static string Render(string format)
    {
        if (format == "mermaid")
        {
            StateMachineInfo[] machines = [ModelMachines.VfLifecycle.GetInfo(), ModelMachines.NicSwitch.GetInfo(), ModelMachines.VmAttachment.GetInfo()];
            return string.Join("\n", machines.Select(StateDiagram.ToMermaid));
        }

        return string.Join(
            "\n",
            Dot(ModelMachines.VfLifecycle.Name, UmlDotGraph.Format(ModelMachines.VfLifecycle.StatelessMachine.GetInfo())),
            Dot(ModelMachines.NicSwitch.Name, UmlDotGraph.Format(ModelMachines.NicSwitch.StatelessMachine.GetInfo())),
            Dot(ModelMachines.VmAttachment.Name, UmlDotGraph.Format(ModelMachines.VmAttachment.StatelessMachine.GetInfo())));
    }

    /// <summary>Stateless's DOT text with the machine's name as the graph id, LF line endings, closed by "}\n".</summary>
    private static string Dot(string name, string dot)
    {
        var text = dot.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        const string Open = "digraph {";
        if (text.StartsWith(Open, StringComparison.Ordinal))
        {
            text = "digraph \"" + name + "\" {" + text[Open.Length..];
        }

        return text + "\n";
    }

    private static int Run(string format, FileInfo? output)
    {
        string text;
        if (format == "svg")
        {
            var svg = RenderSvg(Render("dot"));
            if (svg is null)
            {
                Console.Error.WriteLine("error: Graphviz 'dot' is not installed; install it with 'apt-get install graphviz', or use --format dot or mermaid.");
                return ExitCodes.UsageError;
            }

            text = svg;
        }
        else
        {
            text = Render(format);
        }

        if (output is null)
        {
            Console.Out.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output.FullName, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {output.FullName}: {exception.Message}");
            return ExitCodes.UsageError;
        }

        return ExitCodes.Success;
    }

    private static string? RenderSvg(string dot)
    {
        var svgs = new List<string>();
        foreach (var graph in dot.Split("}\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var svg = RunDot(graph + "}\n");
            if (svg is null)
            {
                return null;
            }

            svgs.Add(svg);
        }

        return string.Join("\n", svgs);
    }

    private static string? RunDot(string graph)
    {
        try
        {
            var start = new ProcessStartInfo("dot", "-Tsvg")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Write(graph);
            process.StandardInput.Close();
            var svg = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? svg : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
