// Harness/Concurrency: what an actor's body sees of the scheduler
namespace SriovVerification.Harness.Concurrency;

/// <summary>What an actor's body sees of the scheduler.</summary>
public sealed class ActorContext
{
    private readonly CooperativeScheduler scheduler;

    internal ActorContext(CooperativeScheduler scheduler, string name)
    {
        this.scheduler = scheduler;
        Name = name;
    }

    /// <summary>The actor's name.</summary>
    public string Name { get; }

    /// <summary>Steps taken by the whole run so far.</summary>
    public int StepCount => scheduler.StepCount;

    /// <summary>Progress steps of the control-path actors so far (the run's protocol clock).</summary>
    public int ProtocolSteps => scheduler.ProtocolSteps;

    /// <summary>Whether the named actor has finished.</summary>
    public bool IsDone(string actor) => scheduler.IsDone(actor);

    /// <summary>An atomic step boundary of the actor's own program.</summary>
    public void Yield(string point) => scheduler.Yield(point);

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, letting others run; false when <paramref name="timeoutSteps"/>
    /// steps of the run passed first (a time-out in scheduler steps, never wall-clock time).
    /// </summary>
    public bool WaitUntil(Func<bool> condition, int timeoutSteps, string point)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var start = scheduler.StepCount;
        while (!condition())
        {
            if (scheduler.StepCount - start >= timeoutSteps)
            {
                return false;
            }

            scheduler.Blocked(point);
        }

        return true;
    }
}
