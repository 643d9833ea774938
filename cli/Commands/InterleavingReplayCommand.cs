// The replay verb for interleaving traces: the scheduler follows the file's decisions.
using System.Text;
using SriovVerification.Harness.Concurrency.TraceFiles;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// <c>replay</c> of a version-2 trace (<c>kind: interleaving</c>): the cooperative scheduler follows the file's decisions,
/// the checkers run, and the report says whether the recorded failure reproduced and where the schedule left the file.
/// Exit 1 when a checker fails, 0 when none does, 2 for a malformed file or a bad option.
/// </summary>
public static class InterleavingReplayCommand
{
    /// <summary>The exit code when <paramref name="path"/> is a version-2 trace; null when it is not one (version 1 goes on).</summary>
    public static int? TryRun(string path, IReadOnlyList<string> defectOptions, bool noDefects, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(defectOptions);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string text;
        try
        {
            if (new FileInfo(path) is { Exists: true, Length: > TraceParser.InputLengthMaxChars * 4L })
            {
                return null;
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        if (!InterleavingTraceParser.IsVersion2(text))
        {
            return null;
        }

        if (LinearizabilityTraceFile.IsLinearizability(text))
        {
            return ReplayLinearizability(path, text, defectOptions, noDefects, output, error);
        }

        var (trace, errors) = InterleavingTraceParser.Parse(text, path);
        if (trace is null)
        {
            foreach (var problem in errors)
            {
                error.WriteLine(problem);
            }

            return ExitCodes.UsageError;
        }

        IReadOnlyList<string> defects = noDefects ? [] : defectOptions.Count > 0 ? defectOptions : trace.Options.Defects;
        var unknown = defects.Where(d => DefectCatalog.Find(d) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"error: unknown defect {string.Join(", ", unknown.Select(d => $"'{d}'"))}; known: {string.Join(", ", DefectCatalog.All.Concat(DefectCatalog.Races).Select(d => d.Name))}");
            return ExitCodes.UsageError;
        }

        var result = InterleavingReplay.Replay(trace, defects);
        return Report(path, trace, defects, result, output);
    }

    private static int Report(string path, InterleavingTrace trace, IReadOnlyList<string> defects, InterleavingReplayResult result, TextWriter output)
    {
        output.WriteLine($"replay {path}: interleaving of {trace.Options.Scenario} ({trace.Options.Policy}), {trace.Steps.Count} steps, {(trace.Options.Decisions ?? []).Count} decisions, defects: {(defects.Count == 0 ? "none" : string.Join(" ", defects))}");
        output.Write(result.Describe());
        return result.Failed ? ExitCodes.ViolationFound : ExitCodes.Success;
    }

    /// <summary>Replays a <c>kind: linearizability</c> file: the program under its decisions, checked again; exit 1 while not linearizable.</summary>
    private static int ReplayLinearizability(string path, string text, IReadOnlyList<string> defectOptions, bool noDefects, TextWriter output, TextWriter error)
    {
        var (program, seed, fileDefects, decisions, history, errors) = LinearizabilityTraceFile.Parse(text, path);
        if (program is null)
        {
            foreach (var problem in errors)
            {
                error.WriteLine(problem);
            }

            return ExitCodes.UsageError;
        }

        IReadOnlyList<string> defects = noDefects ? [] : defectOptions.Count > 0 ? defectOptions : fileDefects;
        var unknown = defects.Where(d => DefectCatalog.Find(d) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"error: unknown defect {string.Join(", ", unknown.Select(d => $"'{d}'"))}");
            return ExitCodes.UsageError;
        }

        var report = LinearizabilityRunner.Replay(program, defects, decisions, seed);
        var replayed = LinearizabilityTraceFile.History(report).ToList();
        var first = Enumerable.Range(0, Math.Max(replayed.Count, history.Count)).FirstOrDefault(i => i >= replayed.Count || i >= history.Count || replayed[i] != history[i], -1);
        output.WriteLine($"replay {path}: linearizability of {program.OperationCount} operations by {program.Callers.Count} callers, {decisions.Count} decisions, defects: {(defects.Count == 0 ? "none" : string.Join(" ", defects))}");
        output.WriteLine(report.Result.Violated ? "reproduced: not linearizable" : "passed: linearizable");
        output.WriteLine(first < 0 ? "  history: every operation as the file records it" : $"  history diverges from the file at operation {first + 1}: the file has '{(first < history.Count ? history[first] : "the end")}', the run '{(first < replayed.Count ? replayed[first] : "the end")}'");
        return report.Result.Violated ? ExitCodes.ViolationFound : ExitCodes.Success;
    }
}
