// Exploration/Vacuity: how often an invariant's premise held in an expanded state (how far from vacuous its checks were)
namespace SriovVerification.Exploration.Vacuity;

/// <summary>How often an invariant's premise held in an expanded state (how far from vacuous its checks were).</summary>
/// <param name="InvariantId">The invariant, <c>INV-nn</c>.</param>
/// <param name="Premise">What must exist for the invariant to say something.</param>
/// <param name="ExercisedStates">Expanded states in which the premise held.</param>
public sealed record InvariantCoverage(string InvariantId, string Premise, long ExercisedStates);
