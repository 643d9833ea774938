// Harness/Conformance/Exhaustive: the outcome of an exhaustive conformance check (ExhaustiveConformance.Run)

namespace SriovVerification.Harness.Conformance.Exhaustive;

/// <summary>The outcome of an exhaustive conformance check (<see cref="ExhaustiveConformance.Run"/>).</summary>
public sealed record ExhaustiveConformanceResult
{
    /// <summary>The exploration that drove it: <see cref="ExplorationVerdict.HookFailed"/> when the adapter diverged.</summary>
    public required ExplorationResult Exploration { get; init; }

    /// <summary>The defects the adapter carried.</summary>
    public required IReadOnlyList<string> Defects { get; init; }

    /// <summary>The counterexample in the trace format (the adapter's steps from a fresh adapter, the last one diverging), or null.</summary>
    public Trace? Counterexample { get; init; }

    /// <summary>What caught the divergence (an invariant id, <c>status mismatch</c>, <c>state diff (field)</c>), or empty.</summary>
    public string CaughtBy { get; init; } = "";

    /// <summary>Adapter steps checked at the explored states.</summary>
    public long CheckedSteps { get; init; }

    /// <summary>Adapter steps spent replaying shortest paths.</summary>
    public long ReplaySteps { get; init; }

    /// <summary>Sessions built from a fresh adapter.</summary>
    public long SessionsBuilt { get; init; }

    /// <summary>Adapters restored from a snapshot (one per candidate command and state).</summary>
    public long Restores { get; init; }

    /// <summary>Whether every reachable state was checked and the adapter agreed everywhere.</summary>
    public bool IsClean => Exploration.Verdict == ExplorationVerdict.Closed;

    /// <summary>Whether the adapter diverged somewhere.</summary>
    public bool Diverged => Counterexample is not null;
}
