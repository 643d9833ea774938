// The explore verb's output: summary, counterexample files, the HTML report.
using System.Globalization;
using Spectre.Console;

namespace SriovVerification.Cli.Commands;

/// <summary>What <c>explore</c> prints and writes: the summary, the counterexample files and the HTML report.</summary>
internal static class ExploreOutput
{
    /// <summary>Prints a finished exploration (summary, timings, counterexample, report); returns the exit code.</summary>
    public static int Print(ModelConfig config, ExplorationOptions options, ExplorationResult result, string outDirectory, string? reportDirectory)
    {
        var name = ExploreCommand.ConfigName(config, options);
        if (Console.IsOutputRedirected)
        {
            Console.Out.Write(result.ToSummaryText());
            Console.Error.Write(result.ToTimingText());
        }
        else
        {
            AnsiConsole.Write(SummaryTable(result));
        }
        if (!Console.IsOutputRedirected)
        {
            foreach (var warning in result.Coverage.Warnings)
            {
                Console.Out.WriteLine("warning: " + warning);
            }
        }

        if (result.Counterexample is { } trace
            && result.Verdict is ExplorationVerdict.InvariantViolated or ExplorationVerdict.Deadlock or ExplorationVerdict.HookFailed or ExplorationVerdict.BoundExceeded or ExplorationVerdict.EngineMismatch)
        {
            var modelTrace = new Trace(config, trace.Steps.Select((s, i) => new TraceStep(i + 1, s.Command, s.Outcome, "")).ToValueArray())
            {
                Title = $"explore {name}: shortest counterexample",
                Purpose = trace.Finding,
            };
            var path = Write(outDirectory, name, [], modelTrace);
            Console.Out.WriteLine($"counterexample ({trace.Steps.Count} steps, written to {path}):");
            Console.Out.Write(trace.ToPlainText());
            WriteReport(reportDirectory, config, options, result, modelTrace);
        }
        else if (result.Liveness is { Holds: false, Counterexample: { } stuck })
        {
            var livenessTrace = new Trace(config, stuck.Steps.Select((s, i) => new TraceStep(i + 1, s.Command, s.Outcome, "")).ToValueArray())
            {
                Title = $"explore {name}: shortest path to a state from which no recovered state is reachable (AG EF recovered)",
                Purpose = stuck.Finding,
            };
            var path = Write(outDirectory, name + "-liveness", [], livenessTrace);
            Console.Out.WriteLine($"liveness counterexample ({stuck.Steps.Count} steps, written to {path}):");
            Console.Out.Write(stuck.ToPlainText());
            WriteReport(reportDirectory, config, options, result, livenessTrace);
        }
        else
        {
            WriteReport(reportDirectory, config, options, result, null);
        }

        return result.Verdict switch
        {
            ExplorationVerdict.Closed when result.Liveness is { Holds: false } => ExitCodes.ViolationFound,
            ExplorationVerdict.Closed => ExitCodes.Success,
            ExplorationVerdict.Bounded => ExitCodes.Bounded,
            ExplorationVerdict.BoundExceeded => ExitCodes.UsageError,
            _ => ExitCodes.ViolationFound,
        };
    }

    /// <summary>Writes <paramref name="trace"/> as the counterexample file of a run; returns its path.</summary>
    public static string Write(string outDirectory, string name, IReadOnlyList<string> defects, Trace trace)
    {
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, ExploreCommand.FileName(name, defects)).Replace('\\', '/');
        File.WriteAllText(path, TracePrinter.Print(trace));
        return path;
    }

    /// <summary>One line of search progress.</summary>
    public static string ProgressLine(ExplorationProgress p) =>
        string.Create(CultureInfo.InvariantCulture, $"states {p.States}, transitions {p.Transitions}, depth {p.Depth}, {p.StatesPerSecond:F0} states/s, {p.Elapsed.TotalSeconds:F0} s");

    private static void WriteReport(string? directory, ModelConfig config, ExplorationOptions options, ExplorationResult result, Trace? counterexample)
    {
        if (directory is null)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var rows = new List<(string Key, string Value)>
        {
            ("profile", options.Profile.ToName()),
            ("symmetry", options.HostSymmetry ? "full" : options.Symmetry ? "on" : "off"),
            ("engine", result.Engine.ToString()),
            ("states", result.States.ToString("N0", inv)),
            ("transitions", result.Transitions.ToString("N0", inv)),
            ("depth", result.Depth.ToString(inv)),
        };
        var levels = result.StatesPerDepth.Select((count, depth) => (depth, count)).ToList();
        var replay = string.Create(inv, $"sriov explore --hosts {config.HostCount} --vms {config.VmCount} --vfs {config.NumVfs} --profile {options.Profile.ToName()}");
        var page = Report.ReportPage.Write(Report.RunReports.Explore(config, [], rows, result.VerdictText, counterexample, levels, replay,
            premises: [.. result.Coverage.Invariants.Select(i => (i.InvariantId, i.Premise, i.ExercisedStates))],
            kinds: [.. result.Coverage.CommandKinds.Select(k => (k.Kind, k.Offered, k.Enabled, k.Taken))]), directory);
        Console.Out.WriteLine($"report: {page.Replace('\\', '/')}");
    }

    private static Table SummaryTable(ExplorationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("summary").AddColumn("value");
        table.AddRow("verdict", Markup.Escape(result.VerdictText));
        table.AddRow("liveness", Markup.Escape(result.Liveness?.Text ?? "not checked"));
        table.AddRow("states", result.States.ToString(inv));
        table.AddRow("transitions", result.Transitions.ToString(inv));
        table.AddRow("depth", result.Depth.ToString(inv));
        table.AddRow("deadlocks", result.Deadlocks.ToString(inv));
        table.AddRow("bytes/state", result.BytesPerState.ToString("F1", inv));
        if (result.Options.Store == Exploration.Storage.VisitedStore.Disk)
        {
            table.AddRow("disk bytes/state", result.DiskBytesPerState.ToString("F1", inv));
        }

        table.AddRow("seconds", result.Elapsed.TotalSeconds.ToString("F2", inv));
        table.AddRow("states/s", result.StatesPerSecond.ToString("F0", inv));
        table.AddRow("symmetry", result.Options.HostSymmetry ? "full" : result.Options.Symmetry ? "on" : "off");
        table.AddRow("profile", result.Options.Profile.ToName());
        table.AddRow("key", Markup.Escape(result.KeyLayout));
        table.AddRow("engine", result.Engine == ExplorationEngine.Packed
            ? string.Create(inv, $"packed ({result.CrossCheckedStates} states cross-checked in full)")
            : "generic");
        return table;
    }
}
