using SriovVerification.Harness.Traces;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance;

/// <summary>One checked step: the command, both outcomes, both states after it, and what disagreed.</summary>
/// <param name="Number">The step number, from 1.</param>
/// <param name="Command">The command.</param>
/// <param name="Expected">The model's outcome.</param>
/// <param name="Actual">The adapter's outcome, mapped into model terms by <see cref="AdapterDriver"/>.</param>
/// <param name="ModelAfter">The model's state after the step.</param>
/// <param name="AdapterAfter">The abstraction of the adapter after the step.</param>
/// <param name="StateDiff">Field-level differences (and adapter observables the abstraction contradicts).</param>
/// <param name="Violations">Violated invariants on either side, messages prefixed <c>model:</c> or <c>adapter:</c>.</param>
/// <param name="Changes">Compact summary of what changed on the adapter (the trace's changes column).</param>
public sealed record StepResult(
    int Number,
    Command Command,
    Outcome Expected,
    Outcome Actual,
    ModelState ModelAfter,
    ModelState AdapterAfter,
    ValueArray<string> StateDiff,
    ValueArray<InvariantViolation> Violations,
    string Changes)
{
    /// <summary>Whether the statuses differ.</summary>
    public bool StatusMismatch => Expected.Status != Actual.Status;

    /// <summary>Whether the data differ where the model defines them (a config-space read the model leaves undefined compares by status only).</summary>
    public bool DataMismatch =>
        !StatusMismatch
        && Expected.Data is not null
        && Expected.Data is not OutcomeData.ConfigSpaceRead { Value: null }
        && !Expected.Data.Equals(Actual.Data);

    /// <summary>Whether anything disagreed: status, data, state, or an invariant on either side.</summary>
    public bool Diverged => StatusMismatch || DataMismatch || StateDiff.Length > 0 || Violations.Length > 0;

    /// <summary>
    /// What caught the divergence, for reports: the first violated invariant id, else <c>status mismatch</c>,
    /// <c>data mismatch</c> or <c>state diff (field)</c>; empty when the step agreed.
    /// </summary>
    public string CaughtBy
    {
        get
        {
            if (Violations.Length > 0)
            {
                return Violations[0].InvariantId;
            }

            if (StatusMismatch)
            {
                return "status mismatch";
            }

            if (DataMismatch)
            {
                return "data mismatch";
            }

            if (StateDiff.Length > 0)
            {
                var line = StateDiff[0];
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var name = colon > 0 ? line[..colon] : line;
                var dot = name.LastIndexOf('.');
                return "state diff (" + (dot >= 0 ? name[(dot + 1)..] : name) + ")";
            }

            return "";
        }
    }

    /// <summary>The trace line of this step: the adapter's outcome, the model's when it differs, violations and diff.</summary>
    public TraceStep ToTraceStep() =>
        new(Number, Command, Actual, Changes)
        {
            Expected = StatusMismatch || DataMismatch ? Expected : null,
            Violations = Violations,
            StateDiff = StateDiff,
        };
}
