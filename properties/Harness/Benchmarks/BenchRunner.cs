// The bench verb's runner: every figure of docs/BENCHMARKS.md that the CLI measures.
using System.Diagnostics;
using System.Globalization;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Defects;
using SriovVerification.Model;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>
/// Measures, in one run: the exhaustive explorer's throughput and memory (default configuration under the lifecycle
/// profile, bounded, symmetry off and on; and a configuration that closes), checked conformance steps per second, the
/// time to detect each catalogue defect over several seeds, and shrunk against shortest counterexample lengths (the
/// shortest from the explorer's exhaustive conformance, <see cref="ExhaustiveConformance"/>, on a small configuration).
/// </summary>
public static class BenchRunner
{
    /// <summary>Catalogue defects measured: numbers 1 … this.</summary>
    public const int CatalogueDefectCount = 15;

    /// <summary>Runs every measurement of <paramref name="options"/>; reports what it starts on <paramref name="log"/>.</summary>
    public static BenchReport Run(BenchOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var explorations = new List<ExplorerFigure>();
        foreach (var symmetry in new[] { false, true })
        {
            log?.WriteLine($"explore default configuration, lifecycle, symmetry {(symmetry ? "on" : "off")}");
            explorations.Add(Explore(ModelConfig.Default, symmetry, options.ExplorationStatesMax));
        }

        foreach (var symmetry in new[] { false, true })
        {
            log?.WriteLine($"explore closing configuration, lifecycle, symmetry {(symmetry ? "on" : "off")}");
            explorations.Add(Explore(options.ClosingConfig, symmetry, long.MaxValue / 2));
        }

        // The hoststack profile of the default configuration: the generic engine and the packed one in the same run.
        log?.WriteLine("explore default configuration, hoststack, generic engine, symmetry on");
        explorations.Add(Explore(ModelConfig.Default, true, options.ExplorationStatesMax, ExplorationProfile.HostStack, ExplorationEngine.Generic));
        log?.WriteLine("explore default configuration, hoststack, packed engine, symmetry off");
        explorations.Add(Explore(ModelConfig.Default, false, options.PackedUnreducedStatesMax, ExplorationProfile.HostStack, ExplorationEngine.Packed));
        log?.WriteLine("explore default configuration, hoststack, packed engine, symmetry on");
        explorations.Add(Explore(ModelConfig.Default, true, options.PackedStatesMax, ExplorationProfile.HostStack, ExplorationEngine.Packed));

        var specComparisons = new List<SpecComparisonFigure>();
        foreach (var (config, profile) in options.SpecComparisons)
        {
            log?.WriteLine($"explore and CsCheck side by side, {config.HostCount}x{config.VmCount}x{config.NumVfs}, {profile.ToName()}");
            specComparisons.Add(CompareWithSpec(config, profile));
        }

        log?.WriteLine("randomized conformance");
        var conformance = ConformanceRunner.Run(new ConformanceRunOptions(ModelConfig.Default, 1, [], null, options.ConformanceSeconds));
        var scale = new List<ScaleFigure>();
        foreach (var vms in ScaleVmCounts)
        {
            log?.WriteLine($"randomized conformance at {vms} VMs, {2 * vms} VFs");
            scale.Add(MeasureScale(vms, options.ScaleSeconds));
        }

        var defects = new List<DefectFigure>();
        foreach (var defect in DefectCatalog.All.Where(d => d.Number <= CatalogueDefectCount))
        {
            log?.WriteLine($"defect {defect.Number} {defect.Name}");
            defects.Add(MeasureDefect(options, defect.Number, defect.Name));
        }

        return new BenchReport(
            options.IsQuick,
            Environment.ProcessorCount,
            explorations,
            specComparisons,
            conformance.Steps,
            conformance.ElapsedSeconds,
            conformance.ElapsedSeconds > 0 ? conformance.Steps / conformance.ElapsedSeconds : 0,
            Describe(options.ShortestConfig),
            defects,
            clock.Elapsed.TotalSeconds,
            scale);
    }

    /// <summary>The VM counts of the scale figures (with twice as many VFs).</summary>
    public static IReadOnlyList<int> ScaleVmCounts { get; } = [4, 16, 64];

