using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Search;
using SriovVerification.Exploration.Storage;
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Generation;
using SriovVerification.Implementation;
using SriovVerification.Model;
using SriovVerification.Traces;
using Command = System.CommandLine.Command;
using ModelCommand = SriovVerification.Model.Command;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// <c>explore</c>: exhaustive breadth-first model checking of one configuration. Exit codes: 0 closed without a
/// finding, 1 a finding (invariant violation, deadlock, step-hook failure) with its shortest counterexample printed and
/// written under <c>--out</c>, 2 bad options or a configuration the key layout cannot hold, 3 bounded (inconclusive).
/// </summary>
public static class ExploreCommand
{
    /// <summary>The <c>explore</c> verb.</summary>
    public static Command Create() => Create(static _ => null);

    /// <summary>
    /// The <c>explore</c> verb with a per-step hook for each configuration explored (the extension point for an
    /// exhaustive conformance check: <paramref name="stepHookFor"/> returns null for none).
    /// </summary>
    public static Command Create(Func<ModelConfig, Func<ExplorationPath, ModelCommand, Transition, string?>?> stepHookFor)
    {
        var defaults = ModelConfig.Default;
        var vfs = new Option<int>("--vfs") { Description = "VFs per adapter (NumVFs)", DefaultValueFactory = _ => defaults.NumVfs };
        var vms = new Option<int>("--vms") { Description = "VMs", DefaultValueFactory = _ => defaults.VmCount };
        var hosts = new Option<int>("--hosts") { Description = "hosts", DefaultValueFactory = _ => defaults.HostCount };
        var totalVfs = new Option<int?>("--total-vfs") { Description = "TotalVFs of the adapter (default: the larger of 8 and --vfs)" };
        var maxVPorts = new Option<int>("--max-vports") { Description = "VPorts per NIC switch at most", DefaultValueFactory = _ => defaults.MaxNumVPorts };
        var maxFilters = new Option<int>("--max-filters") { Description = "receive filters per NIC switch at most", DefaultValueFactory = _ => defaults.MaxReceiveFilters };
        var pfRid = new Option<int>("--pf-rid") { Description = "the PF's routing id (VF RIDs follow from it, the first-VF offset and the stride)", DefaultValueFactory = _ => defaults.PfRid };
        var symmetry = new Option<string>("--symmetry")
        {
            Description = "symmetry reduction: on (VMs, VFs, VPort and filter ids), off, or full (on, and hosts of the same configuration; packed engine)",
            DefaultValueFactory = _ => "on",
        };
        symmetry.AcceptOnlyFromAmong("on", "off", "full");
        var statesMax = new Option<long>("--max-states") { Description = "distinct states stored at most", DefaultValueFactory = _ => 20_000_000 };
        var memoryMb = new Option<long>("--memory-mb") { Description = "memory budget of the visited set, MiB", DefaultValueFactory = _ => 4096 };
        var profile = new Option<string>("--profile") { Description = "command profile: full, lifecycle, conformance or hoststack", DefaultValueFactory = _ => "full" };
        profile.AcceptOnlyFromAmong([.. ExplorationProfiles.All.Select(p => p.ToName())]);
        var conform = new Option<bool>("--conform") { Description = "exhaustive conformance: run every candidate command on the emulated adapter at every reachable state (symmetry off)" };
        var defect = new Option<string[]>("--defect") { Description = "defect the adapter carries under --conform (repeatable); see the defects verb", AllowMultipleArgumentsPerToken = false };
        var engine = new Option<string>("--engine")
        {
            Description = "search engine: auto (packed for the hoststack profile, generic otherwise), packed, or generic (the reference: every invariant on every state)",
            DefaultValueFactory = _ => "auto",
        };
        engine.AcceptOnlyFromAmong("auto", "packed", "generic");
        var liveness = new Option<string>("--liveness")
        {
            Description = "liveness of a closed search, AG EF recovered (from every state a recovered state is reachable): on or off",
            DefaultValueFactory = _ => "on",
        };
        liveness.AcceptOnlyFromAmong("on", "off");
        var crossCheck = new Option<int>("--cross-check")
        {
            Description = "packed engine: check every N-th stored state in full against SriovModel.Apply and every invariant (0: off, 1: every state)",
            DefaultValueFactory = _ => 4096,
        };
        var vmVlans = new Option<string?>(VmVlansOption.Name) { Description = "VLAN id of each VM's network adapter, separated by commas (5 or 5,0; missing VMs untagged)" };
        var maxQueuePairs = new Option<int>("--max-queue-pairs") { Description = "queue pairs per NIC switch at most (all VPorts)", DefaultValueFactory = _ => defaults.MaxNumQueuePairs };
        var outDir = new Option<string>("--out") { Description = "directory for counterexample traces", DefaultValueFactory = _ => "counterexamples" };
        var workers = new Option<int>("--workers")
        {
            Description = $"worker threads expanding each round of the frontier (default: the processor count, {IndexedWorkers.WorkersDefault} here); verdict, counts, depth and counterexample do not depend on it (--conform checks each level's states on them)",
            DefaultValueFactory = _ => IndexedWorkers.WorkersDefault,
        };

        var store = new Option<string>("--store")
        {
            Description = "visited set of the packed engine: memory, or disk (FASTER hash index in memory over a log on disk, the breadth-first order in mapped files; --memory-mb sizes the index and the log's memory)",
            DefaultValueFactory = _ => "memory",
        };
        store.AcceptOnlyFromAmong("memory", "disk");
        var storeDir = new Option<string?>("--store-dir") { Description = "directory under which --store disk makes its files (deleted at the end; default: the temporary directory)" };
        var diskMb = new Option<long>("--disk-mb") { Description = "disk budget of --store disk, MiB (reaching it ends the search as bounded)", DefaultValueFactory = _ => 64L << 10 };
        var configSet = new Option<string?>("--config-set")
        {
            Description = $"with --conform: run over the named set of small configurations instead of the one given ({ConfigurationSet.SmallName}: every command kind accepted on one of them; profile kinds, depth {ConfigurationSet.DepthMax}; see docs/EXPLORATION.md)",
        };
        var cluster = new Option<bool>("--cluster") { Description = "explore on the cluster (silos of `sriov cluster silo`): states partitioned by hash over partition grains; the same verdict and counts; liveness not checked" };
        var silos = new Option<string>("--silos") { Description = "gateways of the cluster, host:port separated by commas", DefaultValueFactory = _ => "localhost:30000" };
        var partitions = new Option<int>("--partitions") { Description = "partitions of --cluster, placed on the silos in turn", DefaultValueFactory = _ => SriovVerification.Cluster.ClusterExplorer.PartitionsDefault };
        var report = new Option<string?>("--report") { Description = "also write an HTML report (verdict, shortest counterexample as a sequence diagram, the state machines, states per depth) into this directory" };
        var command = new Command("explore", "Exhaustive model checking of one configuration: every reachable state, shortest counterexamples. "
            + "Exit 0 closed, 1 finding, 2 bad options, 3 bounded.");
        foreach (var option in new Option[] { vfs, vms, hosts, totalVfs, maxVPorts, maxFilters, maxQueuePairs, vmVlans, pfRid, symmetry, statesMax, memoryMb, profile, engine, liveness, crossCheck, outDir, conform, defect, workers, store, storeDir, diskMb, report, configSet, cluster, silos, partitions })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var config = defaults with
            {
                HostCount = parseResult.GetValue(hosts),
                VmCount = parseResult.GetValue(vms),
                NumVfs = parseResult.GetValue(vfs),
                TotalVfs = parseResult.GetValue(totalVfs) ?? Math.Max(defaults.TotalVfs, parseResult.GetValue(vfs)),
                MaxNumVPorts = parseResult.GetValue(maxVPorts),
                MaxReceiveFilters = parseResult.GetValue(maxFilters),
                MaxNumQueuePairs = parseResult.GetValue(maxQueuePairs),
                PfRid = parseResult.GetValue(pfRid),
                VmVlans = VmVlansOption.Parse(parseResult.GetValue(vmVlans), out var vlanProblem) ?? [],
            };
            var problems = config.Validate().Select(p => p + ExplorationBoundsNote(p)).ToList();
            if (vlanProblem is not null)
            {
                problems.Insert(0, vlanProblem);
            }

            if (IndexedWorkers.Problem(parseResult.GetValue(workers)) is { } workersProblem)
            {
                problems.Add(workersProblem);
            }

            if (problems.Count > 0 || parseResult.GetValue(statesMax) < 1 || parseResult.GetValue(memoryMb) < 1 || parseResult.GetValue(diskMb) < 1 || parseResult.GetValue(crossCheck) < 0
                || !ExplorationProfiles.TryParse(parseResult.GetValue(profile) ?? "", out var chosenProfile))
            {
                Console.Error.WriteLine("explore: bad options: " + string.Join("; ", problems.DefaultIfEmpty("--max-states, --memory-mb, --cross-check and --profile must be valid")));
                return ExitCodes.UsageError;
            }

            var defects = parseResult.GetValue(defect) ?? [];
            var unknown = defects.Where(d => DefectCatalog.Find(d) is null).ToList();
            if (unknown.Count > 0 || (defects.Length > 0 && !parseResult.GetValue(conform)))
            {
                Console.Error.WriteLine(unknown.Count > 0
                    ? $"explore: bad options: unknown defect {string.Join(", ", unknown)}; valid names: {string.Join(", ", DefectCatalog.All.Select(d => d.Name))}"
                    : "explore: bad options: --defect needs --conform");
                return ExitCodes.UsageError;
            }

            var options = new ExplorationOptions
            {
                Profile = chosenProfile,
                Symmetry = parseResult.GetValue(symmetry) != "off",
                HostSymmetry = parseResult.GetValue(symmetry) == "full",
                StatesMax = parseResult.GetValue(statesMax),
                MemoryBudgetBytes = parseResult.GetValue(memoryMb) << 20,
                StepHook = stepHookFor(config),
                CheckLiveness = parseResult.GetValue(liveness) != "off",
                Engine = parseResult.GetValue(engine) switch { "packed" => ExplorationEngine.Packed, "generic" => ExplorationEngine.Generic, _ => ExplorationEngine.Auto },
                CrossCheckEvery = parseResult.GetValue(crossCheck),
                Workers = parseResult.GetValue(workers),
                Store = parseResult.GetValue(store) == "disk" ? VisitedStore.Disk : VisitedStore.Memory,
                StoreDirectory = parseResult.GetValue(storeDir),
                DiskBudgetBytes = parseResult.GetValue(diskMb) << 20,
            };
            var unsupported = "";
            if (options.Store == VisitedStore.Disk
                && (parseResult.GetValue(conform) || options.Engine == ExplorationEngine.Generic || !Explorer.SupportsPacked(config, options, out unsupported)))
            {
                Console.Error.WriteLine("explore: bad options: --store disk is the packed engine's visited set: "
                    + (parseResult.GetValue(conform) ? "--conform needs the generic engine" : options.Engine == ExplorationEngine.Generic ? "--engine generic keeps its states in memory" : unsupported));
                return ExitCodes.UsageError;
            }

            if ((options.Engine == ExplorationEngine.Packed || options.HostSymmetry)
                && (parseResult.GetValue(conform) || options.Engine == ExplorationEngine.Generic || !Explorer.SupportsPacked(config, options, out unsupported)))
            {
                Console.Error.WriteLine("explore: bad options: " + (options.HostSymmetry ? "--symmetry full" : "--engine packed") + ": "
                    + (parseResult.GetValue(conform) ? "--conform runs the adapter at every state and needs the generic engine"
                        : options.Engine == ExplorationEngine.Generic ? "host symmetry is a reduction of the packed engine" : unsupported));
                return ExitCodes.UsageError;
            }

            var directory = parseResult.GetValue(outDir) ?? "counterexamples";
            if (parseResult.GetValue(cluster))
            {
                return ClusterExplore.Run(config, options, parseResult.GetValue(conform), parseResult.GetValue(silos) ?? "", parseResult.GetValue(partitions), directory, parseResult.GetValue(report));
            }

            if (parseResult.GetValue(configSet) is { } setName)
            {
                if (ConfigurationSet.Find(setName) is not { } set || !parseResult.GetValue(conform))
                {
                    Console.Error.WriteLine($"explore: bad options: --config-set {setName}: " + (parseResult.GetValue(conform) ? $"unknown set; valid names: {ConfigurationSet.SmallName}" : "needs --conform"));
                    return ExitCodes.UsageError;
                }

                return RunConformanceSet(set, ConfigurationSet.OptionsFor(options), defects, directory);
            }

            return parseResult.GetValue(conform)
                ? RunConformance(config, options with { Symmetry = false }, defects, directory)
                : Run(config, options, directory, parseResult.GetValue(report));
        });
        return command;
    }

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

    /// <summary>For a VM or VF bound: exploration keeps the model's bounds (its packed keys); randomized <c>check</c> goes further.</summary>
    private static string ExplorationBoundsNote(string problem) =>
        problem.StartsWith(nameof(ModelConfig.VmCount) + ":", StringComparison.Ordinal) || problem.StartsWith(nameof(ModelConfig.TotalVfs) + ":", StringComparison.Ordinal)
            ? $" (the bound of exhaustive exploration, whose state keys pack each VM and VF in a few bits; randomized `check --vms N --vfs N --total-vfs N` takes up to {RandomizedConfig.VmCountMax} VMs and {RandomizedConfig.TotalVfsMax} VFs)"
            : "";

    /// <summary>Runs one exploration with progress on the console; returns the exit code.</summary>
    public static int Run(ModelConfig config, ExplorationOptions options, string outDirectory, string? reportDirectory = null)
    {
        var name = ConfigName(config, options);
        Console.Out.WriteLine($"explore {name}: {ExplorationProfiles.Describe(options.Profile)}");
        ExplorationResult result;
        if (Console.IsOutputRedirected)
        {
            result = Explorer.Explore(config, options with { Progress = p => Console.Error.WriteLine(ProgressLine(p)) });
        }
        else
        {
            ExplorationResult? finished = null;
            AnsiConsole.Status().Start("exploring", context =>
            {
                finished = Explorer.Explore(config, options with { Progress = p => context.Status(Markup.Escape(ProgressLine(p))) });
            });
            result = finished!;
        }

        return Print(config, options, result, outDirectory, reportDirectory);
    }

    /// <summary>Prints a finished exploration (summary, timings, counterexample, report); returns the exit code.</summary>
    internal static int Print(ModelConfig config, ExplorationOptions options, ExplorationResult result, string outDirectory, string? reportDirectory)
    {
        var name = ConfigName(config, options);
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

    /// <summary>Runs exhaustive conformance on every configuration of a set; exit 1 when any found a divergence, else 3 when any was bounded, else 0.</summary>
    private static int RunConformanceSet(IReadOnlyList<ConfigurationSetEntry> set, ExplorationOptions options, IReadOnlyList<string> defects, string directory)
    {
        var codes = new List<int>();
        foreach (var entry in set)
        {
            Console.Out.WriteLine($"configuration {entry.Name}: {entry.Adds}");
            codes.Add(RunConformance(entry.Config, options, defects, directory));
        }

        return codes.Contains(ExitCodes.ViolationFound) ? ExitCodes.ViolationFound
            : codes.Contains(ExitCodes.UsageError) ? ExitCodes.UsageError
            : codes.Contains(ExitCodes.Bounded) ? ExitCodes.Bounded
            : ExitCodes.Success;
    }

    /// <summary>Runs one exhaustive conformance check with progress on the console; returns the exit code.</summary>
    public static int RunConformance(ModelConfig config, ExplorationOptions options, IReadOnlyList<string> defects, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(defects);
        var name = ConfigName(config, options);
        var defectText = defects.Count == 0 ? "none" : string.Join(" ", defects);
        Console.Out.WriteLine($"explore --conform {name}, defects {defectText}: {ExplorationProfiles.Describe(options.Profile)}");
        var conformance = ExhaustiveConformance.Run(config, defects, options with { Progress = p => Console.Error.WriteLine(ProgressLine(p)) });
        var result = conformance.Exploration;
        Console.Out.Write(result.ToSummaryText());
        Console.Error.Write(result.ToTimingText());
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"adapter steps: {conformance.CheckedSteps} checked, {conformance.ReplaySteps} replayed; adapters: {conformance.SessionsBuilt} built, {conformance.Restores} restored from snapshots"));
        if (conformance.Counterexample is { } trace)
        {
            var path = Write(outDirectory, name, defects, trace);
            var replayDefects = string.Concat(defects.Select(d => " --defect " + d));
            Console.Out.WriteLine($"divergence ({trace.Steps.Length} steps, caught by {conformance.CaughtBy}), written to {path}; reproduce: sriov replay {path}{replayDefects}");
            Console.Out.Write(TracePrinter.Print(trace));
        }
        else if (result.Counterexample is { } modelTrace)
        {
            Console.Out.Write(modelTrace.ToPlainText());
        }

        return result.Verdict switch
        {
            ExplorationVerdict.Closed => ExitCodes.Success,
            ExplorationVerdict.Bounded => ExitCodes.Bounded,
            ExplorationVerdict.BoundExceeded => ExitCodes.UsageError,
            _ => ExitCodes.ViolationFound,
        };
    }

    /// <summary>The counterexample file of a run: <c>explore-&lt;config&gt;[-&lt;defect&gt;…].trace</c>.</summary>
    public static string FileName(string configName, IReadOnlyList<string> defects) =>
        $"explore-{configName}{string.Concat((defects ?? []).Select(d => "-" + d))}.trace";

    private static string Write(string outDirectory, string name, IReadOnlyList<string> defects, Trace trace)
    {
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, FileName(name, defects)).Replace('\\', '/');
        File.WriteAllText(path, TracePrinter.Print(trace));
        return path;
    }

    /// <summary>The configuration part of counterexample file names, e.g. <c>h1-vm1-vf1-lifecycle-symmetry-off</c>.</summary>
    public static string ConfigName(ModelConfig config, ExplorationOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var defaults = ModelConfig.Default;
        var inv = CultureInfo.InvariantCulture;
        var limits = (config.TotalVfs == Math.Max(defaults.TotalVfs, config.NumVfs) ? "" : $"-tvf{config.TotalVfs.ToString(inv)}")
            + (config.MaxNumVPorts == defaults.MaxNumVPorts ? "" : $"-vp{config.MaxNumVPorts.ToString(inv)}")
            + (config.MaxReceiveFilters == defaults.MaxReceiveFilters ? "" : $"-fl{config.MaxReceiveFilters.ToString(inv)}")
            + (config.PfRid == defaults.PfRid ? "" : $"-rid{config.PfRid.ToString("X4", inv)}")
            + (config.VmVlans.Length == 0 ? "" : "-vlan" + string.Join("_", config.VmVlans.Select(v => v.ToString(inv))));
        return string.Create(inv, $"h{config.HostCount}-vm{config.VmCount}-vf{config.NumVfs}{limits}-{options.Profile.ToName()}-symmetry-{(options.HostSymmetry ? "full" : options.Symmetry ? "on" : "off")}");
    }

    private static string ProgressLine(ExplorationProgress p) =>
        string.Create(CultureInfo.InvariantCulture, $"states {p.States}, transitions {p.Transitions}, depth {p.Depth}, {p.StatesPerSecond:F0} states/s, {p.Elapsed.TotalSeconds:F0} s");

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
        if (result.Options.Store == VisitedStore.Disk)
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
