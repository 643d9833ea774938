// Harness/Concurrency: how a scheduled run ended
namespace SriovVerification.Harness.Concurrency;

/// <summary>How a scheduled run ended.</summary>
public enum ScheduleVerdict
{
    /// <summary>Every actor finished.</summary>
    Completed,
    /// <summary>The step bound was reached (a livelock, a deadlock, or a bound too small): reported, never a hang.</summary>
    StepBoundReached,
    /// <summary>An actor threw (an adapter assertion, say).</summary>
    ActorFailed,
}
