// Harness/Concurrency: PCT
using System.Globalization;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// PCT: every actor gets a distinct random priority of at least d; the runnable actor with the highest priority runs;
/// at d−1 steps chosen uniformly among the first <c>stepsEstimate</c>, the actor about to run drops to priority
/// d−1−i. Finds a bug of depth d with probability at least 1/(n·k^(d−1)).
/// </summary>
public sealed class PctStrategy : SchedulingStrategy
{
    /// <summary>Bug depth d used when none is given.</summary>
    public const int DepthDefault = 3;

    /// <summary>Step-count estimate k used when none is given.</summary>
    public const int StepsEstimateDefault = 200;

    private readonly ulong seed;
    private readonly int depth;
    private readonly int stepsEstimate;
    private DeterministicRandom random;
    private int[] priorities = [];
    private int[] changePoints = [];

    /// <summary>Creates the strategy.</summary>
    public PctStrategy(ulong seed, int depth = DepthDefault, int stepsEstimate = StepsEstimateDefault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsEstimate, 1);
        this.seed = seed;
        this.depth = depth;
        this.stepsEstimate = stepsEstimate;
        random = new DeterministicRandom(seed);
    }

    /// <inheritdoc/>
    public override ulong Seed => seed;

    /// <inheritdoc/>
    public override string Description => string.Create(CultureInfo.InvariantCulture,
        $"pct seed={SeedText.Format(seed)} depth={depth} steps={stepsEstimate} change-points=[{string.Join(",", changePoints)}]");

    /// <inheritdoc/>
    public override void Start(int actorCount)
    {
        random = new DeterministicRandom(seed);
        var order = Enumerable.Range(0, actorCount).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        priorities = new int[actorCount];
        for (var i = 0; i < actorCount; i++)
        {
            priorities[order[i]] = depth + i;
        }

        changePoints = Enumerable.Range(0, depth - 1).Select(_ => random.Next(stepsEstimate)).Order().ToArray();
    }

    /// <inheritdoc/>
    public override int Choose(IReadOnlyList<int> candidates, int step)
    {
        var chosen = Highest(candidates);
        for (var i = 0; i < changePoints.Length; i++)
        {
            if (changePoints[i] == step)
            {
                priorities[chosen] = depth - 1 - i;
                chosen = Highest(candidates);
            }
        }

        return chosen;
    }

    private int Highest(IReadOnlyList<int> candidates)
    {
        var best = candidates[0];
        foreach (var candidate in candidates)
        {
            if (priorities[candidate] > priorities[best])
            {
                best = candidate;
            }
        }

        return best;
    }
}
