// Harness/Conformance/Monitors: what a monitor found at a step's read-back
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>What a monitor found when the adapter was read back: lines added to the state diff, and invariant violations.</summary>
/// <param name="Discrepancies">State-diff lines (the adapter's records disagree with themselves or with the outcome).</param>
/// <param name="Violations">Invariant violations, their messages as they are reported.</param>
public sealed record StepFindings(IReadOnlyList<string> Discrepancies, IReadOnlyList<InvariantViolation> Violations)
{
    /// <summary>Nothing found.</summary>
    public static StepFindings None { get; } = new([], []);
}
