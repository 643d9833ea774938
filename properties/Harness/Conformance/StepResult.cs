// Harness/Conformance: one checked step
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
/// <param name="AdapterBefore">The abstraction of the adapter before the step (for <see cref="Changes"/>).</param>
public sealed record StepResult(
    int Number,
    Command Command,
    Outcome Expected,
    Outcome Actual,
    ModelState ModelAfter,
    ModelState AdapterAfter,
    ValueArray<string> StateDiff,
    ValueArray<InvariantViolation> Violations,
    ModelState AdapterBefore)
{
    private string? changes;

    /// <summary>Compact summary of what changed on the adapter (the trace's changes column), built when first asked for.</summary>
    public string Changes => changes ??= ChangeSummary.Of(AdapterBefore, AdapterAfter);

    /// <summary>Whether the statuses differ.</summary>
    public bool StatusMismatch => Expected.Status != Actual.Status;

    /// <summary>Whether the data differ where the model defines them (a config-space read the model leaves undefined compares by status only).</summary>
    public bool DataMismatch =>
        !StatusMismatch
        && Expected.Data is not null
        && Expected.Data is not OutcomeData.ConfigSpaceRead { Value: null }
        && !Expected.Data.Equals(Actual.Data);

    /// <summary>
    /// What the adapter threw or asserted during the step or its read-back (<c>adapter threw T</c>, <c>adapter assertion
    /// NAME</c>), or null: a crash of the system under test is a finding even where the model refuses the command too.
    /// </summary>
    public string? Crash
    {
        get
        {
            if (Actual.Reason.StartsWith(AdapterDriver.AdapterAssertionReason, StringComparison.Ordinal))
            {
                var rest = Actual.Reason[AdapterDriver.AdapterAssertionReason.Length..];
                var colon = rest.IndexOf(':', StringComparison.Ordinal);
                return "adapter assertion " + (colon > 0 ? rest[..colon] : rest);
            }

            var reason = Actual.Reason.StartsWith(AdapterDriver.AdapterCrashReason, StringComparison.Ordinal) ? Actual.Reason
                : StateDiff.Length > 0 && StateDiff[^1].StartsWith(ConformanceSession.ReadBackFailedReason, StringComparison.Ordinal) ? StateDiff[^1]
                : null;
            if (reason is null)
            {
                return null;
            }

            var start = reason.IndexOf("threw ", StringComparison.Ordinal) is var at and >= 0 ? at + "threw ".Length : reason.IndexOf(": ", StringComparison.Ordinal) + 2;
            var end = reason.IndexOf(':', start);
            var type = end > start ? reason[start..end] : reason[start..];
            if (type == nameof(Implementation.AdapterInvariantException) && end > start && reason.IndexOf(':', end + 1) is var nameEnd and > 0)
            {
                // The adapter's own assertion fired while it was read back: named as an assertion in the step is.
                return "adapter assertion " + reason[(end + 1)..nameEnd].Trim();
            }

            return "adapter threw " + type;
        }
    }

    /// <summary>Whether anything disagreed: status, data, state, an invariant on either side, or the adapter crashed.</summary>
    public bool Diverged => StatusMismatch || DataMismatch || StateDiff.Length > 0 || Violations.Length > 0 || Crash is not null;

    /// <summary>
    /// What caught the divergence, for reports: the adapter's crash (<see cref="Crash"/>), else the first violated
    /// invariant id, else <c>status mismatch</c>, <c>data mismatch</c> or <c>state diff (field)</c>; empty when the step
    /// agreed.
    /// </summary>
    public string CaughtBy
    {
        get
        {
            if (Crash is { } crash)
            {
                return crash;
            }

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
