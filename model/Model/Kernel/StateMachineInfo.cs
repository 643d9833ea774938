// A description of a configured machine, projected from Stateless's info, for diagrams and documents.
using StatelessInfo = Stateless.Reflection.StateMachineInfo;

namespace SriovVerification.Model.Kernel;

// Stays: a string-typed, ordered projection of Stateless's GetInfo() with the machine's name, read by the Mermaid renderer, coverage and the candidate gate.

/// <summary>A description of a configured state machine, for diagrams and documentation (projected from Stateless's <c>GetInfo()</c>).</summary>
/// <param name="Name">The machine's name (the graph name in DOT).</param>
/// <param name="InitialState">The state a fresh object starts in, or null when not declared.</param>
/// <param name="States">Every configured state, in configuration order.</param>
public sealed record StateMachineInfo(string Name, string? InitialState, IReadOnlyList<StateInfo> States)
{
    /// <summary>Every transition of every state, in configuration order.</summary>
    public IEnumerable<TransitionInfo> Transitions => States.SelectMany(s => s.Transitions);

    /// <summary>Projects Stateless's description of a machine: states in configuration order, each state's transitions in trigger order.</summary>
    /// <param name="name">The machine's name.</param>
    /// <param name="info">What Stateless's <c>GetInfo()</c> returned.</param>
    public static StateMachineInfo FromStateless(string name, StatelessInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var states = new List<StateInfo>();
        foreach (var state in info.States)
        {
            var source = Text(state.UnderlyingState);
            states.Add(new StateInfo(
                source,
                [.. state.EntryActions.Select(a => a.Method.Description)],
                [.. state.FixedTransitions.Select(t => new TransitionInfo(
                    source,
                    Text(t.Trigger.UnderlyingTrigger),
                    Text(t.DestinationState.UnderlyingState),
                    [.. t.GuardConditionsMethodDescriptions.Select(g => g.Description)]))],
                [.. state.IgnoredTriggers.Select(t => Text(t.Trigger.UnderlyingTrigger))]));
        }

        return new StateMachineInfo(name, info.InitialState is null ? null : Text(info.InitialState.UnderlyingState), states);
    }

    private static string Text(object? value) => value?.ToString() ?? "";
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
