// Trace replay: re-executes a trace file's commands and compares each step with the file.
using SriovVerification.Implementation;
using SriovVerification.Implementation.Defects;

namespace SriovVerification.Scenarios;

/// <summary>
/// Re-executes a trace's commands on the model and the emulated adapter side by side and compares each step with what
/// the file records: the model's outcome with the recorded expected outcome (the step's outcome when none is recorded),
/// the adapter's with the recorded outcome (status and data), and whether model and adapter diverge with whether the
/// file records a divergence there (an <c>expected:</c>, <c>violated:</c> or <c>diff:</c> line).
/// </summary>
public static class TraceReplay
{
    /// <summary>The defect names among <paramref name="defects"/> that the catalogue does not know.</summary>
    public static IReadOnlyList<string> UnknownDefects(IEnumerable<string> defects) =>
        [.. defects.Where(d => DefectCatalog.Find(d) is null)];

    /// <summary>Replays <paramref name="trace"/> with <paramref name="defects"/> switched on in the adapter; stops at the first mismatch.</summary>
    public static ReplayResult Replay(Trace trace, IReadOnlyList<string> defects)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(defects);
        var session = new ConformanceSession(trace.Config, defects, trace.Seed ?? 0);
        var divergences = new List<int>();
        var count = 0;
        foreach (var recorded in trace.Steps)
        {
            count++;
            StepResult result;
            try
            {
                result = session.Step(recorded.Command);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var text = TracePrinter.PrintStep(recorded);
                var problem = $"step {recorded.Number} threw {exception.GetType().Name}: {exception.Message}";
                return new ReplayResult(count, defects, new ReplayMismatch(recorded.Number, [problem], text, "", ""), divergences);
            }

            var problems = Compare(recorded, result);
            if (problems.Count > 0)
            {
                var recordedText = TracePrinter.PrintStep(recorded);
                var replayedText = TracePrinter.PrintStep(result.ToTraceStep());
                var diff = UnifiedDiff.Create(recordedText, replayedText, "recorded", "replayed");
                return new ReplayResult(count, defects, new ReplayMismatch(recorded.Number, problems, recordedText, replayedText, diff), divergences);
            }

            if (result.Diverged)
            {
                divergences.Add(recorded.Number);
            }
        }

        return new ReplayResult(count, defects, null, divergences);
    }

    /// <summary>Whether the file records a divergence at <paramref name="step"/>.</summary>
    public static bool RecordsDivergence(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Expected is not null || step.Violations.Length > 0 || step.StateDiff.Length > 0;
    }

    private static List<string> Compare(TraceStep recorded, StepResult result)
    {
        var problems = new List<string>();
        var recordedExpected = recorded.Expected ?? recorded.Outcome;
        if (!SameStatusAndData(result.Expected, recordedExpected))
        {
            problems.Add($"model answered {Describe(result.Expected)}, the file records {Describe(recordedExpected)}");
        }

        if (!SameStatusAndData(result.Actual, recorded.Outcome))
        {
            problems.Add($"adapter answered {Describe(result.Actual)}, the file records {Describe(recorded.Outcome)}");
        }

        var recordedDivergence = RecordsDivergence(recorded);
        if (result.Diverged && !recordedDivergence)
        {
            problems.Add("model and adapter diverge, the file records agreement");
            problems.AddRange(result.Violations.Select(v => $"violated: {v.InvariantId} {v.Message}"));
            problems.AddRange(result.StateDiff.Select(d => $"diff: {d}"));
        }
        else if (!result.Diverged && recordedDivergence)
        {
            problems.Add("the file records a divergence, model and adapter agree");
        }

        return problems;
    }

    /// <summary>Same status and data; a config-space read left undefined (<c>value=undefined</c>) on either side matches any value.</summary>
    private static bool SameStatusAndData(Outcome left, Outcome right) =>
        left.Status == right.Status
        && (Equals(left.Data, right.Data)
            || (left.Data is OutcomeData.ConfigSpaceRead && right.Data is OutcomeData.ConfigSpaceRead
                && (left.Data is OutcomeData.ConfigSpaceRead { Value: null } || right.Data is OutcomeData.ConfigSpaceRead { Value: null })));

    private static string Describe(Outcome outcome)
    {
        var data = outcome.Data is null ? "" : " " + OutcomeText.FormatData(outcome.Data);
        return outcome.Status.ToNdisName() + data;
    }
}
