// Harness/Concurrency: one scheduling decision of a recorded interleaving
namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// One scheduling decision of a recorded interleaving: at scheduler step <paramref name="Step"/>, run
/// <paramref name="Actor"/> where <see cref="Default"/> would have kept another running (a preemption, or a choice among
/// several runnable actors after one finished or blocked).
/// </summary>
/// <param name="Step">The scheduler step, from 0.</param>
/// <param name="Actor">The actor run at that step.</param>
public sealed record ScheduleDecision(int Step, string Actor)
{
    /// <summary>
    /// The choice between decisions: the actor that ran last when it is runnable, else the runnable actor of lowest
    /// index (the order the scenario added them in).
    /// </summary>
    public static int Default(int previous, IReadOnlyList<int> runnable)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        var lowest = int.MaxValue;
        foreach (var candidate in runnable)
        {
            if (candidate == previous)
            {
                return previous;
            }

            lowest = Math.Min(lowest, candidate);
        }

        return lowest;
    }
}
