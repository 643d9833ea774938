// Harness/Concurrency: chooses which actor runs next
namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Chooses which actor runs next. Deterministic from its seed: the same seed, actors and program give the same
/// schedule, so a found interleaving replays exactly.
/// </summary>
public abstract class SchedulingStrategy
{
    /// <summary>The seed it draws from.</summary>
    public abstract ulong Seed { get; }

    /// <summary>Its name and parameters, as a replay line prints them.</summary>
    public abstract string Description { get; }

    /// <summary>Called once before a run, before <see cref="Start"/>, with the actors' names in index order.</summary>
    public virtual void Bind(IReadOnlyList<string> actorNames)
    {
    }

    /// <summary>Called once before a run, after <see cref="Bind"/>: which actors are on the control path (host, guests).</summary>
    public virtual void BindProtocol(IReadOnlyList<bool> isProtocol)
    {
    }

    /// <summary>Called after every step with the actor that ran, whether this strategy chose it or everyone waited.</summary>
    public virtual void Ran(int actor)
    {
    }

    /// <summary>
    /// Called when <paramref name="actor"/>, run at <paramref name="step"/>, hands control back at the yield point
    /// <paramref name="point"/>, waiting (<paramref name="blocked"/>) or having made progress.
    /// </summary>
    public virtual void Yielded(int actor, string point, bool blocked, int step)
    {
    }

    /// <summary>Called once before a run with the number of actors.</summary>
    public abstract void Start(int actorCount);

    /// <summary>The actor (an element of <paramref name="candidates"/>, never empty) to run at <paramref name="step"/>.</summary>
    public abstract int Choose(IReadOnlyList<int> candidates, int step);

    /// <summary>A fresh strategy of <paramref name="kind"/> from <paramref name="seed"/>.</summary>
    public static SchedulingStrategy Create(StrategyKind kind, ulong seed, int pctDepth = PctStrategy.DepthDefault, int pctStepsEstimate = PctStrategy.StepsEstimateDefault, int delayedWindow = 0) =>
        kind switch
        {
            StrategyKind.Random => new RandomStrategy(seed),
            StrategyKind.Pct => new PctStrategy(seed, pctDepth, pctStepsEstimate),
            StrategyKind.WindowDelay => new WindowDelayStrategy(seed, delayedWindow),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy"),
        };
}
