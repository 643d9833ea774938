// Exploration/Packed: what the full check of one stored state found

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// What the full check of one stored state found: a state invariant broken (<paramref name="Command"/> −1), a
/// transition invariant broken on candidate <paramref name="Command"/>, or the packed engine and <c>SriovModel.Apply</c>
/// disagreeing on it (<paramref name="Mismatch"/>).
/// </summary>
/// <param name="Command">The candidate command's index, or −1 for a state invariant.</param>
/// <param name="Violation">The invariant broken, or null for a mismatch.</param>
/// <param name="Mismatch">The disagreement, or null for a violation.</param>
/// <param name="Transition">The model's transition on <paramref name="Command"/> (null for a state invariant).</param>
internal sealed record PackedCrossCheck(int Command, InvariantViolation? Violation, string? Mismatch, Transition? Transition)
{
    /// <summary>
    /// The full check of a stored world: every invariant of <c>Invariants</c> on the decoded state, and every candidate
    /// command's outcome and successor under <c>SriovModel.Apply</c> against the packed ones; null when all agree.
    /// </summary>
    public static PackedCrossCheck? Run(ModelConfig config, PackedHostStack engine, ReadOnlySpan<ulong> records, uint switches, PackedKey ownKey)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = engine.ToModel(records, switches);
        var stateViolations = Invariants.CheckState(config, state);
        if (stateViolations.Count > 0)
        {
            return new PackedCrossCheck(-1, stateViolations[0], null, null);
        }

        var packed = new PackedSuccessor[engine.Candidates.Count];
        var count = engine.Expand(records, switches, packed);
        var scratch = new ulong[PackedHostStack.MaxVms];
        var next = 0;
        for (var c = 0; c < engine.Candidates.Count; c++)
        {
            var command = engine.Candidates[c];
            var transition = SriovModel.Apply(config, state, command);
            var stepViolations = Invariants.CheckTransition(config, state, command, transition);
            if (stepViolations.Count > 0)
            {
                return new PackedCrossCheck(c, stepViolations[0], null, transition);
            }

            var packedAccepts = next < count && packed[next].Command == c;
            var expected = packedAccepts ? (packed[next].Key == default ? ownKey : packed[next].Key) : default;
            if (packedAccepts)
            {
                next++;
            }

            string? mismatch = null;
            if (transition.Outcome.IsSuccess != packedAccepts)
            {
                mismatch = $"{command}: the model {(transition.Outcome.IsSuccess ? "accepts" : $"refuses ({transition.Outcome.Status})")}, the packed engine {(packedAccepts ? "accepts" : "refuses")}";
            }
            else if (packedAccepts)
            {
                if (!engine.TryFromModel(transition.State, scratch, out var sw, out var reason))
                {
                    mismatch = $"{command}: the model's successor does not pack: {reason}";
                }
                else if (engine.Pack(scratch, sw) != expected)
                {
                    mismatch = $"{command}: the model's successor and the packed engine's differ";
                }
            }

            if (mismatch is not null)
            {
                return new PackedCrossCheck(c, null, mismatch, transition);
            }
        }

        return null;
    }

    /// <summary>The finding as one process reports it, after the shortest path <paramref name="steps"/> to the checked state.</summary>
    public (ExplorationVerdict Verdict, ExplorationTrace Trace) ToTrace(PackedHostStack engine, IReadOnlyList<ExplorationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (Transition is null)
        {
            return (ExplorationVerdict.InvariantViolated, new ExplorationTrace(steps, Violation!.ToString()));
        }

        var path = new List<ExplorationStep>(steps) { new(engine.Candidates[Command], Transition.Outcome) };
        return Violation is not null
            ? (ExplorationVerdict.InvariantViolated, new ExplorationTrace(path, Violation.ToString()))
            : (ExplorationVerdict.EngineMismatch, new ExplorationTrace(path, "engine mismatch: " + Mismatch));
    }
}