    private static ScaleFigure MeasureScale(int vmCount, double seconds)
    {
        var config = RandomizedConfig.Scaled(vmCount, 2 * vmCount, 2 * vmCount);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var report = ConformanceRunner.Run(new ConformanceRunOptions(config, 1, [], null, seconds));
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        return new ScaleFigure(vmCount, config.NumVfs, config.MaxNumVPorts, report.Steps, report.ElapsedSeconds, cpu,
            report.ElapsedSeconds > 0 ? report.Steps / report.ElapsedSeconds : 0);
    }

    /// <summary>The configuration as <c>hosts x VMs x VFs</c> with TotalVFs, VPorts, filters and the PF RID.</summary>
    public static string Describe(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{config.HostCount}x{config.VmCount}x{config.NumVfs} (TotalVfs {config.TotalVfs}, VPorts {config.MaxNumVPorts}, filters {config.MaxReceiveFilters}, PfRid 0x{config.PfRid:X4})");
    }

    private static ExplorerFigure Explore(
        ModelConfig config, bool symmetry, long statesMax, ExplorationProfile profile = ExplorationProfile.Lifecycle, ExplorationEngine engine = ExplorationEngine.Generic)
    {
        var result = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = symmetry, StatesMax = statesMax, Engine = engine });
        var seconds = result.Elapsed.TotalSeconds;
        return new ExplorerFigure(
            string.Create(CultureInfo.InvariantCulture, $"{config.HostCount}x{config.VmCount}x{config.NumVfs}"),
            $"{profile.ToName()}, {(result.Engine == ExplorationEngine.Packed ? "packed" : "generic")}",
            symmetry,
            result.VerdictText,
            result.States,
            result.Transitions,
            result.Depth,
            seconds,
            seconds > 0 ? result.States / seconds : 0,
            seconds > 0 ? result.Transitions / seconds : 0,
            result.BytesPerState);
    }

    private static SpecComparisonFigure CompareWithSpec(ModelConfig config, ExplorationProfile profile)
    {
        var explored = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = false, Engine = ExplorationEngine.Generic });
        var specified = SpecExplorer.Explore(config, profile);
        return new SpecComparisonFigure(
            string.Create(CultureInfo.InvariantCulture, $"{config.HostCount}x{config.VmCount}x{config.NumVfs}"),
            profile.ToName(),
            explored.States,
            explored.Transitions,
            explored.Elapsed.TotalSeconds,
            explored.CpuTime.TotalSeconds,
            specified.States,
            specified.Transitions,
            specified.Elapsed.TotalSeconds,
            specified.CpuTime.TotalSeconds,
            explored.Verdict == ExplorationVerdict.Closed && specified.Closed);
    }

    private static DefectFigure MeasureDefect(BenchOptions options, int number, string name)
    {
        var detection = DetectionTime.Measure(new ConformanceRunOptions(ModelConfig.Default, 1, [name], null, options.DetectionTimeLimitSeconds), options.DetectionSeedCount);
        var caughtBy = detection.FirstCounterexample is not { } first ? "" : first.Steps.Count > 0 ? first.Steps[^1].CaughtBy : "initial state diff";

        var shrunkSmall = new List<int>();
        for (var seed = 1; seed <= options.ShrinkSeedCount; seed++)
        {
            var report = ConformanceRunner.Run(new ConformanceRunOptions(options.ShortestConfig, (ulong)seed, [name], null, options.DetectionTimeLimitSeconds));
            if (report.Counterexample is { } counterexample)
            {
                shrunkSmall.Add(counterexample.Steps.Count);
            }
        }

        var shortest = ExhaustiveConformance.Run(
            options.ShortestConfig,
            [name],
            new ExplorationOptions { Profile = ExplorationProfile.Conformance, StatesMax = options.ShortestStatesMax, DepthMax = options.ShortestDepthMax });
        shrunkSmall.Sort();
        return new DefectFigure(
            number,
            name,
            options.DetectionSeedCount,
            detection.Detected,
            detection.MedianSeconds,
            detection.MaxSeconds,
            caughtBy,
            [.. detection.ShrunkLengths],
            shrunkSmall,
            shortest.Counterexample?.Steps.Length,
            shortest.Exploration.Depth,
            shortest.CaughtBy,
            shortest.Exploration.States,
            shortest.CheckedSteps + shortest.ReplaySteps);
    }
}
