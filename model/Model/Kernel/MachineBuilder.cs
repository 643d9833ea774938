// One configured Stateless machine over external state, as a machine definition declares it.
using System.Runtime.CompilerServices;
using Stateless;

namespace SriovVerification.Model.Kernel;

/// <summary>
/// One configured Stateless machine over external state, as a machine definition declares it: the
/// <see cref="StateMachine{TState, TTrigger}"/> (external-state constructor, <see cref="FiringMode.Immediate"/>), one
/// parameterised trigger per <typeparamref name="TTrigger"/> value carrying the context, the guards by description,
/// and what the last fire did (state written, or refused through <c>OnUnhandledTrigger</c>). Not thread-safe:
/// <see cref="ModelMachine{TState, TTrigger, TContext}"/> keeps one per thread.
/// </summary>
/// <typeparam name="TState">State type (an <see cref="int"/>-backed enum).</typeparam>
/// <typeparam name="TTrigger">Trigger type (an <see cref="int"/>-backed enum).</typeparam>
/// <typeparam name="TContext">The immutable context each trigger carries.</typeparam>
public sealed class MachineBuilder<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly StateMachine<TState, TTrigger>.TriggerWithParameters<TContext>[] triggers;
    private readonly Dictionary<string, Guard<TContext>> guards = new(StringComparer.Ordinal);
    private readonly bool[] committed;
    private readonly int stateCount;
    private TState current;

    internal MachineBuilder(TState initialState)
    {
        if (Enum.GetUnderlyingType(typeof(TState)) != typeof(int) || Enum.GetUnderlyingType(typeof(TTrigger)) != typeof(int))
        {
            throw new ArgumentException("states and triggers must be int-backed enums");
        }

        current = initialState;
        Machine = new StateMachine<TState, TTrigger>(() => current, WriteState, FiringMode.Immediate);
        Machine.OnUnhandledTrigger(OnUnhandled);
        var values = Enum.GetValues<TTrigger>();
        triggers = new StateMachine<TState, TTrigger>.TriggerWithParameters<TContext>[values.Max(IndexOf) + 1];
        foreach (var trigger in values)
        {
            triggers[IndexOf(trigger)] = Machine.SetTriggerParameters<TContext>(trigger);
        }

        stateCount = Enum.GetValues<TState>().Max(IndexOf) + 1;
        committed = new bool[stateCount * triggers.Length * stateCount];
    }

    /// <summary>The Stateless machine; configure it with <c>Configure</c>, <c>Permit</c>, <c>PermitIf</c>, <c>PermitReentryIf</c>, <c>Ignore</c>, <c>OnEntry</c>.</summary>
    public StateMachine<TState, TTrigger> Machine { get; }

    internal TState Current => current;

    internal bool Wrote { get; private set; }

    internal bool Unhandled { get; private set; }

    internal ICollection<string>? UnhandledGuards { get; private set; }

    internal IReadOnlyDictionary<string, Guard<TContext>> Guards => guards;

    /// <summary>The parameterised trigger of <paramref name="trigger"/>: it carries a <typeparamref name="TContext"/>.</summary>
    public StateMachine<TState, TTrigger>.TriggerWithParameters<TContext> Trigger(TTrigger trigger) => triggers[IndexOf(trigger)];

    /// <summary>
    /// <paramref name="conditions"/> as Stateless guards (condition, description), evaluated in order; registers each
    /// description with its status, so that a refusal answers with the status of its first unmet guard.
    /// </summary>
    public Tuple<Func<TContext, bool>, string>[] When(params Guard<TContext>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var result = new Tuple<Func<TContext, bool>, string>[conditions.Length];
        for (var i = 0; i < conditions.Length; i++)
        {
            var guard = conditions[i];
            if (guards.TryGetValue(guard.Description, out var known) && !ReferenceEquals(known, guard))
            {
                throw new InvalidOperationException($"two guards are described as '{guard.Description}'; a guard description names one guard");
            }

            guards[guard.Description] = guard;
            result[i] = Tuple.Create(guard.Condition, guard.Description);
        }

        return result;
    }

    internal static int IndexOf<T>(T value) where T : struct, Enum => Unsafe.As<T, int>(ref value);

    /// <summary>Fires <paramref name="trigger"/> with <paramref name="context"/> from <paramref name="source"/>; the outcome is read from <see cref="Current"/>, <see cref="Wrote"/> and <see cref="Unhandled"/>.</summary>
    internal void Fire(TState source, TTrigger trigger, TContext context)
    {
        current = source;
        Wrote = false;
        Unhandled = false;
        UnhandledGuards = null;
        Machine.Fire(triggers[IndexOf(trigger)], context);
    }

    internal void SetState(TState state) => current = state;

    /// <summary>True the first time this thread commits (<paramref name="source"/>, <paramref name="trigger"/>, <paramref name="destination"/>), false after.</summary>
    internal bool FirstCommit(TState source, TTrigger trigger, TState destination)
    {
        var index = (((IndexOf(source) * triggers.Length) + IndexOf(trigger)) * stateCount) + IndexOf(destination);
        if (committed[index])
        {
            return false;
        }

        committed[index] = true;
        return true;
    }

    private void WriteState(TState state)
    {
        current = state;
        Wrote = true;
    }

    private void OnUnhandled(TState state, TTrigger trigger, ICollection<string> unmetGuards)
    {
        Unhandled = true;
        UnhandledGuards = unmetGuards;
    }
}
