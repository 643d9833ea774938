// The explore verb: exhaustive model checking of one configuration.
using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SriovVerification.Exploration.Storage;
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Implementation.Switch;
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
        var options = new ExploreOptions();
        var command = new Command("explore", "Exhaustive model checking of one configuration: every reachable state, shortest counterexamples. "
            + "Exit 0 closed, 1 finding, 2 bad options, 3 bounded.");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Act(options, parseResult, stepHookFor));
        return command;
    }

    private static int Act(ExploreOptions o, ParseResult parseResult, Func<ModelConfig, Func<ExplorationPath, ModelCommand, Transition, string?>?> stepHookFor)
    {
        var config = o.Config(parseResult, out var vlanProblem);
        var problems = config.Validate().Select(p => p + ExplorationBoundsNote(p)).ToList();
        if (vlanProblem is not null)
        {
            problems.Insert(0, vlanProblem);
        }

        if (IndexedWorkers.Problem(parseResult.GetValue(o.Workers)) is { } workersProblem)
        {
            problems.Add(workersProblem);
        }

        if (problems.Count > 0 || parseResult.GetValue(o.StatesMax) < 1 || parseResult.GetValue(o.MemoryMb) < 1 || parseResult.GetValue(o.DiskMb) < 1 || parseResult.GetValue(o.CrossCheck) < 0
            || !ExplorationProfiles.TryParse(parseResult.GetValue(o.Profile) ?? "", out var chosenProfile))
        {
            Console.Error.WriteLine("explore: bad options: " + string.Join("; ", problems.DefaultIfEmpty("--max-states, --memory-mb, --cross-check and --profile must be valid")));
            return ExitCodes.UsageError;
        }

        var defects = parseResult.GetValue(o.Defect) ?? [];
        var conform = parseResult.GetValue(o.Conform);
        if (DefectsProblem(defects, conform) is { } defectsProblem)
        {
            Console.Error.WriteLine(defectsProblem);
            return ExitCodes.UsageError;
        }

        var options = o.Search(parseResult, chosenProfile, stepHookFor(config));
        if (EngineProblem(config, options, conform) is { } engineProblem)
        {
            Console.Error.WriteLine(engineProblem);
            return ExitCodes.UsageError;
        }

        var directory = parseResult.GetValue(o.OutDir) ?? "counterexamples";
        if (parseResult.GetValue(o.Cluster))
        {
            return ClusterExplore.Run(config, options, conform, parseResult.GetValue(o.Silos) ?? "", parseResult.GetValue(o.Partitions), directory, parseResult.GetValue(o.Report));
        }

        if (parseResult.GetValue(o.ConfigSet) is { } setName)
        {
            if (ConfigurationSet.Find(setName) is not { } set || !conform)
            {
                Console.Error.WriteLine($"explore: bad options: --config-set {setName}: " + (conform ? $"unknown set; valid names: {ConfigurationSet.SmallName}" : "needs --conform"));
                return ExitCodes.UsageError;
            }

            return RunConformanceSet(set, ConfigurationSet.OptionsFor(options), defects, directory);
        }

        return conform
            ? RunConformance(config, options with { Symmetry = false }, defects, directory)
            : Run(config, options, directory, parseResult.GetValue(o.Report));
    }

    /// <summary>What is wrong with the <c>--defect</c> names (unknown, or given without <c>--conform</c>), or null.</summary>
    private static string? DefectsProblem(IReadOnlyList<string> defects, bool conform)
    {
        var unknown = defects.Where(d => DefectCatalog.Find(d) is null).ToList();
        if (unknown.Count == 0 && (defects.Count == 0 || conform))
        {
            return null;
        }

        return unknown.Count > 0
            ? $"explore: bad options: unknown defect {string.Join(", ", unknown)}; valid names: {string.Join(", ", DefectCatalog.All.Select(d => d.Name))}"
            : "explore: bad options: --defect needs --conform";
    }

    /// <summary>What is wrong with the engine's options (<c>--store disk</c>, <c>--engine packed</c>, <c>--symmetry full</c> where the packed engine cannot run), or null.</summary>
    private static string? EngineProblem(ModelConfig config, ExplorationOptions options, bool conform)
    {
        var unsupported = "";
        if (options.Store == Exploration.Storage.VisitedStore.Disk
            && (conform || options.Engine == ExplorationEngine.Generic || !Explorer.SupportsPacked(config, options, out unsupported)))
        {
            return "explore: bad options: --store disk is the packed engine's visited set: "
                + (conform ? "--conform needs the generic engine" : options.Engine == ExplorationEngine.Generic ? "--engine generic keeps its states in memory" : unsupported);
        }

        if ((options.Engine == ExplorationEngine.Packed || options.HostSymmetry)
            && (conform || options.Engine == ExplorationEngine.Generic || !Explorer.SupportsPacked(config, options, out unsupported)))
        {
            return "explore: bad options: " + (options.HostSymmetry ? "--symmetry full" : "--engine packed") + ": "
                + (conform ? "--conform runs the adapter at every state and needs the generic engine"
                    : options.Engine == ExplorationEngine.Generic ? "host symmetry is a reduction of the packed engine" : unsupported);
        }

        return null;
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
            result = Explorer.Explore(config, options with { Progress = p => Console.Error.WriteLine(ExploreOutput.ProgressLine(p)) });
        }
        else
        {
            ExplorationResult? finished = null;
            AnsiConsole.Status().Start("exploring", context =>
            {
                finished = Explorer.Explore(config, options with { Progress = p => context.Status(Markup.Escape(ExploreOutput.ProgressLine(p))) });
            });
            result = finished!;
        }

        return ExploreOutput.Print(config, options, result, outDirectory, reportDirectory);
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
        var conformance = ExhaustiveConformance.Run(config, defects, options with { Progress = p => Console.Error.WriteLine(ExploreOutput.ProgressLine(p)) });
        var result = conformance.Exploration;
        Console.Out.Write(result.ToSummaryText());
        Console.Error.Write(result.ToTimingText());
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"adapter steps: {conformance.CheckedSteps} checked, {conformance.ReplaySteps} replayed; adapters: {conformance.SessionsBuilt} built, {conformance.Restores} restored from snapshots"));
        if (conformance.Counterexample is { } trace)
        {
            var path = ExploreOutput.Write(outDirectory, name, defects, trace);
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
}
