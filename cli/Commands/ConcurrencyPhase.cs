// The check verb's concurrency phase: seeded interleavings under traffic, checked for linearizability.
using System.Globalization;
using SriovVerification.Harness.Concurrency.TraceFiles;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The concurrency phase of <c>check</c>: seeded interleavings of VF attach, failover (graceful and surprise),
/// reassignment and live migration under traffic, with the frame, loss and flow checkers; then the linearizability
/// check of the adapter under concurrent OID requests, events and frames.
/// </summary>
public static class ConcurrencyPhase
{
    /// <summary>Failing runs printed in full.</summary>
    public const int FailuresPrintedMax = 3;

    /// <summary>Concurrent programs checked for linearizability per 100 interleavings (at least one).</summary>
    public const int LinearizabilityProgramsPerHundred = 5;

    /// <summary>
    /// Shrinks the failing interleaving of lowest index and writes it as a version-2 trace file that <c>replay</c> re-executes.
    /// </summary>
    private static void WriteCounterexample(InterleavingReport failure, string outDirectory, TextWriter output)
    {
        var shrink = RaceShrinker.Shrink(failure);
        var path = RaceCounterexampleFile.Write(shrink, outDirectory).Replace('\\', '/');
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"concurrency counterexample: {path} — shrunk in {shrink.Runs} runs: actors {shrink.Actors.Before} -> {shrink.Actors.After}, frames {shrink.Frames.Before} -> {shrink.Frames.After}, preemptions {shrink.Preemptions.Before} -> {shrink.Preemptions.After}, steps {shrink.Steps.Before} -> {shrink.Steps.After}"));
        output.WriteLine($"replay: sriov replay {path}");
    }

    /// <summary>
    /// Runs <paramref name="interleavings"/> interleavings from <paramref name="seed"/> with <paramref name="defects"/> and
    /// writes a report; with <paramref name="windowSweep"/> the window sweep follows them, and with
    /// <paramref name="delayedWindow"/> every interleaving holds at that control-path yield instead of its seed's strategy (the
    /// replay of a window-sweep run; no sweep then). Returns <see cref="ExitCodes.Success"/>,
    /// <see cref="ExitCodes.ViolationFound"/> or <see cref="ExitCodes.UsageError"/> (unknown defect, no interleavings).
    /// </summary>
    public static int Run(ulong seed, int interleavings, IReadOnlyList<string> defects, TextWriter output, int workers = 1, string? outDirectory = null, Action<CampaignResult>? campaignObserver = null, bool windowSweep = false, int? delayedWindow = null)
    {
        ArgumentNullException.ThrowIfNull(defects);
        ArgumentNullException.ThrowIfNull(output);
        if (interleavings < 1)
        {
            output.WriteLine("concurrency: --interleavings must be at least 1");
            return ExitCodes.UsageError;
        }

        foreach (var defect in defects)
        {
            if (DefectCatalog.Find(defect) is null)
            {
                output.WriteLine($"concurrency: unknown defect '{defect}'");
                return ExitCodes.UsageError;
            }
        }

        var campaign = ConcurrencyCampaign.Run(seed, interleavings, defects, workers, windowSweep && delayedWindow is null, delayedWindow);
        campaignObserver?.Invoke(campaign);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"concurrency: seed {SeedText.Format(seed)}, {campaign.Interleavings} interleavings{(delayedWindow is { } held ? $" holding at control-path yield {held}" : "")}{(campaign.WindowDelays > 0 ? $" + {campaign.WindowDelays} window-sweep runs" : "")}, {campaign.FramesSent} frames, {campaign.Misdelivered} misdelivered, {campaign.Duplicated} duplicated, {campaign.Failures.Count} failing"));
        foreach (var line in ConcurrencyCampaign.Table(campaign))
        {
            output.WriteLine(line);
        }

        foreach (var failure in campaign.Failures.Take(FailuresPrintedMax))
        {
            output.WriteLine();
            output.Write(failure.Describe());
        }

        if (outDirectory is not null && campaign.Failures.Count > 0)
        {
            WriteCounterexample(campaign.Failures[0], outDirectory, output);
        }

        var programs = Math.Max(1, interleavings * LinearizabilityProgramsPerHundred / 100);
        var nonLinearizable = 0;
        LinearizabilityReport? firstNonLinearizable = null;
        var outcomes = IndexedWorkers.Map(programs, workers, i => CheckProgram(seed, i, defects));
        foreach (var (report, problem) in outcomes)
        {
            if (problem is not null)
            {
                nonLinearizable++;
                output.WriteLine($"linearizability: {problem}");
            }
            else if (report is not null)
            {
                nonLinearizable++;
                firstNonLinearizable ??= report;
                if (nonLinearizable <= FailuresPrintedMax)
                {
                    output.WriteLine();
                    output.Write(report.Describe());
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"linearizability: {programs} concurrent programs, {nonLinearizable} not linearizable"));
        if (firstNonLinearizable is not null && outDirectory is not null)
        {
            WriteLinearizabilityCounterexample(firstNonLinearizable, defects, outDirectory, output);
        }

        return campaign.Failures.Count == 0 && nonLinearizable == 0 ? ExitCodes.Success : ExitCodes.ViolationFound;
    }

    /// <summary>
    /// Shrinks the first non-linearizable program (fewer callers and operations, same strategy and seed) and writes it,
    /// with its schedule as decisions and its history, as a version-2 trace file that <c>replay</c> re-executes.
    /// </summary>
    public static string WriteLinearizabilityCounterexample(LinearizabilityReport found, IReadOnlyList<string> defects, string outDirectory, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(output);
        var strategy = found.Mode.StartsWith("random", StringComparison.Ordinal) ? StrategyKind.Random : StrategyKind.Pct;
        var shrunk = LinearizabilityRunner.Shrink(found, p => LinearizabilityRunner.RunScheduled(p, defects, strategy, found.Seed));
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, string.Create(CultureInfo.InvariantCulture, $"race-linearizability-{(defects.Count == 0 ? "none" : string.Join("+", defects))}-{SeedText.HexDigits(found.Seed)}.trace"));
        var purpose = string.Create(CultureInfo.InvariantCulture,
            $"found by the concurrency phase ({found.Mode}); shrunk from {found.Program.Callers.Count} callers, {found.Program.OperationCount} operations to {shrunk.Program.Callers.Count} callers, {shrunk.Program.OperationCount} operations, {shrunk.Decisions.Count} preemptions");
        File.WriteAllText(path, LinearizabilityTraceFile.Print(shrunk, defects, "not linearizable", purpose));
        var shown = path.Replace('\\', '/');
        output.WriteLine();
        output.WriteLine($"linearizability counterexample: {shown} — {purpose}");
        output.WriteLine($"replay: sriov replay {shown}");
        return path;
    }

    /// <summary>One scheduled linearizability program: the report when it is not linearizable, or why it did not run.</summary>
    private static (LinearizabilityReport? NotLinearizable, string? Problem) CheckProgram(ulong seed, int index, IReadOnlyList<string> defects)
    {
        var programSeed = seed + (ulong)index;
        try
        {
            var report = LinearizabilityRunner.RunScheduled(ConcurrentPrograms.Random(programSeed), defects, index % 2 == 0 ? StrategyKind.Random : StrategyKind.Pct, programSeed);
            return (report.Result.Linearizable ? null : report, null);
        }
        catch (InvalidOperationException exception)
        {
            return (null, exception.Message);
        }
    }
}
