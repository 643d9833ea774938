// The result of firing a trigger on a model machine: accepted, refused, or not configured.
namespace SriovVerification.Model.Kernel;

// Stays: Stateless reports a fire by mutating its state and calling back on refusals; the model needs the step as a value.

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
/// The result of <see cref="ModelMachine{TState, TTrigger, TContext}.Fire"/>: the transition taken (source, trigger,
/// destination), or why the trigger cannot fire. The model applies the effect of the step and then checks, through
/// <see cref="ModelMachine{TState, TTrigger, TContext}.Arrive"/>, that its new phase is <see cref="Destination"/>.
/// </summary>
/// <typeparam name="TState">State type.</typeparam>
/// <typeparam name="TTrigger">Trigger type.</typeparam>
/// <param name="Outcome">How it turned out.</param>
/// <param name="Source">The state the context was in.</param>
/// <param name="Trigger">The trigger fired.</param>
/// <param name="Destination">The destination state (the source when ignored or refused).</param>
/// <param name="UnmetGuards">Descriptions of the unmet guards (empty unless <see cref="FireOutcome.GuardUnmet"/>).</param>
/// <param name="UnmetStatus">The status of the first unmet guard, if any.</param>
public readonly record struct FireResult<TState, TTrigger>(
    FireOutcome Outcome,
    TState Source,
    TTrigger Trigger,
    TState Destination,
    IReadOnlyList<string> UnmetGuards,
    NdisStatus? UnmetStatus)
{
    /// <summary>Whether the trigger was accepted (transition taken or trigger ignored).</summary>
    public bool IsSuccess => Outcome is FireOutcome.Transitioned or FireOutcome.Ignored;

    /// <summary>Whether a transition was taken from a state into a different one.</summary>
    public bool ChangesPhase => Outcome == FireOutcome.Transitioned && !EqualityComparer<TState>.Default.Equals(Source, Destination);
}
