namespace SriovVerification.Model.Kernel;

/// <summary>
/// A state machine in the shape of the Stateless library, firing over an external immutable context: the
/// current state is read from the context by a selector, and <see cref="Fire"/> only computes the destination.
/// Nothing is mutated, so a model checker can ask every trigger of every context. Configure it once, then use it
/// from any thread.
/// </summary>
/// <typeparam name="TState">State type (usually an enum).</typeparam>
/// <typeparam name="TTrigger">Trigger type (usually an enum).</typeparam>
/// <typeparam name="TContext">The external, immutable context the machine fires over.</typeparam>
public sealed class StateMachine<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Func<TContext, TState> stateSelector;
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations = [];
    private readonly List<TState> stateOrder = [];
    private readonly bool hasInitialState;
    private readonly TState? initialState;

    /// <summary>Creates a machine whose current state is <paramref name="stateSelector"/> of the context.</summary>
    /// <param name="stateSelector">Reads the current state from a context.</param>
    public StateMachine(Func<TContext, TState> stateSelector)
    {
        this.stateSelector = stateSelector;
    }

    /// <summary>Creates a machine whose current state is <paramref name="stateSelector"/> of the context and whose fresh objects start in <paramref name="initialState"/>.</summary>
    /// <param name="stateSelector">Reads the current state from a context.</param>
    /// <param name="initialState">The state a fresh object starts in (shown in diagrams).</param>
    /// <param name="name">The machine's name (shown in diagrams).</param>
    public StateMachine(Func<TContext, TState> stateSelector, TState initialState, string name)
    {
        this.stateSelector = stateSelector;
        this.initialState = initialState;
        hasInitialState = true;
        Name = name;
        Configure(initialState);
    }

    /// <summary>The machine's name (the graph name of diagrams).</summary>
    public string Name { get; init; } = "StateMachine";

    /// <summary>The current state of <paramref name="context"/>.</summary>
    public TState StateOf(TContext context) => stateSelector(context);

    /// <summary>Begins (or continues) the configuration of <paramref name="state"/>.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Configure(TState state)
    {
        if (!configurations.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger, TContext>(state);
            configurations.Add(state, configuration);
            stateOrder.Add(state);
        }

        return configuration;
    }

    /// <summary>
    /// Computes where <paramref name="trigger"/> leads from the state of <paramref name="context"/>: the first transition
    /// (in configuration order) whose guards all hold, or the state itself when the trigger is ignored. Mutates nothing.
    /// </summary>
    public FireResult<TState> Fire(TTrigger trigger, TContext context)
    {
        var source = stateSelector(context);
        if (!configurations.TryGetValue(source, out var configuration))
        {
            return NoTransition(source, trigger);
        }

        if (configuration.IsIgnored(trigger))
        {
            return new FireResult<TState>(FireOutcome.Ignored, source, source, null, [], null);
        }

        var rules = configuration.RulesFor(trigger);
        if (rules is null)
        {
            return NoTransition(source, trigger);
        }

        foreach (var rule in rules)
        {
            if (FirstUnmet(rule, context) < 0)
            {
                return new FireResult<TState>(FireOutcome.Transitioned, source, rule.Destination, null, [], null);
            }
        }

        var unmet = new List<string>();
        object? payload = null;
        foreach (var rule in rules)
        {
            var first = FirstUnmet(rule, context);
            payload ??= rule.Guards[first].UnmetPayload;
            foreach (var guard in rule.Guards)
            {
                if (!guard.Condition(context) && !unmet.Contains(guard.Description))
                {
                    unmet.Add(guard.Description);
                }
            }
        }

        var message = $"Trigger '{trigger}' is valid for transition from state '{source}' but a guard condition is not met. Guard descriptions: '{string.Join("', '", unmet)}'.";
        return new FireResult<TState>(FireOutcome.GuardUnmet, source, source, message, unmet, payload);
    }

    /// <summary>Whether <paramref name="trigger"/> can fire in the state of <paramref name="context"/>.</summary>
    public bool CanFire(TTrigger trigger, TContext context) => Fire(trigger, context).IsSuccess;

    /// <summary>
    /// Whether <paramref name="trigger"/> can fire in the state of <paramref name="context"/>; when it cannot because of guards,
    /// <paramref name="unmetGuards"/> lists their descriptions (empty otherwise).
    /// </summary>
    public bool CanFire(TTrigger trigger, TContext context, out IReadOnlyList<string> unmetGuards)
    {
        var result = Fire(trigger, context);
        unmetGuards = result.UnmetGuards;
        return result.IsSuccess;
    }

    /// <summary>The triggers that can fire (a transition with all guards met, or ignored) in the state of <paramref name="context"/>, in configuration order.</summary>
    public IReadOnlyList<TTrigger> GetPermittedTriggers(TContext context)
    {
        var permitted = new List<TTrigger>();
        if (!configurations.TryGetValue(stateSelector(context), out var configuration))
        {
            return permitted;
        }

        foreach (var trigger in configuration.Triggers)
        {
            if (Fire(trigger, context).IsSuccess)
            {
                permitted.Add(trigger);
            }
        }

        return permitted;
    }

    /// <summary>Describes the configured states, transitions (with guard descriptions), ignored triggers and entry actions.</summary>
    public StateMachineInfo GetInfo() =>
        new(Name, hasInitialState ? initialState!.ToString() : null, [.. stateOrder.Select(s => configurations[s].ToInfo())]);

    private static int FirstUnmet(StateConfiguration<TState, TTrigger, TContext>.TransitionRule rule, TContext context)
    {
        var guards = rule.Guards;
        for (var i = 0; i < guards.Length; i++)
        {
            if (!guards[i].Condition(context))
            {
                return i;
            }
        }

        return -1;
    }

    private static FireResult<TState> NoTransition(TState source, TTrigger trigger) =>
        new(
            FireOutcome.NoTransition,
            source,
            source,
            $"No valid leaving transitions are permitted from state '{source}' for trigger '{trigger}'. Consider ignoring the trigger.",
            [],
            null);
}
