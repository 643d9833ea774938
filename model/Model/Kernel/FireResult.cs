namespace SriovVerification.Model.Kernel;

/// <summary>How firing a trigger turned out.</summary>
public enum FireOutcome
{
    /// <summary>A transition was taken (possibly back into the same state).</summary>
    Transitioned,
    /// <summary>The trigger is ignored in the current state: accepted, no transition.</summary>
    Ignored,
    /// <summary>The state has no transition for the trigger.</summary>
    NoTransition,
    /// <summary>The state has transitions for the trigger, but each has an unmet guard.</summary>
    GuardUnmet,
}

/// <summary>
/// The result of <see cref="StateMachine{TState, TTrigger, TContext}.Fire"/>: the destination state, or why the
/// trigger cannot fire. Firing never mutates anything; the caller applies the effect.
/// </summary>
/// <typeparam name="TState">State type.</typeparam>
/// <param name="Outcome">How it turned out.</param>
/// <param name="Source">The state the context was in.</param>
/// <param name="Destination">The destination state (the source when ignored or refused).</param>
/// <param name="Error">The failure message; null on success.</param>
/// <param name="UnmetGuards">Descriptions of the unmet guards (empty unless <see cref="FireOutcome.GuardUnmet"/>).</param>
/// <param name="UnmetPayload">The payload of the first unmet guard, if it carries one.</param>
public readonly record struct FireResult<TState>(
    FireOutcome Outcome,
    TState Source,
    TState Destination,
    string? Error,
    IReadOnlyList<string> UnmetGuards,
    object? UnmetPayload)
{
    /// <summary>Whether the trigger was accepted (transition taken or trigger ignored).</summary>
    public bool IsSuccess => Outcome is FireOutcome.Transitioned or FireOutcome.Ignored;
}
