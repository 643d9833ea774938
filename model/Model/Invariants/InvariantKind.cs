// When an invariant is checked: on a state or on a transition.
namespace SriovVerification.Model;

/// <summary>When an invariant is checked.</summary>
[Flags]
public enum InvariantKind
{
    /// <summary>On every state (<see cref="Invariants.CheckState"/>).</summary>
    State = 1,
    /// <summary>On every step (<see cref="Invariants.CheckTransition"/>).</summary>
    Transition = 2,
}
