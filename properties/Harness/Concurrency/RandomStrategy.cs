// Harness/Concurrency: runs a uniformly random runnable actor at every step
using System.Globalization;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Concurrency;

/// <summary>Runs a uniformly random runnable actor at every step.</summary>
/// <param name="seed">The seed.</param>
public sealed class RandomStrategy(ulong seed) : SchedulingStrategy
{
    private readonly DeterministicRandom random = new(seed);

    /// <inheritdoc/>
    public override ulong Seed => seed;

    /// <inheritdoc/>
    public override string Description => "random seed=" + SeedText.Format(seed);

    /// <inheritdoc/>
    public override void Start(int actorCount)
    {
    }

    /// <inheritdoc/>
    public override int Choose(IReadOnlyList<int> candidates, int step) => candidates[random.Next(candidates.Count)];
}
