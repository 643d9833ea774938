// A Stateless machine's transitions as a pure lookup, computed once from its info.
namespace SriovVerification.Model.Kernel;

// Stays beside Stateless: a Stateless Fire costs ~0.4 µs and ~1.3 KB, this lookup ~13 ns and 0 B (StatelessMachineBenchmarks); the explorer asks it millions of times.

/// <summary>
/// The transitions of one Stateless machine as a pure lookup, computed once from its <c>GetInfo()</c>: per
/// (state, trigger) whether it is ignored and which transitions (destination, guards resolved from their descriptions)
/// leave. Evaluating it gives what firing the machine gives, without Stateless's per-fire allocations.
/// </summary>
/// <typeparam name="TState">State type.</typeparam>
/// <typeparam name="TTrigger">Trigger type.</typeparam>
/// <typeparam name="TContext">The context the guards read.</typeparam>
internal sealed class TransitionTable<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private static readonly string[] NoGuards = [];
    private readonly Entry?[] entries;
    private readonly int triggerCount;

    public TransitionTable(Stateless.Reflection.StateMachineInfo info, IReadOnlyDictionary<string, Guard<TContext>> guards)
    {
        var stateCount = Enum.GetValues<TState>().Max(MachineBuilder<TState, TTrigger, TContext>.IndexOf) + 1;
        triggerCount = Enum.GetValues<TTrigger>().Max(MachineBuilder<TState, TTrigger, TContext>.IndexOf) + 1;
        entries = new Entry?[stateCount * triggerCount];
        foreach (var state in info.States)
        {
            var source = (TState)state.UnderlyingState;
            foreach (var ignored in state.IgnoredTriggers)
            {
                entries[Index(source, (TTrigger)ignored.Trigger.UnderlyingTrigger)] = new Entry(true, []);
            }

            foreach (var transition in state.FixedTransitions)
            {
                var index = Index(source, (TTrigger)transition.Trigger.UnderlyingTrigger);
                var resolved = transition.GuardConditionsMethodDescriptions.Select(g => guards[g.Description]).ToArray();
                var rule = new Rule((TState)transition.DestinationState.UnderlyingState, resolved);
                entries[index] = new Entry(false, [.. entries[index]?.Rules ?? [], rule]);
            }
        }
    }

    /// <summary>What firing <paramref name="trigger"/> from <paramref name="source"/> with <paramref name="context"/> does.</summary>
    public FireResult<TState, TTrigger> Evaluate(TState source, TTrigger trigger, TContext context)
    {
        var entry = entries[Index(source, trigger)];
        if (entry is null)
        {
            return new(FireOutcome.NoTransition, source, trigger, source, NoGuards, null);
        }

        if (entry.Ignored)
        {
            return new(FireOutcome.Ignored, source, trigger, source, NoGuards, null);
        }

        foreach (var rule in entry.Rules)
        {
            if (AllHold(rule.Guards, context))
            {
                return new(FireOutcome.Transitioned, source, trigger, rule.Destination, NoGuards, null);
            }
        }

        return Refusal(entry, source, trigger, context);
    }

    private static FireResult<TState, TTrigger> Refusal(Entry entry, TState source, TTrigger trigger, TContext context)
    {
        var unmet = new List<string>(2);
        NdisStatus? status = null;
        foreach (var rule in entry.Rules)
        {
            foreach (var guard in rule.Guards)
            {
                if (!guard.Condition(context))
                {
                    status ??= guard.UnmetStatus;
                    if (!unmet.Contains(guard.Description))
                    {
                        unmet.Add(guard.Description);
                    }
                }
            }
        }

        return new(FireOutcome.GuardUnmet, source, trigger, source, unmet, status);
    }

    private static bool AllHold(Guard<TContext>[] guards, TContext context)
    {
        foreach (var guard in guards)
        {
            if (!guard.Condition(context))
            {
                return false;
            }
        }

        return true;
    }

    private int Index(TState state, TTrigger trigger) =>
        (MachineBuilder<TState, TTrigger, TContext>.IndexOf(state) * triggerCount) + MachineBuilder<TState, TTrigger, TContext>.IndexOf(trigger);

    private sealed record Rule(TState Destination, Guard<TContext>[] Guards);

    private sealed record Entry(bool Ignored, Rule[] Rules);
}
