// Harness/Concurrency/TraceFiles: a non-linearizable concurrent run as a version-2 trace file (kind
using System.Globalization;
using System.Text;
using SriovVerification.Harness.Concurrency;
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency.TraceFiles;

/// <summary>
/// A non-linearizable concurrent run as a version-2 trace file (<c>kind: linearizability</c>): the program (configuration,
/// set-up and each caller's commands), the seed, the defects, the schedule as decisions, and what it recorded (every
/// scheduler step, the history with invocation and response times, the verdict). <c>replay</c> re-runs the program
/// following the decisions and checks linearizability again.
/// </summary>
public static class LinearizabilityTraceFile
{
    /// <summary>The file's text.</summary>
    public static string Print(LinearizabilityReport report, IReadOnlyList<string> defects, string title, string purpose)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(defects);
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        Line($"{TracePrinter.FormatTag} {InterleavingTrace.Version}");
        Line("kind: linearizability");
        Line("title: " + title.Replace('\n', ' '));
        Line("purpose: " + purpose.Replace('\n', ' '));
        Line("seed: " + SeedText.Format(report.Seed));
        Line("defects:" + string.Concat(defects.Select(d => " " + d)));
        foreach (var config in TracePrinter.ConfigLines(report.Program.Config))
        {
            Line(config);
        }

        foreach (var command in report.Program.Setup)
        {
            Line("setup: " + CommandText.Format(command));
        }

        for (var c = 0; c < report.Program.Callers.Count; c++)
        {
            foreach (var command in report.Program.Callers[c])
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"caller{c}: {CommandText.Format(command)}"));
            }
        }

        Line("verdict: " + (report.Result.Violated ? "not linearizable" : "linearizable"));
        Line("");
        Line("decisions:");
        foreach (var d in report.Decisions)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{d.Step:D4} {d.Actor}"));
        }

        Line("");
        Line("history:");
        foreach (var line in History(report))
        {
            Line(line);
        }

        return b.ToString();
    }

    /// <summary>The history, one line per operation in invocation order.</summary>
    public static IEnumerable<string> History(LinearizabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.History.OrderBy(o => o.Invoked).Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{o.Caller} [{o.Invoked}, {o.Responded}] {CommandText.Format(o.Command)} -> {o.Result.Status.ToNdisName()}"));
    }

    /// <summary>Whether <paramref name="text"/> is a linearizability trace.</summary>
    public static bool IsLinearizability(string text) =>
        InterleavingTraceParser.IsVersion2(text) && text.Split('\n').Any(l => l.TrimEnd('\r') == "kind: linearizability");

    /// <summary>Parses the file: the program, the seed, the defects, the decisions and the recorded history; or the errors.</summary>
    public static (ConcurrentProgram? Program, ulong Seed, IReadOnlyList<string> Defects, IReadOnlyList<ScheduleDecision> Decisions, IReadOnlyList<string> History, IReadOnlyList<string> Errors) Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        var configLines = new List<string>();
        var setup = new List<Command>();
        var callers = new SortedDictionary<int, List<Command>>();
        var decisions = new List<ScheduleDecision>();
        var history = new List<string>();
        ulong seed = 0;
        IReadOnlyList<string> defects = [];
        var section = "";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"{fileName}:{i + 1}:1");
            if (IsHeaderLine(line))
            {
                continue;
            }

            if (line is "decisions:" or "history:")
            {
                section = line;
                continue;
            }

            if (section == "history:")
            {
                history.Add(line);
            }
            else if (section == "decisions:")
            {
                ReadDecision(line, where, decisions, errors);
            }
            else if (line.StartsWith("seed: ", StringComparison.Ordinal))
            {
                if (!SeedText.TryParse(line[6..].Trim(), out seed))
                {
                    errors.Add($"{where}: expected 'seed: 0x…', found '{line}'");
                }
            }
            else if (line.StartsWith("defects:", StringComparison.Ordinal))
            {
                defects = line[8..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            else if (line.StartsWith("config: ", StringComparison.Ordinal))
            {
                configLines.Add(line);
            }
            else if (ReadCommand(line, where, errors) is var (caller, command) && command is not null)
            {
                if (caller < 0)
                {
                    setup.Add(command);
                }
                else
                {
                    (callers.TryGetValue(caller, out var list) ? list : callers[caller] = []).Add(command);
                }
            }
        }

        var program = ReadProgram(configLines, setup, callers, fileName, errors);
        return (program, seed, defects, decisions, history, errors);
    }

    /// <summary>The program of the configuration lines, the setup and the callers' commands; null when anything read had errors.</summary>
    private static ConcurrentProgram? ReadProgram(List<string> configLines, List<Command> setup, SortedDictionary<int, List<Command>> callers, string fileName, List<string> errors)
    {
        var config = TraceParser.Parse($"{TracePrinter.FormatTag} {Trace.CurrentFormatVersion}\n" + string.Join("\n", configLines) + "\n", fileName);
        if (!config.IsSuccess)
        {
            errors.AddRange(config.Errors.Select(e => e.Message));
        }

        return errors.Count == 0 ? new ConcurrentProgram(config.Trace!.Config, setup, [.. callers.Values]) : null;
    }

    private static bool IsHeaderLine(string line) =>
        line.Trim().Length == 0 || line.StartsWith(TracePrinter.FormatTag, StringComparison.Ordinal) || line.StartsWith("kind:", StringComparison.Ordinal)
        || line.StartsWith("title:", StringComparison.Ordinal) || line.StartsWith("purpose:", StringComparison.Ordinal) || line.StartsWith("verdict:", StringComparison.Ordinal);

    private static void ReadDecision(string line, string where, List<ScheduleDecision> decisions, List<string> errors)
    {
        var parts = line.Split(' ', 2);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var step))
        {
            decisions.Add(new ScheduleDecision(step, parts[1]));
        }
        else
        {
            errors.Add($"{where}: expected a decision 'NNNN <actor>', found '{line}'");
        }
    }

    private static (int Caller, Command? Command) ReadCommand(string line, string where, List<string> errors)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var key = colon > 0 ? line[..colon] : "";
        var caller = key == "setup" ? -1 : key.StartsWith("caller", StringComparison.Ordinal) && int.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : int.MinValue;
        if (caller == int.MinValue)
        {
            errors.Add($"{where}: expected 'setup: <command>', 'callerN: <command>' or a header line, found '{line}'");
            return (caller, null);
        }

        if (!CommandText.TryParse(line[(colon + 2)..], out var command, out var error))
        {
            errors.Add($"{where}: {error}");
            return (caller, null);
        }

        return (caller, command);
    }
}
