// The HTML report: writes one self-contained page.
using System.Globalization;
using System.Text;

namespace SriovVerification.Cli.Report;

/// <summary>
/// Writes one self-contained HTML page (no network, no script: styles, diagrams and plots inline): the run's header,
/// the trace as a sequence diagram, the model's state machines with the run's coverage, the coverage tables and the plots.
/// The same data gives the same bytes.
/// </summary>
public static class ReportPage
{
    /// <summary>The page's file name inside the report directory.</summary>
    public const string FileName = "index.html";

    private const string Style = """
        body { font-family: sans-serif; margin: 1.5em; color: #222; }
        h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; } h3 { font-size: 1em; }
        table { border-collapse: collapse; font-size: 0.85em; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; }
        code, .mono { font-family: monospace; } .note { color: #666; font-size: 0.85em; }
        .verdict { font-weight: bold; } .verdict.fail { color: #b00; } .verdict.pass { color: #070; }
        .scroll { overflow-x: auto; border: 1px solid #ddd; }
        """;

    /// <summary>Writes the page into <paramref name="directory"/> (created when missing); returns its path.</summary>
    public static string Write(ReportData data, string directory, Func<string, string?>? renderDot = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(data, renderDot ?? MachineCoverageDiagram.RunGraphviz), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The page's HTML.</summary>
    public static string Render(ReportData data, Func<string, string?> renderDot)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(renderDot);
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Html.Escape(data.Title)).Append("</title>\n<style>")
            .Append(Style).Append("</style></head>\n<body>\n<h1>").Append(Html.Escape(data.Title)).Append("</h1>\n");
        var failed = data.Failed;
        b.Append("<p class=\"verdict ").Append(failed ? "fail" : "pass").Append("\">").Append(Html.Escape(data.Verdict)).Append("</p>\n");
        b.Append("<p>Replay: <code>").Append(Html.Escape(data.ReplayCommand)).Append("</code></p>\n");
        b.Append(Html.Table("header", ["", ""], data.Header.Select(h => (IReadOnlyList<string>)[h.Key, h.Value])));
        if (data.Trace is { } trace)
        {
            b.Append("<h2 id=\"sequence\">").Append(data.ViolatingStep is int n ? string.Create(CultureInfo.InvariantCulture, $"Counterexample: {trace.Steps.Length} steps, step {n} diverges") : string.Create(CultureInfo.InvariantCulture, $"Trace: {trace.Steps.Length} steps")).Append("</h2>\n");
            b.Append("<div class=\"scroll\">").Append(SequenceDiagram.Render(trace, data.ViolatingStep)).Append("</div>\n");
        }

        b.Append("<h2 id=\"machines\">State machines of the model</h2>\n");
        foreach (var (info, name) in MachineCoverageDiagram.Machines)
        {
            b.Append(MachineCoverageDiagram.Render(info, name, data.Coverage, renderDot));
        }

        if (data.Coverage is { } coverage)
        {
            b.Append("<h2 id=\"coverage\">Coverage</h2>\n<h3>Command kinds</h3>\n");
            b.Append(Html.Table("kinds", ["command", "generated", "accepted", "refused"],
                coverage.Kinds.Select(k => (IReadOnlyList<string>)[k.Kind, Count(k.Generated), Count(k.Accepted), Count(k.Refused)])));
            var missing = coverage.UnexercisedTransitions;
            b.Append(CultureInfo.InvariantCulture, $"<h3>Kernel transitions never taken ({missing.Count} of {coverage.TransitionCount})</h3>\n");
            b.Append(missing.Count == 0 ? "<p>none</p>\n" : "<ul>" + string.Concat(missing.Select(m => "<li class=\"mono\">" + Html.Escape(m) + "</li>")) + "</ul>\n");
        }

        if (data.SearchCommandKinds.Count > 0)
        {
            b.Append("<h2 id=\"kinds\">Command kinds</h2>\n");
            b.Append(Html.Table("kinds", ["command", "offered", "enabled", "taken"],
                data.SearchCommandKinds.Select(k => (IReadOnlyList<string>)[k.Kind, Count(k.Offered), Count(k.Enabled), Count(k.Taken)])));
        }

        if (data.InvariantPremises.Count > 0)
        {
            b.Append("<h2 id=\"premises\">Invariant premises</h2>\n");
            b.Append(Html.Table("premises", ["invariant", "premise", data.PremiseUnit + " where it holds"],
                data.InvariantPremises.Select(p => (IReadOnlyList<string>)[p.InvariantId, p.Premise, p.States == 0 ? "0 (never exercised)" : Count(p.States)])));
        }

        if (data.LossPerFailover.Count > 0)
        {
            b.Append("<h2 id=\"loss\">Frames lost per failover</h2>\n").Append(ReportPlots.LossPerFailover(data.LossPerFailover)).Append('\n');
        }

        if (data.StatesPerDepth.Count > 0)
        {
            b.Append("<h2 id=\"depth\">States per depth</h2>\n").Append(ReportPlots.StatesPerDepth(data.StatesPerDepth)).Append('\n');
        }

        return b.Append("</body></html>\n").ToString();
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
