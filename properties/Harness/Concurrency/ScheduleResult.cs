// Harness/Concurrency: the outcome of one scheduled run
namespace SriovVerification.Harness.Concurrency;

/// <summary>The outcome of one scheduled run.</summary>
/// <param name="Verdict">How it ended.</param>
/// <param name="Strategy">The strategy's description (seed included).</param>
/// <param name="Steps">The schedule, step by step.</param>
/// <param name="Failure">What failed, for <see cref="ScheduleVerdict.ActorFailed"/>; else empty.</param>
public sealed record ScheduleResult(ScheduleVerdict Verdict, string Strategy, IReadOnlyList<ScheduleStep> Steps, string Failure)
{
    /// <summary>
    /// The schedule as the choices that differ from <see cref="ScheduleDecision.Default"/> (keep running the actor that
    /// ran last): the preemptions. <see cref="ReplayStrategy"/> replays the run from them alone.
    /// </summary>
    public IReadOnlyList<ScheduleDecision> Decisions { get; init; } = [];
}
