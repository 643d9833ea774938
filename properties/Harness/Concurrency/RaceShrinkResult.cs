// Harness/Concurrency: a failing interleaving and the smallest one the shrinker found that fails the same way
namespace SriovVerification.Harness.Concurrency;

/// <summary>A failing interleaving and the smallest one the shrinker found that fails the same way.</summary>
/// <param name="Original">The run as found (its own strategy).</param>
/// <param name="Shrunk">The smallest run, with its schedule as decisions (<see cref="InterleavingOptions.Decisions"/>).</param>
/// <param name="Runs">Runs the shrinker made.</param>
public sealed record RaceShrinkResult(InterleavingReport Original, InterleavingReport Shrunk, int Runs)
{
    /// <summary>Actors of the original run and of the shrunk one.</summary>
    public (int Before, int After) Actors => (ActorCount(Original), ActorCount(Shrunk));

    /// <summary>Preemptions (scheduling decisions) before and after.</summary>
    public (int Before, int After) Preemptions => (Original.Schedule.Decisions.Count, Shrunk.Schedule.Decisions.Count);

    /// <summary>Frames sent before and after.</summary>
    public (int Before, int After) Frames => (Original.Frames.FramesSent, Shrunk.Frames.FramesSent);

    /// <summary>Scheduler steps before and after.</summary>
    public (int Before, int After) Steps => (Original.Schedule.Steps.Count, Shrunk.Schedule.Steps.Count);

    private static int ActorCount(InterleavingReport report) => report.Schedule.Steps.Select(s => s.Actor).Distinct().Count();
}
