// Harness/Concurrency/TraceFiles: a trace file of version 2 (kind
using SriovVerification.Harness.Concurrency;

namespace SriovVerification.Harness.Concurrency.TraceFiles;

/// <summary>
/// A trace file of version 2 (<c>kind: interleaving</c>): one scheduled run of a transition under traffic, written so
/// that <c>replay</c> re-executes it: the options it is a function of, its schedule as decisions, and what it recorded
/// (every scheduler step, every frame with its fate, the verdict and the violations).
/// </summary>
/// <param name="Title">One line naming the run.</param>
/// <param name="Purpose">How it was found and shrunk.</param>
/// <param name="Options">The run's options; <see cref="InterleavingOptions.Decisions"/> is the schedule.</param>
/// <param name="Verdict">The scheduler's verdict recorded.</param>
/// <param name="Violations">The checkers' violations recorded.</param>
/// <param name="Steps">Every scheduler step recorded.</param>
/// <param name="Frames">Every frame recorded, with its fate.</param>
public sealed record InterleavingTrace(
    string Title,
    string Purpose,
    InterleavingOptions Options,
    ScheduleVerdict Verdict,
    IReadOnlyList<string> Violations,
    IReadOnlyList<ScheduleStep> Steps,
    IReadOnlyList<string> Frames)
{
    /// <summary>The format line's version.</summary>
    public const int Version = 2;

    /// <summary>The trace of a run whose options hold its decisions (a shrunk or normalized run).</summary>
    public static InterleavingTrace Of(InterleavingReport report, string title, string purpose)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = report.Options with { Decisions = report.Schedule.Decisions };
        return new InterleavingTrace(title, purpose, options, report.Schedule.Verdict, report.Frames.Violations, report.Schedule.Steps, report.FrameLines);
    }
}
