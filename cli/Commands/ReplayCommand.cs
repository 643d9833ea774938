// The replay verb: re-executes a trace file on the model and the adapter and reports the first departure.
using System.CommandLine;
using SriovVerification.Scenarios;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>replay</c> verb: parses a trace file (golden trace, counterexample or hand-written), re-executes its commands on
/// the model and the emulated adapter, and reports the first step that departs from the file. Defects: the
/// <c>--defect</c> options when any are given (they replace the file's <c>defects:</c> header), <c>--no-defects</c> for
/// none, otherwise the header's. Exit 0 reproduced, 1 diverged, 2 malformed file or bad option.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The trace file to replay (docs/TRACE_FORMAT.md)." };
        var defect = new Option<string[]>("--defect")
        {
            Description = "Switch this defect on in the emulated adapter (repeatable); replaces the file's 'defects:' header.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noDefects = new Option<bool>("--no-defects") { Description = "Replay without defects, whatever the file's header says." };
        var report = new Option<string?>("--report") { Description = "Also write an HTML report (the trace as a sequence diagram, the first divergent step highlighted) into this directory." };
        var command = new System.CommandLine.Command("replay", "Re-execute a trace file on the model and the emulated adapter and report the first step that differs from the file.")
        {
            file, defect, noDefects, report,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!.FullName,
            parseResult.GetValue(defect) ?? [],
            parseResult.GetValue(noDefects),
            Console.Out,
            Console.Error,
            parseResult.GetValue(report)));
        return command;
    }

    /// <summary>Replays <paramref name="path"/>; returns the exit code.</summary>
    public static int Run(string path, IReadOnlyList<string> defectOptions, bool noDefects, TextWriter output, TextWriter error, string? reportDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(defectOptions);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (noDefects && defectOptions.Count > 0)
        {
            error.WriteLine("error: --no-defects and --defect exclude each other");
            return ExitCodes.UsageError;
        }

        if (InterleavingReplayCommand.TryRun(path, defectOptions, noDefects, output, error) is int interleavingExit)
        {
            return interleavingExit;
        }

        var parsed = TraceParser.ParseFile(path);
        if (!parsed.IsSuccess)
        {
            error.WriteLine(parsed.ErrorText);
            return ExitCodes.UsageError;
        }

        var trace = parsed.Trace!;
        var configProblems = RandomizedConfig.Problems(trace.Config);
        if (configProblems.Count > 0)
        {
            foreach (var problem in configProblems)
            {
                error.WriteLine($"{path}: invalid configuration: {problem}");
            }

            return ExitCodes.UsageError;
        }

        var source = noDefects ? "--no-defects" : defectOptions.Count > 0 ? "--defect" : "the file's defects: header";
        IReadOnlyList<string> defects = noDefects ? [] : defectOptions.Count > 0 ? defectOptions : [.. trace.Defects];
        var unknown = TraceReplay.UnknownDefects(defects);
        if (unknown.Count > 0)
        {
            error.WriteLine($"error: unknown defect {string.Join(", ", unknown.Select(d => $"'{d}'"))}; known: {string.Join(", ", DefectCatalog.All.Select(d => d.Name))}");
            return ExitCodes.UsageError;
        }

        var result = TraceReplay.Replay(trace, defects);
        var defectText = defects.Count == 0 ? "none" : string.Join(" ", defects);
        output.WriteLine($"replay {path}: {trace.Steps.Length} steps, defects: {defectText} (from {source})");
        if (result.Mismatch is { } mismatch)
        {
            WriteReport(reportDirectory, path, trace, defects, mismatch.StepNumber, $"diverged at step {mismatch.StepNumber}: {string.Join("; ", mismatch.Problems)}", output);
            PrintMismatch(mismatch, output);
            return ExitCodes.ViolationFound;
        }

        var divergences = result.RecordedDivergences.Count == 0
            ? "model and adapter agree at every step"
            : $"the recorded divergence at step {string.Join(", ", result.RecordedDivergences)} reproduced";
        output.WriteLine($"reproduced: every step matches the file; {divergences}");
        WriteReport(reportDirectory, path, trace, defects, null, $"reproduced: every step matches the file; {divergences}", output);
        return ExitCodes.Success;
    }

    private static void PrintMismatch(ReplayMismatch mismatch, TextWriter output)
    {
        output.WriteLine($"diverged at step {mismatch.StepNumber}:");
        foreach (var problem in mismatch.Problems)
        {
            output.WriteLine($"  {problem}");
        }

        if (mismatch.Diff.Length > 0)
        {
            output.Write(mismatch.Diff);
        }
    }

    private static void WriteReport(string? directory, string path, Trace trace, IReadOnlyList<string> defects, int? divergentStep, string verdict, TextWriter output)
    {
        if (directory is not null)
        {
            var page = Report.ReportPage.Write(Report.RunReports.Replay(path, trace, defects, divergentStep, verdict), directory);
            output.WriteLine($"report: {page.Replace('\\', '/')}");
        }
    }
}
