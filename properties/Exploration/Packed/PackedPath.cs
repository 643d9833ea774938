// Exploration/Packed: shortest paths of the packed engine as model steps

namespace SriovVerification.Exploration.Packed;

/// <summary>Shortest paths of the packed engine as model steps: a chain of stored keys replayed through <c>SriovModel.Apply</c>.</summary>
internal static class PackedPath
{
    /// <summary>
    /// The model steps from the initial state through every key of <paramref name="chain"/> (each with the command that
    /// first reached it, tried first, and the numbers of its parent and itself for the message when no command leads
    /// there), and the model state the path ends in.
    /// </summary>
    public static (IReadOnlyList<ExplorationStep> Steps, ModelState State) Replay(ModelConfig config, PackedHostStack engine, IReadOnlyList<(PackedKey Key, int Command, int Parent, int State)> chain)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(chain);
        var state = SriovModel.Initial(config);
        var steps = new List<ExplorationStep>(chain.Count);
        var scratch = new ulong[PackedHostStack.MaxVms];
        foreach (var (target, preferred, parent, number) in chain)
        {
            var found = false;
            for (var attempt = -1; attempt < engine.Candidates.Count && !found; attempt++)
            {
                var index = attempt < 0 ? preferred : attempt;
                if (attempt >= 0 && index == preferred)
                {
                    continue;
                }

                var transition = SriovModel.Apply(config, state, engine.Candidates[index]);
                if (transition.Outcome.IsSuccess && engine.TryFromModel(transition.State, scratch, out var sw, out _) && engine.Pack(scratch, sw) == target)
                {
                    steps.Add(new ExplorationStep(engine.Candidates[index], transition.Outcome));
                    state = transition.State;
                    found = true;
                }
            }

            if (!found)
            {
                throw new InvalidOperationException(
                    $"no command of state {parent} leads to state {number} under SriovModel.Apply: the packed engine and the model disagree");
            }
        }

        return (steps, state);
    }
}
