// Harness/Benchmarks: sizes of one BenchRunner run
using SriovVerification.Exploration.Profiles;
using SriovVerification.Model;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>Sizes of one <see cref="BenchRunner"/> run: the full run, or a CI-sized <see cref="Quick"/> one.</summary>
public sealed record BenchOptions
{
    /// <summary>Distinct states per bounded exploration of the default configuration.</summary>
    public long ExplorationStatesMax { get; init; } = 300_000;

    /// <summary>Distinct states at most of the packed engine's run of the default configuration with symmetry off (which does not close).</summary>
    public long PackedUnreducedStatesMax { get; init; } = 6_000_000;

    /// <summary>Distinct states at most of the packed engine's run of the default configuration with symmetry on (it closes at 6,049,825).</summary>
    public long PackedStatesMax { get; init; } = long.MaxValue / 2;

    /// <summary>Seconds of randomized conformance for the steps/s figure.</summary>
    public double ConformanceSeconds { get; init; } = 20;

    /// <summary>Seconds of randomized conformance at each scale (4, 16 and 64 VMs).</summary>
    public double ScaleSeconds { get; init; } = 10;

    /// <summary>Seeds per defect for the time to detection (seeds 1 … this).</summary>
    public int DetectionSeedCount { get; init; } = 10;

    /// <summary>Time limit of one detection run, in seconds.</summary>
    public double DetectionTimeLimitSeconds { get; init; } = 30;

    /// <summary>Seeds per defect whose shrunk length on <see cref="ShortestConfig"/> is compared with the shortest.</summary>
    public int ShrinkSeedCount { get; init; } = 3;

    /// <summary>Depth the exhaustive conformance search for the shortest counterexample expands at most.</summary>
    public int ShortestDepthMax { get; init; } = 7;

    /// <summary>Model states the exhaustive conformance search may visit per defect.</summary>
    public long ShortestStatesMax { get; init; } = 10_000;

    /// <summary>
    /// Configurations explored side by side by the generic explorer and by CsCheck (<see cref="SpecComparisonFigure"/>):
    /// 1 x 1 x 1 under the lifecycle profile, 1 x 2 x 2 and 2 x 2 x 1 under the hoststack profile (the limits of
    /// <c>explore</c>'s defaults). Both searches close on each within seconds.
    /// </summary>
    public IReadOnlyList<(ModelConfig Config, ExplorationProfile Profile)> SpecComparisons { get; init; } =
    [
        (SmallConfig(1, 1, 1), ExplorationProfile.Lifecycle),
        (SmallConfig(1, 2, 2), ExplorationProfile.HostStack),
        (SmallConfig(2, 2, 1), ExplorationProfile.HostStack),
    ];

    /// <summary>Whether this is the CI-sized variant.</summary>
    public bool IsQuick { get; init; }

    /// <summary>
    /// The small configuration of the shortest-counterexample search and of the shrunk lengths it is compared with:
    /// 1 host, 1 VM, 1 VF (TotalVFs 1), 2 VPorts, 2 filters, PF RID 0x01FC so that VF0's RID (0x0200) carries into the
    /// bus number.
    /// </summary>
    public ModelConfig ShortestConfig { get; init; } = ModelConfig.Default with
    {
        HostCount = 1,
        VmCount = 1,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        PfRid = 0x01FC,
        HostSriovEnabled = [true],
    };

    /// <summary>The configuration that closes under the lifecycle profile both with and without symmetry.</summary>
    public ModelConfig ClosingConfig { get; init; } = ModelConfig.Default with { HostCount = 1, VmCount = 1, NumVfs = 1, HostSriovEnabled = [true] };

    /// <summary>The configuration <c>explore --hosts H --vms M --vfs F</c> builds.</summary>
    public static ModelConfig SmallConfig(int hosts, int vms, int vfs) => ModelConfig.Default with
    {
        HostCount = hosts,
        VmCount = vms,
        NumVfs = vfs,
        TotalVfs = Math.Max(ModelConfig.Default.TotalVfs, vfs),
    };

    /// <summary>The CI-sized variant: every figure, on smaller budgets.</summary>
    public static BenchOptions Quick { get; } = new()
    {
        ExplorationStatesMax = 20_000,
        PackedUnreducedStatesMax = 200_000,
        PackedStatesMax = 200_000,
        ConformanceSeconds = 2,
        ScaleSeconds = 1,
        DetectionSeedCount = 2,
        DetectionTimeLimitSeconds = 10,
        ShrinkSeedCount = 1,
        ShortestDepthMax = 4,
        ShortestStatesMax = 300,
        IsQuick = true,
    };
}
