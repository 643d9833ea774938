using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration;

/// <summary>
/// Explicit-state breadth-first model checking of <c>SriovModel</c> for one configuration: every reachable state,
/// every enabled command of the profile, state invariants on every state, transition invariants on every step,
/// deadlocks, and the shortest trace to whatever it finds. States are stored as compact keys
/// (<see cref="StateEncoder"/>), optionally one per symmetry orbit (<see cref="SymmetryReduction"/>).
/// </summary>
public static class Explorer
{
    /// <summary>Explores <paramref name="config"/> under <paramref name="options"/> (defaults when null).</summary>
    public static ExplorationResult Explore(ModelConfig config, ExplorationOptions? options = null)
    {
        var problems = config.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid configuration: " + string.Join("; ", problems), nameof(config));
        }

        return new ExplorationRun(config, options ?? new ExplorationOptions()).Run();
    }

    /// <summary>The encoder the explorer uses for <paramref name="config"/> (domain from the initial state's candidate commands).</summary>
    public static StateEncoder EncoderFor(ModelConfig config) =>
        new(config, EncodingDomain.From(config, SriovModel.CandidateCommands(config, SriovModel.Initial(config))));
}
