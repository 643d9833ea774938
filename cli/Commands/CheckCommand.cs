// The check verb, the main job: documented, exhaustive, randomized, malformed-request and concurrency phases.
using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SriovVerification.Cli.Report;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>check</c> verb, the main job: a short first phase runs the documented sequences through the model with every
/// invariant checked; a short exhaustive conformance pass checks the adapter at every state of the smallest
/// configuration (<see cref="ExhaustivePhase"/>); then randomized conformance runs generated sequences on the model and the emulated adapter side
/// by side for a time limit or an exact number of sequences, shrinks the first divergence and writes it as a trace;
/// then malformed OID requests from reachable states (<see cref="MalformedPhase"/>) and the concurrency phase (seeded
/// interleavings and the window sweep, <see cref="ConcurrencyPhase"/>).
/// With <c>--sequences</c> everything written to standard output is a function of the options (no timings); progress
/// and timings go to standard error, or to the live display on a terminal.
/// </summary>
public static class CheckCommand
{
    /// <summary>The default time limit.</summary>
    public const double TimeLimitSecondsDefault = 60;

    /// <summary>The default counterexample directory.</summary>
    public const string OutDirectoryDefault = "counterexamples";

    /// <summary>The default seed.</summary>
    public const ulong SeedDefault = 1;

    /// <summary>Interleavings of the concurrency phase after the randomized phase.</summary>
    public const int InterleavingsDefault = 200;

