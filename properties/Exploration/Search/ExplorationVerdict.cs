// Exploration/Search: how an exhaustive exploration ended
namespace SriovVerification.Exploration.Search;

/// <summary>How an exhaustive exploration ended.</summary>
public enum ExplorationVerdict
{
    /// <summary>Every reachable state was visited; no invariant violated, no deadlock, no hook failure.</summary>
    Closed,

    /// <summary>An invariant (state or transition) does not hold; the result carries the shortest trace.</summary>
    InvariantViolated,

    /// <summary>A reachable state enables no command of the profile; the result carries the shortest trace.</summary>
    Deadlock,

    /// <summary>The per-step hook reported a failure; the result carries the shortest trace.</summary>
    HookFailed,

    /// <summary>A bound (states, depth, memory) stopped the search before it closed: no verdict beyond what was visited.</summary>
    Bounded,

    /// <summary>A reachable state holds a value the key layout cannot hold; the result names the field.</summary>
    BoundExceeded,

    /// <summary>The packed engine and <c>SriovModel.Apply</c> disagreed on a cross-checked state: a defect of the packed engine.</summary>
    EngineMismatch,
}
