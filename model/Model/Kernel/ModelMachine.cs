// A table-driven state machine over Stateless with an external state and no throwing refusals.
namespace SriovVerification.Model.Kernel;

/// <summary>
/// One of the model's state machines, declared with Stateless and fired over the model's immutable state: the
/// current state is read from a context (<c>phaseOf</c>), each thread has its own configured Stateless machine
/// (external-state constructor, <c>FiringMode.Immediate</c>, parameterised triggers carrying the context, refusals
/// through <c>OnUnhandledTrigger</c>), and a pure table computed once from Stateless's <c>GetInfo()</c> answers
/// <see cref="Fire"/> (guards, refusals with their status, ignored triggers, destinations). When the model commits a
/// step (<see cref="Arrive"/>), the state the model's effect produced must be in the step's destination; and the first
/// time a thread commits a phase-changing (source, trigger, destination), it is fired through Stateless, which must
/// reach that destination (its answer is pure, so it is cached: a Stateless fire costs about 25 times the table's).
/// </summary>
/// <typeparam name="TState">State type (an <see cref="int"/>-backed enum).</typeparam>
/// <typeparam name="TTrigger">Trigger type (an <see cref="int"/>-backed enum).</typeparam>
/// <typeparam name="TContext">The immutable context each trigger carries.</typeparam>
public sealed class ModelMachine<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<TContext, TState> phaseOf;
    private readonly ThreadLocal<MachineBuilder<TState, TTrigger, TContext>> perThread;
    private readonly TransitionTable<TState, TTrigger, TContext> table;
    private readonly IReadOnlyDictionary<string, Guard<TContext>> guards;

    /// <summary>Declares a machine: <paramref name="define"/> configures a fresh Stateless machine (run once per thread).</summary>
    /// <param name="name">The machine's name (diagrams, messages).</param>
    /// <param name="initialState">The state a fresh object starts in.</param>
    /// <param name="phaseOf">Reads the current state from a context.</param>
    /// <param name="define">Configures the machine's states, transitions, guards and entry actions.</param>
    public ModelMachine(string name, TState initialState, Func<TContext, TState> phaseOf, Action<MachineBuilder<TState, TTrigger, TContext>> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        Name = name;
        this.phaseOf = phaseOf;
        perThread = new ThreadLocal<MachineBuilder<TState, TTrigger, TContext>>(() =>
        {
            var builder = new MachineBuilder<TState, TTrigger, TContext>(initialState);
            define(builder);
            return builder;
        });
        var first = perThread.Value!;
        var statelessInfo = first.Machine.GetInfo();
        guards = first.Guards;
        table = new TransitionTable<TState, TTrigger, TContext>(statelessInfo, guards);
        Info = StateMachineInfo.FromStateless(name, statelessInfo);
    }

    /// <summary>The machine's name.</summary>
    public string Name { get; }

    /// <summary>Stateless's <c>GetInfo()</c> of the machine, projected (states, transitions with guard descriptions, ignored triggers, entry actions).</summary>
    public StateMachineInfo Info { get; }

    /// <summary>The same as <see cref="Info"/>: Stateless's <c>GetInfo()</c>, projected.</summary>
    public StateMachineInfo GetInfo() => Info;

    /// <summary>This thread's configured Stateless machine (its state is whatever the last fire on this thread left).</summary>
    public Stateless.StateMachine<TState, TTrigger> StatelessMachine => perThread.Value!.Machine;

    /// <summary>The current state of <paramref name="context"/>.</summary>
    public TState StateOf(TContext context) => phaseOf(context);

    /// <summary>
    /// Fires <paramref name="trigger"/> over <paramref name="context"/>: the transition taken, or the refusal with the
    /// unmet guards and the status of the first. Mutates nothing of the context.
    /// </summary>
    public FireResult<TState, TTrigger> Fire(TTrigger trigger, TContext context)
    {
        var source = phaseOf(context);
        var result = table.Evaluate(source, trigger, context);
        if (MachineSelfCheck.EveryFireThroughStateless)
        {
            Compare(result, FireThroughStateless(source, trigger, context), context);
        }

        return result;
    }

    /// <summary>Fires <paramref name="trigger"/> through this thread's Stateless machine alone (no table), from the state of <paramref name="context"/>.</summary>
    public FireResult<TState, TTrigger> FireThroughStateless(TTrigger trigger, TContext context) =>
        FireThroughStateless(phaseOf(context), trigger, context);

    /// <summary>Whether this thread's Stateless machine can fire <paramref name="trigger"/> from the state of <paramref name="context"/>; otherwise the unmet guards.</summary>
    public bool CanFire(TTrigger trigger, TContext context, out ICollection<string> unmetGuards)
    {
        var builder = perThread.Value!;
        builder.SetState(phaseOf(context));
        return builder.Machine.CanFire(builder.Trigger(trigger), context, out unmetGuards);
    }

    /// <summary>
    /// Commits <paramref name="step"/> (fired over <paramref name="context"/>) once the model has applied its effect:
    /// a phase-changing transition this thread has not committed before is fired through its Stateless machine, which
    /// must reach the step's destination; then the model's self-check: throws <see cref="InvalidOperationException"/>
    /// unless <paramref name="stateAfter"/>, the state the effect produced, is the step's destination.
    /// </summary>
    public void Arrive(in FireResult<TState, TTrigger> step, TContext context, TState stateAfter)
    {
        if (step.ChangesPhase && !MachineSelfCheck.EveryFireThroughStateless && perThread.Value!.FirstCommit(step.Source, step.Trigger, step.Destination))
        {
            var builder = perThread.Value!;
            builder.Fire(step.Source, step.Trigger, context);
            if (builder.Unhandled || !EqualityComparer<TState>.Default.Equals(builder.Current, step.Destination))
            {
                throw new InvalidOperationException(
                    $"model self-check: {Name} {step.Source} --{step.Trigger}--> Stateless reached {(builder.Unhandled ? "no transition" : builder.Current)}, the table {step.Destination}");
            }
        }

        if (!EqualityComparer<TState>.Default.Equals(stateAfter, step.Destination))
        {
            throw new InvalidOperationException(
                $"model self-check: {Name} fired {step.Source} --{step.Trigger}--> {step.Destination}, but the model's effect left it {stateAfter}");
        }

        MachineSelfCheck.CountArrival();
    }

    private FireResult<TState, TTrigger> FireThroughStateless(TState source, TTrigger trigger, TContext context)
    {
        var builder = perThread.Value!;
        builder.Fire(source, trigger, context);
        if (builder.Unhandled)
        {
            var unmet = builder.UnhandledGuards is { Count: > 0 } list ? list.ToList() : [];
            return unmet.Count == 0
                ? new(FireOutcome.NoTransition, source, trigger, source, unmet, null)
                : new(FireOutcome.GuardUnmet, source, trigger, source, unmet, guards[unmet[0]].UnmetStatus);
        }

        return builder.Wrote
            ? new(FireOutcome.Transitioned, source, trigger, builder.Current, [], null)
            : new(FireOutcome.Ignored, source, trigger, source, [], null);
    }

    private void Compare(in FireResult<TState, TTrigger> table, in FireResult<TState, TTrigger> stateless, TContext context)
    {
        var same = table.Outcome == stateless.Outcome
            && EqualityComparer<TState>.Default.Equals(table.Destination, stateless.Destination)
            && table.UnmetStatus == stateless.UnmetStatus
            && table.UnmetGuards.SequenceEqual(stateless.UnmetGuards);
        var canFire = CanFire(table.Trigger, context, out _);
        if (!same || canFire != table.IsSuccess)
        {
            throw new InvalidOperationException(
                $"model self-check: {Name} {table.Source} --{table.Trigger}-->: the table says {table.Outcome} to {table.Destination} "
                + $"[{string.Join(", ", table.UnmetGuards)}], Stateless {stateless.Outcome} to {stateless.Destination} [{string.Join(", ", stateless.UnmetGuards)}], CanFire {canFire}");
        }

        MachineSelfCheck.CountStatelessFire();
    }
}