    /// <summary>Interleavings when only the concurrency phase runs.</summary>
    public const int InterleavingsOnlyDefault = 1000;

    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var seed = new Option<string>("--seed") { Description = "Seed of the run (0x… hex or decimal); default 1." };
        var timeLimit = new Option<double?>("--time-limit") { Description = "Run for this many seconds (default 60); which sequences run then depends on time and on --workers." };
        var sequences = new Option<int?>("--sequences") { Description = "Run exactly this many sequences (deterministic output, the same for any --workers)." };
        var workers = new Option<int?>("--workers") { Description = $"Worker threads of the randomized and concurrency phases (default: the processor count, {IndexedWorkers.WorkersDefault} here); results do not depend on it." };
        var defects = new Option<string[]>("--defect") { Description = "Defect the adapter carries (repeatable); see the defects verb.", AllowMultipleArgumentsPerToken = false };
        var outDirectory = new Option<string>("--out") { Description = "Directory for counterexample traces (default counterexamples)." };
        var maxSteps = new Option<int?>("--max-steps") { Description = $"Bound on a sequence's length (default {SequenceGenerator.StepCountMaxDefault})." };
        var concurrencyOnly = new Option<bool>("--concurrency") { Description = "Run only the concurrency phase: seeded interleavings under traffic, and linearizability." };
        var interleavings = new Option<int?>("--interleavings") { Description = $"Interleavings of the concurrency phase (default {InterleavingsDefault}; {InterleavingsOnlyDefault} with --concurrency)." };
        var noWindowSweep = new Option<bool>("--no-window-sweep") { Description = "Skip the concurrency phase's window sweep (one delay-bounded run per control-path yield of every transition)." };
        var delayWindow = new Option<int?>("--delay-window") { Description = "With --concurrency: every interleaving holds the control-path actor at this yield (the replay of a window-sweep run)." };
        var malformedRequests = new Option<int?>("--malformed-requests") { Description = $"Malformed OID requests of the malformed-request phase (default {MalformedPhase.RequestCountDefault}; 0 skips it)." };
        var reportDirectory = new Option<string?>("--report") { Description = "Also write an HTML report of the run (sequence diagram of the counterexample, state machines with coverage) into this directory." };
        var detectionSeeds = new Option<int?>("--detection-seeds") { Description = "Benchmark: run this many consecutive seeds and report the median time to detection.", Hidden = true };
        var unguided = new Option<bool>("--unguided") { Description = "Benchmark: the randomized phase without coverage guidance and swarm testing (the fixed kind weights).", Hidden = true };
        var vms = new Option<int?>("--vms") { Description = $"VMs of the randomized phase (default {ModelConfig.Default.VmCount}; 1 … {RandomizedConfig.VmCountMax})." };
        var vfs = new Option<int?>("--vfs") { Description = $"NumVFs each host requests in the randomized phase (default {ModelConfig.Default.NumVfs}; at most --total-vfs)." };
        var totalVfs = new Option<int?>("--total-vfs") { Description = $"TotalVFs of each adapter in the randomized phase (default: the larger of {ModelConfig.Default.TotalVfs} and --vfs; 1 … {RandomizedConfig.TotalVfsMax})." };
        var cluster = new Option<bool>("--cluster") { Description = "Run the randomized phase's sequences on the cluster's silos (swarm; `sriov cluster silo`): the same output as without." };
        var silos = new Option<string>("--silos") { Description = "Gateways of the cluster for --cluster, host:port separated by commas (default localhost:30000).", DefaultValueFactory = _ => "localhost:30000" };
        var command = new System.CommandLine.Command("check", "Randomized conformance: the emulated adapter against the model, step by step, with shrunk counterexamples.");
        command.Options.Add(seed);
        command.Options.Add(timeLimit);
        command.Options.Add(sequences);
        command.Options.Add(defects);
        command.Options.Add(outDirectory);
        command.Options.Add(maxSteps);
        command.Options.Add(concurrencyOnly);
        command.Options.Add(interleavings);
        command.Options.Add(noWindowSweep);
        command.Options.Add(delayWindow);
        command.Options.Add(malformedRequests);
        command.Options.Add(detectionSeeds);
        command.Options.Add(reportDirectory);
        command.Options.Add(workers);
        command.Options.Add(vms);
        command.Options.Add(vfs);
        command.Options.Add(totalVfs);
        command.Options.Add(unguided);
        command.Options.Add(cluster);
        command.Options.Add(silos);
        command.SetAction(parse => Run(
            parse.GetValue(seed),
            parse.GetValue(timeLimit),
            parse.GetValue(sequences),
            parse.GetValue(defects) ?? [],
            parse.GetValue(outDirectory) ?? OutDirectoryDefault,
            parse.GetValue(maxSteps) ?? SequenceGenerator.StepCountMaxDefault,
            parse.GetValue(detectionSeeds),
            parse.GetValue(concurrencyOnly),
            parse.GetValue(interleavings),
            parse.GetValue(workers) ?? IndexedWorkers.WorkersDefault,
            config: ConfigOf(parse.GetValue(vms), parse.GetValue(vfs), parse.GetValue(totalVfs)),
            reportDirectory: parse.GetValue(reportDirectory),
            coverageGuided: !parse.GetValue(unguided),
            clusterSilos: parse.GetValue(cluster) ? parse.GetValue(silos) ?? "" : null,
            phases: new PhaseOptions(!parse.GetValue(noWindowSweep), parse.GetValue(delayWindow), parse.GetValue(malformedRequests) ?? MalformedPhase.RequestCountDefault)));
        return command;
    }

    /// <summary>Runs the check with <paramref name="workers"/> workers, writing to <paramref name="output"/> (standard output when null); returns the exit code.</summary>
    public static int Run(string? seedText, double? timeLimitSeconds, int? sequenceCount, IReadOnlyList<string> defects, string outDirectory, int stepCountMax, int? detectionSeeds = null, bool concurrencyOnly = false, int? interleavings = null, int workers = 1, TextWriter? output = null, ModelConfig? config = null, string? reportDirectory = null, bool coverageGuided = true, string? clusterSilos = null, PhaseOptions? phases = null)
    {
        ArgumentNullException.ThrowIfNull(defects);
        output ??= Console.Out;
        phases ??= new PhaseOptions();
        var seed = SeedDefault;
        if (seedText is not null && !SeedText.TryParse(seedText.Trim(), out seed))
        {
            return UsageError($"--seed '{seedText}': expected 0x and up to 16 hex digits, or a decimal number");
        }

        config ??= ModelConfig.Default;
        if ((OptionsProblem(defects, timeLimitSeconds, sequenceCount, config, workers, interleavings) ?? phases.Problem(concurrencyOnly)) is { } problem)
        {
            return UsageError(problem);
        }

        if (concurrencyOnly)
        {
            if (timeLimitSeconds is not null || sequenceCount is not null || detectionSeeds is not null)
            {
                return UsageError("--concurrency runs only the concurrency phase: --time-limit, --sequences and --detection-seeds do not apply");
            }

            return ConcurrencyPhase.Run(seed, interleavings ?? InterleavingsOnlyDefault, defects, output, workers, outDirectory, windowSweep: phases.WindowSweep, delayedWindow: phases.DelayedWindow);
        }

        if (stepCountMax is < 1 or > 100_000)
        {
            return UsageError("--max-steps: expected 1 … 100000");
        }

        var options = new ConformanceRunOptions(config, seed, [.. defects], sequenceCount, timeLimitSeconds ?? TimeLimitSecondsDefault, stepCountMax, workers) { CoverageGuided = coverageGuided };
        if (detectionSeeds is { } seedCount)
        {
            return DetectionBenchmark.Run(options, Math.Clamp(seedCount, 1, 1000), outDirectory);
        }

        return RunPhases(options, interleavings, phases, output, outDirectory, reportDirectory, clusterSilos);
    }

    /// <summary>What is wrong with the options every run takes (defects, time limit or sequences, configuration, workers, interleavings), or null.</summary>
    private static string? OptionsProblem(IReadOnlyList<string> defects, double? timeLimitSeconds, int? sequenceCount, ModelConfig config, int workers, int? interleavings)
    {
        foreach (var name in defects)
        {
            if (DefectCatalog.Find(name) is null)
            {
                var valid = string.Join(", ", DefectCatalog.All.Select(d => d.Name));
                return $"--defect '{name}': unknown defect; valid names: {valid}";
            }
        }

        if (timeLimitSeconds is not null && sequenceCount is not null)
        {
            return "give --time-limit or --sequences, not both";
        }

        if (timeLimitSeconds is <= 0 or > 86_400)
        {
            return "--time-limit: expected 1 … 86400 seconds";
        }

        if (sequenceCount is < 1)
        {
            return "--sequences: expected at least 1";
        }

        if (RandomizedConfig.Problems(config) is { Count: > 0 } configProblems)
        {
            return string.Join("; ", configProblems);
        }

        if (IndexedWorkers.Problem(workers) is { } workersProblem)
        {
            return workersProblem;
        }

        return interleavings is < 1 or > 1_000_000 ? "--interleavings: expected 1 … 1000000" : null;
    }

    /// <summary>The phases of a check: documented sequences, exhaustive conformance, the randomized run, malformed requests, concurrency; then the report.</summary>
    private static int RunPhases(ConformanceRunOptions options, int? interleavings, PhaseOptions phases, TextWriter output, string outDirectory, string? reportDirectory, string? clusterSilos)
    {
        var (config, seed, defects, sequenceCount, stepCountMax, workers) = (options.Config, options.Seed, options.Defects, options.SequenceCountMax, options.StepCountMax, options.Workers);
        output.WriteLine($"check: seed {SeedText.Format(seed)}, defects {(defects.Count == 0 ? "none" : string.Join(" ", defects))}, "
            + (sequenceCount is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} sequences" : $"time limit {options.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture)} s")
            + $", at most {stepCountMax.ToString(CultureInfo.InvariantCulture)} steps a sequence"
            + (config == ModelConfig.Default ? "" : string.Create(CultureInfo.InvariantCulture, $", randomized phase on {config.HostCount} hosts × {config.VmCount} VMs × {config.NumVfs} of {config.TotalVfs} VFs ({config.MaxNumVPorts} VPorts, {config.MaxReceiveFilters} filters)")));
        var documentedFailures = DocumentedPhase.Run(output);
        if (documentedFailures > 0)
        {
            return ExitCodes.ViolationFound;
        }

        var exhaustiveExit = ExhaustivePhase.Run(defects, outDirectory, output);
        output.WriteLine();
        var report = clusterSilos is null ? CheckProgress.Run(options) : ClusterCheckRun.Run(options, clusterSilos);
        if (report is null)
        {
            return ExitCodes.Incomplete;
        }

        CheckSummary.Write(output, options, report);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {report.Steps} steps in {report.ElapsedSeconds:F1} s ({(report.ElapsedSeconds > 0 ? report.Steps / report.ElapsedSeconds : 0):F0} steps/s)"));
        var exitCode = exhaustiveExit == ExitCodes.ViolationFound ? ExitCodes.ViolationFound : ExitCodes.Success;
        if (report.Counterexample is { } counterexample)
        {
            var path = ConformanceRunner.Write(counterexample, outDirectory);
            output.WriteLine();
            output.Write(counterexample.Message(path.Replace('\\', '/')));
            exitCode = ExitCodes.ViolationFound;
        }

        if (phases.MalformedRequests > 0)
        {
            output.WriteLine();
            exitCode = MalformedPhase.Run(seed, phases.MalformedRequests, defects, workers, output) == ExitCodes.Success ? exitCode : ExitCodes.ViolationFound;
        }

        // The concurrency phase carries the race defects and crash seams named; the catalogue's sequential defects are the business of
        // the phases above (a defect that breaks a scenario's set-up would only make the phase abort).
        output.WriteLine();
        var raceDefects = defects.Where(d => DefectCatalog.Races.Concat(DefectCatalog.Seams).Any(r => r.Name == d)).ToArray();
        CampaignResult? campaign = null;
        var concurrencyExit = ConcurrencyPhase.Run(seed, interleavings ?? InterleavingsDefault, raceDefects, output, workers, outDirectory, c => campaign = c, phases.WindowSweep);
        if (reportDirectory is not null)
        {
            var replay = $"sriov check --seed {SeedText.Format(seed)}" + (sequenceCount is { } count ? $" --sequences {count.ToString(CultureInfo.InvariantCulture)}" : "") + string.Concat(defects.Select(d => " --defect " + d));
            var page = ReportPage.Write(RunReports.Check(options, report, campaign, replay), reportDirectory);
            output.WriteLine($"report: {page.Replace('\\', '/')}");
        }

        return concurrencyExit == ExitCodes.Success ? exitCode : concurrencyExit;
    }

    /// <summary>The randomized phase's configuration: the default, scaled when the VMs or VFs are given.</summary>
    private static ModelConfig ConfigOf(int? vmCount, int? numVfs, int? totalVfs) =>
        vmCount is null && numVfs is null && totalVfs is null
            ? ModelConfig.Default
            : RandomizedConfig.Scaled(vmCount ?? ModelConfig.Default.VmCount, numVfs ?? ModelConfig.Default.NumVfs, totalVfs);

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.UsageError;
    }
}
