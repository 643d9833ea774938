// Harness/Concurrency: runs actors one at a time, each on its own thread, handing control over only at yield points (the adapter's, through IScheduler, and the ..
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Runs actors one at a time, each on its own thread, handing control over only at yield points (the adapter's, through
/// <see cref="IScheduler"/>, and the actors' own). The order is the strategy's choice, so a run is a function of the
/// strategy's seed and replays exactly. A blocked actor (waiting for a lock, a drain or a condition) is not chosen while
/// another can make progress. Every run is bounded by a step count; reaching it is a verdict.
/// </summary>
public sealed class CooperativeScheduler : IScheduler
{
    /// <summary>Steps a run may take when the caller does not say.</summary>
    public const int StepBoundDefault = 5_000;

    [ThreadStatic]
    private static Actor? current;

    private readonly SchedulingStrategy strategy;
    private readonly int stepBound;
    private readonly SemaphoreSlim schedulerTurn = new(0, 1);
    private readonly List<Actor> actors = [];
    private readonly List<ScheduleStep> steps = [];
    private readonly List<ScheduleDecision> decisions = [];
    private volatile bool aborting;
    private int stepCount;
    private int protocolSteps;

    /// <summary>Creates a scheduler that follows <paramref name="strategy"/> for at most <paramref name="stepBound"/> steps.</summary>
    public CooperativeScheduler(SchedulingStrategy strategy, int stepBound = StepBoundDefault)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepBound, 1);
        this.strategy = strategy;
        this.stepBound = stepBound;
    }

    /// <inheritdoc/>
    public bool Interleaves => true;

    /// <summary>Steps taken so far.</summary>
    public int StepCount => Volatile.Read(ref stepCount);

    /// <summary>Steps in which a control-path actor (added with <c>protocol</c>) made progress: the run's protocol clock.</summary>
    public int ProtocolSteps => Volatile.Read(ref protocolSteps);

    /// <summary>
    /// Adds an actor; its body runs when <see cref="Run"/> first chooses it. A <paramref name="protocol"/> actor (control
    /// path, guest) advances <see cref="ProtocolSteps"/> with each step in which it makes progress.
    /// </summary>
    public void Add(string name, Action<ActorContext> body, bool protocol = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (actors.Any(a => a.Name == name))
        {
            throw new ArgumentException($"actor '{name}' added twice", nameof(name));
        }

        actors.Add(new Actor(actors.Count, name, body, new ActorContext(this, name)) { Protocol = protocol });
    }

    /// <summary>Whether the named actor has finished.</summary>
    public bool IsDone(string name) => actors.FirstOrDefault(a => a.Name == name) is { Done: true };

    /// <inheritdoc/>
    public void Yield(string point) => Switch(point, blocked: false);

    /// <inheritdoc/>
    public void Blocked(string point)
    {
        if (current is { } me && ReferenceEquals(me.Owner, this))
        {
            Switch(point, blocked: true);
        }
        else
        {
            Thread.Yield();
        }
    }

    /// <summary>Runs every actor to completion (or to the bound) and returns the schedule.</summary>
    public ScheduleResult Run()
    {
        strategy.Bind(actors.Select(a => a.Name).ToList());
        strategy.BindProtocol(actors.Select(a => a.Protocol).ToList());
        strategy.Start(actors.Count);
        var previous = -1;
        foreach (var actor in actors)
        {
            actor.Owner = this;
            actor.Thread = new Thread(() => Body(actor)) { IsBackground = true, Name = "actor " + actor.Name };
            actor.Thread.Start();
        }

        var verdict = ScheduleVerdict.Completed;
        var failure = "";
        while (true)
        {
            var live = actors.Where(a => !a.Done).ToList();
            if (actors.FirstOrDefault(a => a.Failure is not null) is { } failed)
            {
                verdict = ScheduleVerdict.ActorFailed;
                failure = $"actor {failed.Name} at step {stepCount}: {failed.Failure!.GetType().Name}: {failed.Failure.Message}";
                break;
            }

            if (live.Count == 0)
            {
                break;
            }

            if (stepCount >= stepBound)
            {
                verdict = ScheduleVerdict.StepBoundReached;
                failure = $"step bound {stepBound} reached with {string.Join(", ", live.Select(a => $"{a.Name} at {a.Point}{(a.Blocked ? " (blocked)" : "")}"))}";
                break;
            }

            var chosen = Choose(live, previous);
            previous = chosen.Index;
            strategy.Ran(previous);
            chosen.LastStep = stepCount;
            steps.Add(new ScheduleStep(stepCount, chosen.Name, chosen.Point));
            Interlocked.Increment(ref stepCount);
            chosen.Turn.Release();
            schedulerTurn.Wait();
            if (!chosen.Done)
            {
                strategy.Yielded(chosen.Index, chosen.Point, chosen.Blocked, stepCount - 1);
            }

            if (!chosen.Blocked)
            {
                // It made progress: whatever the others were waiting for may hold now.
                if (chosen.Protocol)
                {
                    Interlocked.Increment(ref protocolSteps);
                }

                foreach (var other in live)
                {
                    other.Blocked = false;
                }
            }
        }

        Abort();
        return new ScheduleResult(verdict, strategy.Description, steps, failure) { Decisions = decisions };
    }

    /// <summary>The actor that runs next: the strategy's pick among the runnable ones, or, when everyone waits, the one that re-checked least recently.</summary>
    private Actor Choose(List<Actor> live, int previous)
    {
        var runnable = live.Where(a => !a.Blocked).Select(a => a.Index).ToList();
        // Everyone waits: the one that re-checked least recently goes (time passes for all, fairly).
        Actor chosen;
        if (runnable.Count > 0)
        {
            chosen = actors[strategy.Choose(runnable, stepCount)];
            if (chosen.Index != ScheduleDecision.Default(previous, runnable))
            {
                decisions.Add(new ScheduleDecision(stepCount, chosen.Name));
            }
        }
        else
        {
            chosen = live.OrderBy(a => a.LastStep).ThenBy(a => a.Index).First();
        }

        return chosen;
    }

    private void Abort()
    {
        aborting = true;
        foreach (var actor in actors)
        {
            if (!actor.Done)
            {
                actor.Turn.Release();
                schedulerTurn.Wait();
            }
        }

        foreach (var actor in actors)
        {
            actor.Thread?.Join();
        }
    }

    private void Body(Actor actor)
    {
        current = actor;
        actor.Turn.Wait();
        try
        {
            if (!aborting)
            {
                actor.Body(actor.Context);
            }
        }
        catch (ScheduleAbortedException)
        {
        }
        catch (Exception exception) when (!aborting)
        {
            actor.Failure = exception;
        }
        catch (Exception)
        {
        }
        finally
        {
            actor.Done = true;
            current = null;
            schedulerTurn.Release();
        }
    }

    private void Switch(string point, bool blocked)
    {
        if (current is not { } me || !ReferenceEquals(me.Owner, this))
        {
            return;
        }

        if (aborting)
        {
            throw new ScheduleAbortedException();
        }

        me.Blocked = blocked;
        me.Point = point;
        schedulerTurn.Release();
        me.Turn.Wait();
        if (aborting)
        {
            throw new ScheduleAbortedException();
        }
    }

    private sealed class Actor(int index, string name, Action<ActorContext> body, ActorContext context)
    {
        public int Index { get; } = index;

        public string Name { get; } = name;

        public Action<ActorContext> Body { get; } = body;

        public ActorContext Context { get; } = context;

        public SemaphoreSlim Turn { get; } = new(0, 1);

        public CooperativeScheduler? Owner { get; set; }

        public Thread? Thread { get; set; }

        public volatile bool Done;

        public volatile bool Blocked;

        public string Point { get; set; } = "start";

        public Exception? Failure { get; set; }

        public bool Protocol { get; init; }

        public int LastStep { get; set; } = -1;
    }
}
