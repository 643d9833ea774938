// The HTML report: a trace as an SVG sequence diagram.
using System.Globalization;
using System.Text;

namespace SriovVerification.Cli.Report;

/// <summary>
/// A trace as an SVG sequence diagram written by the project: lifelines for the wire, the PF miniport / NIC switch,
/// the host stack and each VM's guest; one arrow per step (<c>class="step"</c>) with its OID or event and status; the
/// step's changes as a note; the violating step in red (<c>class="step violating"</c>) with its invariants, the
/// expected and the actual outcome and the field-level diff.
/// </summary>
internal static class SequenceDiagram
{
    private const int LaneWidth = 190;
    private const int Top = 50;
    private const int RowHeight = 34;
    private const int NoteLineHeight = 14;

    public static string Render(Trace trace, int? violatingStep)
    {
        var lanes = new List<string> { "wire", "PF miniport / NIC switch", "host stack" };
        for (var v = 0; v < trace.Config.VmCount; v++)
        {
            lanes.Add(string.Create(CultureInfo.InvariantCulture, $"VM {v} guest"));
        }

        var rows = trace.Steps.Select(s => (Step: s, Extra: ExtraLines(s, violatingStep))).ToList();
        var height = Top + 30 + rows.Sum(r => RowHeight + (r.Extra.Count * NoteLineHeight)) + 20;
        var width = (lanes.Count * LaneWidth) + 360;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sequence\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"monospace\" font-size=\"11\">\n");
        for (var i = 0; i < lanes.Count; i++)
        {
            var x = X(i);
            b.Append(CultureInfo.InvariantCulture, $"<g class=\"lifeline\"><rect x=\"{x - 85}\" y=\"10\" width=\"170\" height=\"24\" rx=\"4\" fill=\"#eef\" stroke=\"#668\"/><text x=\"{x}\" y=\"26\" text-anchor=\"middle\">{Html.Escape(lanes[i])}</text>");
            b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"34\" x2=\"{x}\" y2=\"{height - 10}\" stroke=\"#aab\" stroke-dasharray=\"4 3\"/></g>\n");
        }

        var y = Top + 20;
        foreach (var (step, extra) in rows)
        {
            var (from, to) = Lanes(step.Command);
            var violating = step.Number == violatingStep;
            var color = violating ? "#c00" : step.Outcome.Status == NdisStatus.Success ? "#224" : "#a60";
            var label = CommandText.Format(step.Command);
            label = (label.Length > 64 ? label[..61] + "..." : label) + " -> " + step.Outcome.Status.ToNdisName();
            b.Append(CultureInfo.InvariantCulture, $"<g class=\"step{(violating ? " violating" : "")}\" id=\"step-{step.Number:D4}\" data-step=\"{step.Number}\">");
            if (violating)
            {
                b.Append(CultureInfo.InvariantCulture, $"<rect x=\"2\" y=\"{y - 16}\" width=\"{width - 4}\" height=\"{RowHeight + (extra.Count * NoteLineHeight)}\" fill=\"#fdd\"/>");
            }

            b.Append(CultureInfo.InvariantCulture, $"<text x=\"6\" y=\"{y + 4}\" fill=\"#666\">{step.Number:D4}</text>");
            if (from == to)
            {
                var x = X(from);
                b.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x} {y} h40 v10 h-36\" fill=\"none\" stroke=\"{color}\" marker-end=\"url(#head)\"/>");
            }
            else
            {
                b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(from)}\" y1=\"{y + 6}\" x2=\"{X(to)}\" y2=\"{y + 6}\" stroke=\"{color}\" stroke-width=\"{(violating ? 2 : 1)}\" marker-end=\"url(#head)\"/>");
            }

            var labelX = Math.Min(X(from), X(to)) + 8;
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{y}\" fill=\"{color}\">{Html.Escape(label)}</text>");
            var noteY = y + 20;
            foreach (var line in extra)
            {
                b.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{noteY}\" class=\"note\" fill=\"{(violating ? "#900" : "#575")}\">{Html.Escape(line)}</text>");
                noteY += NoteLineHeight;
            }

            b.Append("</g>\n");
            y += RowHeight + (extra.Count * NoteLineHeight);
        }

        b.Append("<defs><marker id=\"head\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#224\"/></marker></defs>\n");
        return b.Append("</svg>\n").ToString();
    }

    private static int X(int lane) => 300 + (lane * LaneWidth);

    /// <summary>The note lines under a step: its changes, and for the violating one its invariants, expected and diff.</summary>
    private static List<string> ExtraLines(TraceStep step, int? violatingStep)
    {
        var lines = new List<string>();
        if (step.Changes.Length > 0)
        {
            lines.Add("| " + step.Changes);
        }

        if (step.Number == violatingStep || step.Violations.Length > 0 || step.Expected is not null)
        {
            lines.AddRange(step.Violations.Select(v => $"violated {v.InvariantId}: {v.Message}"));
            if (step.Expected is { } expected)
            {
                lines.Add($"expected {OutcomeText.Format(expected)}; actual {OutcomeText.Format(step.Outcome)}");
            }

            lines.AddRange(step.StateDiff.Select(d => "diff " + d));
        }

        return lines;
    }

    /// <summary>The lifelines a step's arrow joins: who issues it, and who answers.</summary>
    private static (int From, int To) Lanes(Command command)
    {
        const int wire = 0, pf = 1, host = 2;
        var actor = CommandText.FormatActor(command);
        var vm = command.GetType().GetProperty("Vm")?.GetValue(command) is int v ? v : -1;
        return actor switch
        {
            "pf" => (host, pf),
            "wire" => (wire, pf),
            "host" => vm >= 0 ? (host, host + 1 + vm) : (host, pf),
            _ when CommandDescriptors.Of(command).Traits.HasFlag(CommandTraits.SentByGuest) && vm >= 0 => (host + 1 + vm, pf),
            _ => vm >= 0 ? (host + 1 + vm, host) : (host, host),
        };
    }
}
