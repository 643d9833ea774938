// Properties.Tests/Benchmarks: one BenchRunner run on the smallest budgets, shared by the tests of a class
using SriovVerification.Harness.Benchmarks;

namespace SriovVerification.Properties.Tests.Benchmarks;

/// <summary>One <see cref="BenchRunner"/> run on the smallest budgets, shared by the tests of a class.</summary>
public sealed class TinyBenchReport
{
    /// <summary>The budgets: one seed per defect, a few states per search.</summary>
    public static BenchOptions Options { get; } = BenchOptions.Quick with
    {
        ExplorationStatesMax = 2_000,
        PackedUnreducedStatesMax = 2_000,
        PackedStatesMax = 2_000,
        ConformanceSeconds = 0.5,
        DetectionSeedCount = 1,
        ShrinkSeedCount = 1,
        ShortestDepthMax = 3,
        ShortestStatesMax = 50,
        SpecComparisons = [(BenchOptions.SmallConfig(1, 1, 1), ExplorationProfile.HostStack)],
    };

    /// <summary>The report of the run.</summary>
    public BenchReport Report { get; } = BenchRunner.Run(Options);
}
