// The traces verb: regenerates the golden traces, compares them with snapshots/verified, accepts.
using System.CommandLine;
using SriovVerification.Harness.Golden;
using SriovVerification.Scenarios;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>traces</c> verb: regenerates every scenario's trace (and the model diagrams), compares them with the golden
/// files in <c>snapshots/verified</c>, and reports which changed (with diffs), are new, are unchanged, and which golden
/// files no scenario produces (dangling). Without <c>--accept</c> exit 1 when anything differs; with it the files are
/// written (dangling ones deleted) and exit 0, unless a scenario diverges between model and adapter (exit 1, not written).
/// </summary>
public static class TracesCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var accept = new Option<bool>("--accept") { Description = "Write the regenerated golden files and delete dangling ones." };
        var scenario = new Option<string[]>("--scenario") { Description = "Only this scenario (repeatable; default: every scenario and diagram)." };
        var directory = new Option<DirectoryInfo?>("--verified-dir") { Description = "Folder of the golden files (default: snapshots/verified of the repository)." };
        var command = new System.CommandLine.Command("traces", "Regenerate the golden traces of the scenario catalogue and compare them with snapshots/verified.")
        {
            accept, scenario, directory,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(accept),
            parseResult.GetValue(scenario) ?? [],
            parseResult.GetValue(directory)?.FullName,
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Regenerates and compares (or accepts); returns the exit code.</summary>
    public static int Run(bool accept, IReadOnlyList<string> scenarios, string? verifiedDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var unknown = scenarios.Where(s => ScenarioCatalog.Find(s) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"error: unknown scenario {string.Join(", ", unknown.Select(s => $"'{s}'"))}; known: {string.Join(", ", ScenarioCatalog.Names)}");
            return ExitCodes.UsageError;
        }

        string directory;
        try
        {
            directory = verifiedDirectory ?? GoldenTraces.VerifiedDirectory(GoldenFile.FindRepositoryRoot(Environment.CurrentDirectory));
        }
        catch (DirectoryNotFoundException exception)
        {
            error.WriteLine($"error: {exception.Message}; run from the repository or pass --verified-dir");
            return ExitCodes.UsageError;
        }

        var entries = scenarios.Count == 0
            ? GoldenTraces.Entries
            : [.. GoldenTraces.Entries.Where(e => e.Kind == GoldenEntryKind.ScenarioTrace && scenarios.Contains(e.Parameter, StringComparer.Ordinal))];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["unchanged"] = 0, ["changed"] = 0, ["created"] = 0, ["missing"] = 0, ["diverged"] = 0 };
        foreach (var entry in entries)
        {
            var state = Compare(entry, directory, accept, output);
            counts[state]++;
        }

        var dangling = GoldenTraces.FindDangling(directory);
        foreach (var path in dangling)
        {
            if (accept)
            {
                File.Delete(path);
                output.WriteLine($"deleted   {Path.GetFileName(path)} (dangling: no scenario produces it)");
            }
            else
            {
                output.WriteLine($"dangling  {Path.GetFileName(path)} (no scenario produces it; --accept deletes it)");
            }
        }

        output.WriteLine(
            $"{entries.Count} golden files in {directory}: {counts["unchanged"]} unchanged, {counts["changed"]} {(accept ? "updated" : "changed")}, "
            + $"{counts[accept ? "created" : "missing"]} {(accept ? "created" : "missing")}, {dangling.Count} dangling{(accept ? " (deleted)" : "")}, {counts["diverged"]} diverged");
        var differs = counts["changed"] + counts["missing"] + dangling.Count > 0;
        if (counts["diverged"] > 0 || (!accept && differs))
        {
            if (!accept && differs)
            {
                output.WriteLine("accept with: dotnet run --project cli -- traces --accept (or SRIOV_ACCEPT=1 dotnet test), after reviewing the diffs");
            }

            return ExitCodes.ViolationFound;
        }

        return ExitCodes.Success;
    }

    private static string Compare(GoldenEntry entry, string directory, bool accept, TextWriter output)
    {
        string text;
        if (entry.Kind == GoldenEntryKind.ScenarioTrace)
        {
            var run = ScenarioRunner.Run(ScenarioCatalog.Get(entry.Parameter));
            if (run.FirstDivergence is not null)
            {
                output.WriteLine($"DIVERGED  {entry.FileName} (not written)");
                output.WriteLine(run.DivergenceReport());
                return "diverged";
            }

            text = run.Text;
        }
        else
        {
            text = GoldenTraces.DiagramText(entry);
        }

        var exists = File.Exists(Path.Combine(directory, entry.FileName));
        try
        {
            var result = GoldenFile.Verify(directory, entry.ClassName, entry.MethodName, entry.Parameter, text, accept);
            switch (result)
            {
                case GoldenResult.Matched:
                    output.WriteLine($"unchanged {entry.FileName}");
                    return "unchanged";
                case GoldenResult.Created:
                    output.WriteLine($"created   {entry.FileName}");
                    return "created";
                default:
                    output.WriteLine($"updated   {entry.FileName}");
                    var path = Path.GetFullPath(Path.Combine(directory, entry.FileName));
                    output.Write(GoldenFile.Changes.LastOrDefault(c => string.Equals(c.VerifiedPath, path, StringComparison.Ordinal))?.Diff ?? "");
                    return "changed";
            }
        }
        catch (GoldenFileMismatchException mismatch)
        {
            if (!exists)
            {
                output.WriteLine($"missing   {entry.FileName} (--accept creates it)");
                return "missing";
            }

            output.WriteLine($"changed   {entry.FileName}");
            output.Write(mismatch.Diff);
            return "changed";
        }
    }
}
