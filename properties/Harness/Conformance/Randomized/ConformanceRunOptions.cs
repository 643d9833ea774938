// Harness/Conformance/Randomized: what a randomized conformance run does
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>What a randomized conformance run does.</summary>
/// <param name="Config">The configuration (model and adapter).</param>
/// <param name="Seed">The run's seed; sequence i uses <see cref="SplitMix64.Derive"/>(Seed, i).</param>
/// <param name="Defects">Catalogue names of the defects the adapter carries.</param>
/// <param name="SequenceCountMax">Run exactly this many sequences (deterministic), or null to run until the time limit.</param>
/// <param name="TimeLimitSeconds">The time limit when <paramref name="SequenceCountMax"/> is null.</param>
/// <param name="StepCountMax">The bound on a sequence's length.</param>
/// <param name="Workers">
/// Worker threads that check sequences side by side; the report is the same for any count (counts and coverage merged in
/// sequence order, the counterexample the failing sequence of lowest index), given <paramref name="SequenceCountMax"/>.
/// </param>
public sealed record ConformanceRunOptions(
    ModelConfig Config,
    ulong Seed,
    IReadOnlyList<string> Defects,
    int? SequenceCountMax,
    double TimeLimitSeconds = 60,
    int StepCountMax = SequenceGenerator.StepCountMaxDefault,
    int Workers = 1)
{
    /// <summary>
    /// Coverage-guided generation (<see cref="CoverageGuide"/>: adaptive kind weights per epoch of sequences, and swarm
    /// testing); false for the unguided generator of <see cref="CommandWeights"/>.
    /// </summary>
    public bool CoverageGuided { get; init; } = true;
}
