// Harness/Concurrency: what a replay of an interleaving trace did, against what the file recorded
using System.Globalization;
using System.Text;
using SriovVerification.Harness.Concurrency.TraceFiles;

namespace SriovVerification.Harness.Concurrency;

/// <summary>What a replay of an interleaving trace did, against what the file recorded.</summary>
/// <param name="Trace">The file.</param>
/// <param name="Report">The run.</param>
/// <param name="FirstDifference">The first scheduler step that differs from the file's schedule (index), or -1.</param>
public sealed record InterleavingReplayResult(InterleavingTrace Trace, InterleavingReport Report, int FirstDifference)
{
    /// <summary>Whether the run failed.</summary>
    public bool Failed => !Report.Passed;

    /// <summary>Whether it failed the way the file records (the same first kind of violation).</summary>
    public bool Reproduced
    {
        get
        {
            var recorded = Trace.Verdict == ScheduleVerdict.Completed ? [] : new List<string> { RecordedVerdictKind() };
            recorded.AddRange(Trace.Violations.Select(RaceFailure.Kind));
            return recorded.Count > 0 && RaceFailure.Kinds(Report).Contains(recorded[0]);
        }
    }

    /// <summary>
    /// The recorded kind of a failed schedule: for a crash, what threw as the title names it (<c>adapter threw T in …</c>,
    /// <c>adapter assertion NAME in …</c>), so that the replay reproduces the same crash; else the verdict.
    /// </summary>
    private string RecordedVerdictKind() =>
        Trace.Verdict == ScheduleVerdict.ActorFailed && Trace.Title.StartsWith("adapter ", StringComparison.Ordinal) && Trace.Title.IndexOf(" in ", StringComparison.Ordinal) is var end and > 0
            ? Trace.Title[..end]
            : Trace.Verdict.ToString();

    /// <summary>A report: the verdict, where the schedule left the file, then the run's own report.</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        b.Append(Failed ? Reproduced ? "reproduced: " : "failed differently: " : "passed: ")
            .Append(Failed ? string.Join("; ", Report.Frames.Violations.Take(3).DefaultIfEmpty(Report.Schedule.Failure)) : "no checker failed")
            .Append('\n');
        foreach (var departure in Report.Departures)
        {
            b.Append("  decision not followed: ").Append(departure).Append('\n');
        }

        if (FirstDifference >= 0)
        {
            var recorded = FirstDifference < Trace.Steps.Count ? Describe(Trace.Steps[FirstDifference]) : "the end of the schedule";
            var actual = FirstDifference < Report.Schedule.Steps.Count ? Describe(Report.Schedule.Steps[FirstDifference]) : "the end of the schedule";
            var decision = (Trace.Options.Decisions ?? []).LastOrDefault(d => d.Step <= FirstDifference);
            b.Append(CultureInfo.InvariantCulture, $"  schedule diverges from the file at step {FirstDifference:D4}: the file has {recorded}, the run {actual}")
                .Append(decision is null ? "" : string.Create(CultureInfo.InvariantCulture, $" (last decision before it: {decision.Step:D4} {decision.Actor})"))
                .Append('\n');
        }
        else
        {
            b.Append("  schedule: every step as the file records it\n");
        }

        return b.ToString();
    }

    private static string Describe(ScheduleStep step) => $"'{step.Actor} {step.Point}'";
}
