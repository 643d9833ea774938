// Exploration/Search: rebuilding concrete traces from parent links

namespace SriovVerification.Exploration.Search;

/// <summary>Rebuilding concrete traces from parent links.</summary>
internal sealed partial class ExplorationRun
{
    /// <summary>
    /// Replays the parent chain of <paramref name="stateNumber"/> from the initial state. Each link names the
    /// command's index in its parent's candidate list; under symmetry reduction the concrete state is a renaming
    /// of the representative, so the command whose successor has the recorded key is searched for.
    /// </summary>
    public (IReadOnlyList<ExplorationStep> Steps, ModelState State) Replay(int stateNumber)
    {
        var chain = new List<int>();
        for (var s = stateNumber; s > 0; s = table.ParentOf(s))
        {
            chain.Add(s);
            if (chain.Count > table.Count)
            {
                throw new InvalidOperationException("parent links form a cycle");
            }
        }

        chain.Reverse();
        var state = SriovModel.Initial(config);
        var steps = new List<ExplorationStep>(chain.Count);
        var probe = new ulong[encoder.KeyWords];
        foreach (var link in chain)
        {
            var target = table.KeyAt(link).ToArray();
            var list = candidates;
            var found = false;
            var preferred = table.CommandOf(link);
            for (var attempt = -1; attempt < list.Count && !found; attempt++)
            {
                var index = attempt < 0 ? preferred : attempt;
                if (index >= list.Count || (attempt >= 0 && index == preferred))
                {
                    continue;
                }

                var transition = SriovModel.Apply(config, state, list[index]);
                if (transition.Outcome.IsSuccess && Canonicalize(transition.State, probe, out _) && probe.AsSpan().SequenceEqual(target))
                {
                    steps.Add(new ExplorationStep(list[index], transition.Outcome));
                    state = transition.State;
                    found = true;
                }
            }

            if (!found)
            {
                throw new InvalidOperationException($"no command of state {table.ParentOf(link)} leads to state {link}: the model is not deterministic or the symmetry is unsound");
            }
        }

        return (steps, state);
    }

    private ExplorationTrace TraceWithLastStep(int source, int commandIndex, Func<Command, ModelState, Transition, string?> finding, string fallbackFinding)
    {
        var (steps, state) = Replay(source);
        var list = candidates;
        for (var attempt = -1; attempt < list.Count; attempt++)
        {
            var index = attempt < 0 ? commandIndex : attempt;
            if (index >= list.Count || (attempt >= 0 && index == commandIndex))
            {
                continue;
            }

            var transition = SriovModel.Apply(config, state, list[index]);
            var message = finding(list[index], state, transition);
            if (message is not null)
            {
                return new ExplorationTrace([.. steps, new ExplorationStep(list[index], transition.Outcome)], message);
            }
        }

        return new ExplorationTrace(steps, fallbackFinding + " (on the orbit's representative; no renamed step reproduces it)");
    }
}
