// Exploration/Search: the state a step leaves during an exploration, and the shortest path to it from the initial state (rebuilt from parent links on demand, ..

namespace SriovVerification.Exploration.Search;

/// <summary>
/// The state a step leaves during an exploration, and the shortest path to it from the initial state
/// (rebuilt from parent links on demand, so that a hook pays for it only when it needs it).
/// </summary>
public sealed class ExplorationPath
{
    private readonly ExplorationRun run;

    internal ExplorationPath(ExplorationRun run, int stateNumber, int depth, ModelState state)
    {
        this.run = run;
        StateNumber = stateNumber;
        Depth = depth;
        State = state;
    }

    /// <summary>The state's number in breadth-first order (0 = the initial state).</summary>
    public int StateNumber { get; }

    /// <summary>Steps from the initial state.</summary>
    public int Depth { get; }

    /// <summary>The state (with symmetry reduction: its orbit's representative).</summary>
    public ModelState State { get; }

    /// <summary>
    /// The concrete steps from the initial state to a state of this one's orbit (with symmetry reduction the last
    /// state may be a renaming of <see cref="State"/>), and that last state.
    /// </summary>
    public (IReadOnlyList<ExplorationStep> Steps, ModelState State) Replay() => run.Replay(StateNumber);
}
