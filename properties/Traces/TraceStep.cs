// Traces: one line of a trace

namespace SriovVerification.Traces;

/// <summary>
/// One line of a trace: step number, command (its actor is derived from it), the outcome observed, a compact
/// summary of what changed, and for counterexamples the expected outcome, the violated invariants and a state diff.
/// </summary>
/// <param name="Number">The step number, from 1.</param>
/// <param name="Command">The command.</param>
/// <param name="Outcome">The outcome observed (for a checked step: the adapter's).</param>
/// <param name="Changes">What changed, e.g. <c>+vf0(vm2) +vport1(vf0)</c>; empty when nothing did.</param>
public sealed record TraceStep(int Number, Command Command, Outcome Outcome, string Changes = "")
{
    /// <summary>The outcome the model expected, when it differs from <see cref="Outcome"/> (null: not recorded).</summary>
    public Outcome? Expected { get; init; }

    /// <summary>The invariants this step violated.</summary>
    public ValueArray<InvariantViolation> Violations { get; init; } = [];

    /// <summary>The state diff, one line each, conventionally starting with <c>-</c> (expected) or <c>+</c> (actual).</summary>
    public ValueArray<string> StateDiff { get; init; } = [];
}
