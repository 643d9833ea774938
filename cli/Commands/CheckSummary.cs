// The check verb's summary of a randomized run: totals, depth, per-kind coverage, unexercised transitions.
using System.Globalization;
using Spectre.Console;

namespace SriovVerification.Cli.Commands;

/// <summary>The summary of a randomized run: totals, depth, per-kind coverage and the kernel transitions never exercised.</summary>
internal static class CheckSummary
{
    private const int ConsoleWidthChars = 120;

    public static void Write(TextWriter writer, ConformanceRunOptions options, ConformanceRunReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = ConsoleWidthChars;

        var totals = new Table().Title("randomized conformance").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        totals.AddRow("sequences", Text(report.Sequences));
        totals.AddRow("steps checked", Text(report.Steps));
        totals.AddRow("max VFs attached at once", Text(report.MaxVfsAttached));
        totals.AddRow("max VMs on the VF path at once", Text(report.MaxVmsOnVfPath));
        totals.AddRow("defects", options.Defects.Count == 0 ? "none" : Markup.Escape(string.Join(" ", options.Defects)));
        totals.AddRow("verdict", report.Counterexample is null ? "no violation" : Markup.Escape("violation: " + report.Counterexample.CaughtBy));
        console.Write(totals);

        var kinds = new Table().Title("coverage by command kind").AddColumn("kind")
            .AddColumn(new TableColumn("generated").RightAligned()).AddColumn(new TableColumn("accepted").RightAligned()).AddColumn(new TableColumn("refused").RightAligned());
        foreach (var row in report.Coverage.Kinds)
        {
            kinds.AddRow(row.Kind, Text(row.Generated), Text(row.Accepted), Text(row.Refused));
        }

        console.Write(kinds);
        var missing = report.Coverage.UnexercisedTransitions;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kernel transitions exercised: {report.Coverage.TransitionCount - missing.Count} of {report.Coverage.TransitionCount}"));
        foreach (var transition in missing)
        {
            writer.WriteLine("  never exercised: " + transition);
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
