namespace SriovVerification.Model.Kernel;

/// <summary>A description of a configured state machine, for diagrams and documentation.</summary>
/// <param name="Name">The machine's name (the graph name in DOT).</param>
/// <param name="InitialState">The state a fresh object starts in, or null when not declared.</param>
/// <param name="States">Every configured state, in configuration order.</param>
public sealed record StateMachineInfo(string Name, string? InitialState, IReadOnlyList<StateInfo> States)
{
    /// <summary>Every transition of every state, in configuration order.</summary>
    public IEnumerable<TransitionInfo> Transitions => States.SelectMany(s => s.Transitions);
}

/// <summary>One state of a <see cref="StateMachineInfo"/>.</summary>
/// <param name="Name">The state's name.</param>
/// <param name="EntryActions">Descriptions of its entry actions.</param>
/// <param name="Transitions">Its leaving transitions, in configuration order.</param>
/// <param name="IgnoredTriggers">Triggers it accepts without a transition.</param>
public sealed record StateInfo(
    string Name,
    IReadOnlyList<string> EntryActions,
    IReadOnlyList<TransitionInfo> Transitions,
    IReadOnlyList<string> IgnoredTriggers);

/// <summary>One transition of a <see cref="StateMachineInfo"/>.</summary>
/// <param name="Source">The source state.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="Destination">The destination state.</param>
/// <param name="GuardDescriptions">Descriptions of its guards, all of which must hold (empty: unguarded).</param>
public sealed record TransitionInfo(string Source, string Trigger, string Destination, IReadOnlyList<string> GuardDescriptions);
