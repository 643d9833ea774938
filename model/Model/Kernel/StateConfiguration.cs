namespace SriovVerification.Model.Kernel;

/// <summary>
/// The configuration of one state of a <see cref="StateMachine{TState, TTrigger, TContext}"/>, returned by
/// <see cref="StateMachine{TState, TTrigger, TContext}.Configure"/>; its methods chain.
/// </summary>
/// <typeparam name="TState">State type.</typeparam>
/// <typeparam name="TTrigger">Trigger type.</typeparam>
/// <typeparam name="TContext">The external, immutable context the machine fires over.</typeparam>
public sealed class StateConfiguration<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TTrigger, List<TransitionRule>> rules = [];
    private readonly List<TTrigger> triggerOrder = [];
    private readonly HashSet<TTrigger> ignored = [];
    private readonly List<TTrigger> ignoredOrder = [];
    private readonly List<string> entryActions = [];

    internal StateConfiguration(TState state) => State = state;

    /// <summary>The configured state.</summary>
    public TState State { get; }

    /// <summary>Permits <paramref name="trigger"/> to lead to <paramref name="destination"/> unconditionally.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Permit(TTrigger trigger, TState destination) =>
        AddRule(trigger, destination, []);

    /// <summary>Permits <paramref name="trigger"/> to lead to <paramref name="destination"/> when <paramref name="guard"/> holds.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition over the context.</param>
    /// <param name="guardDescription">What the guard requires, in words.</param>
    public StateConfiguration<TState, TTrigger, TContext> PermitIf(
        TTrigger trigger, TState destination, Func<TContext, bool> guard, string guardDescription) =>
        AddRule(trigger, destination, [new Guard<TContext>(guard, guardDescription)]);

    /// <summary>
    /// Permits <paramref name="trigger"/> to lead to <paramref name="destination"/> when <paramref name="guard"/> holds;
    /// when it is the first unmet guard, <paramref name="unmetPayload"/> is reported in <see cref="FireResult{TState}.UnmetPayload"/>.
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition over the context.</param>
    /// <param name="guardDescription">What the guard requires, in words.</param>
    /// <param name="unmetPayload">Caller data for the unmet case (e.g. a status).</param>
    public StateConfiguration<TState, TTrigger, TContext> PermitIf(
        TTrigger trigger, TState destination, Func<TContext, bool> guard, string guardDescription, object unmetPayload) =>
        AddRule(trigger, destination, [new Guard<TContext>(guard, guardDescription, unmetPayload)]);

    /// <summary>Permits <paramref name="trigger"/> to lead to <paramref name="destination"/> when every guard holds; they are evaluated in order.</summary>
    public StateConfiguration<TState, TTrigger, TContext> PermitIf(
        TTrigger trigger, TState destination, params Guard<TContext>[] guards) =>
        AddRule(trigger, destination, guards);

    /// <summary>Accepts <paramref name="trigger"/> in this state without a transition.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Ignore(TTrigger trigger)
    {
        if (rules.ContainsKey(trigger))
        {
            throw new InvalidOperationException($"Trigger '{trigger}' already has a transition from state '{State}'; it cannot also be ignored.");
        }

        if (ignored.Add(trigger))
        {
            ignoredOrder.Add(trigger);
        }

        return this;
    }

    /// <summary>
    /// Records an entry action by its description. Firing never mutates the context: the effect itself belongs
    /// to the caller, which applies it when <see cref="FireResult{TState}.Destination"/> is this state.
    /// </summary>
    public StateConfiguration<TState, TTrigger, TContext> OnEntry(string actionDescription)
    {
        entryActions.Add(actionDescription);
        return this;
    }

    internal bool IsIgnored(TTrigger trigger) => ignored.Contains(trigger);

    internal List<TransitionRule>? RulesFor(TTrigger trigger) => rules.TryGetValue(trigger, out var list) ? list : null;

    internal IEnumerable<TTrigger> Triggers => triggerOrder.Concat(ignoredOrder);

    internal StateInfo ToInfo() =>
        new(
            Name(State),
            [.. entryActions],
            [.. triggerOrder.SelectMany(t => rules[t].Select(r => new TransitionInfo(Name(State), Name(t), Name(r.Destination), [.. r.Guards.Select(g => g.Description)])))],
            [.. ignoredOrder.Select(t => Name(t))]);

    private static string Name<T>(T value) where T : notnull => value.ToString() ?? "";

    private StateConfiguration<TState, TTrigger, TContext> AddRule(TTrigger trigger, TState destination, Guard<TContext>[] guards)
    {
        if (ignored.Contains(trigger))
        {
            throw new InvalidOperationException($"Trigger '{trigger}' is ignored in state '{State}'; it cannot also have a transition.");
        }

        if (!rules.TryGetValue(trigger, out var list))
        {
            list = [];
            rules.Add(trigger, list);
            triggerOrder.Add(trigger);
        }

        list.Add(new TransitionRule(destination, guards));
        return this;
    }

    internal sealed record TransitionRule(TState Destination, Guard<TContext>[] Guards);
}
