// Harness/Conformance/Exhaustive: the step hook of an exhaustive conformance check
using SriovVerification.Exploration.Profiles;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Exhaustive;

/// <summary>
/// The step hook of an exhaustive conformance check. The adapter is positioned at a state by restoring the snapshot
/// taken when the state was first reached (<see cref="SessionSnapshot"/>, a deep copy of the emulated datacenter), never
/// by replaying its path; every candidate command of the profile runs on its own restored copy, so a refused command
/// can leave no hidden state behind for the next one. Work is level-synchronous: when the explorer asks for a state of
/// a level not yet checked, every state of that level (the new successors of the level before, in the order the
/// breadth-first search discovers them) is checked on all workers, each state on its own copies; the results are merged
/// in state and candidate order, which gives the next level's states and snapshots in discovery order. The explorer
/// then asks for the verdicts in its own order, so the first failure it meets lies on a shortest path and its counts
/// do not depend on the worker count. A state reached otherwise (none is, while the explorer and this agree on
/// successors) is positioned by replaying its path on a fresh adapter.
/// </summary>
internal sealed class ConformanceStepChecker
{
    private readonly ModelConfig config;
    private readonly IReadOnlyList<string> defects;
    private readonly ulong seed;
    private readonly int workers;
    private readonly List<Command> candidates = [];
    private readonly HashSet<ModelState> seen = [];
    private Dictionary<ModelState, Dictionary<Command, Finding>?> served = [];
    private List<Pending> nextLevel = [];
    private Finding? lastReported;
    private long checkedSteps;
    private long restores;

    public ConformanceStepChecker(ModelConfig config, IReadOnlyList<string> defects, ulong seed, ExplorationProfile profile, int workers)
    {
        this.config = config;
        this.defects = defects;
        this.seed = seed;
        this.workers = Math.Max(1, workers);
        foreach (var command in SriovModel.CandidateCommands(config, SriovModel.Initial(config)))
        {
            if (ExplorationProfiles.Includes(profile, command))
            {
                candidates.Add(command);
            }
        }
    }

    /// <summary>Adapter steps checked at the states themselves (one per candidate command and state).</summary>
    public long CheckedSteps => checkedSteps;

    /// <summary>Adapter steps spent replaying paths to position a fresh adapter.</summary>
    public long ReplaySteps { get; private set; }

    /// <summary>Sessions built from a fresh adapter.</summary>
    public long SessionsBuilt { get; private set; }

    /// <summary>Adapters restored from a snapshot.</summary>
    public long Restores => restores;

    /// <summary>The hook: the verdict of <paramref name="command"/> at the path's state.</summary>
    public string? Check(ExplorationPath path, Command command, Transition transition)
    {
        if (!served.TryGetValue(path.State, out var findings))
        {
            CheckLevelOf(path);
            findings = served[path.State];
        }

        if (findings is not null && findings.TryGetValue(command, out var finding))
        {
            lastReported = finding;
            return finding.Message;
        }

        return null;
    }

    /// <summary>The commands that reproduce the finding last reported for <paramref name="command"/> (from a fresh adapter), or null.</summary>
    public IReadOnlyList<Command>? HistoryOf(Command command) =>
        lastReported is { } finding && finding.History.Count > 0 && finding.History[^1].Equals(command) ? finding.History : null;

    private void CheckLevelOf(ExplorationPath path)
    {
        List<Pending> level;
        if (nextLevel.Exists(p => p.State.Equals(path.State)))
        {
            level = nextLevel;
            nextLevel = [];
            served = new Dictionary<ModelState, Dictionary<Command, Finding>?>(level.Count);
        }
        else
        {
            level = [Position(path)];
        }

        var results = new LevelResult[level.Count];
        Parallel.For(0, level.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => results[i] = CheckState(level[i]));
        for (var i = 0; i < level.Count; i++)
        {
            served.TryAdd(level[i].State, results[i].Findings);
            foreach (var successor in results[i].Successors)
            {
                if (seen.Add(successor.State))
                {
                    nextLevel.Add(successor);
                }
            }
        }
    }

    /// <summary>A state not reached by this checker's levels, positioned by replaying its shortest path on a fresh adapter.</summary>
    private Pending Position(ExplorationPath path)
    {
        var steps = path.Replay().Steps;
        var session = new ConformanceSession(config, defects, seed);
        SessionsBuilt++;
        var history = new List<Command>(steps.Count);
        Finding? divergence = session.InitialDiff.Length > 0 ? new Finding("conformance: the adapter's initial state differs from the model's: " + session.InitialDiff[0], []) : null;
        foreach (var step in steps)
        {
            if (divergence is not null)
            {
                break;
            }

            history.Add(step.Command);
            ReplaySteps++;
            var result = session.Step(step.Command);
            if (result.Diverged)
            {
                divergence = new Finding(Describe(result, history.Count), history);
            }
        }

        seen.Add(path.State);
        return new Pending(path.State, session.Freeze(), history, divergence);
    }

    private LevelResult CheckState(Pending pending)
    {
        var findings = (Dictionary<Command, Finding>?)null;
        var successors = new List<Pending>();
        if (pending.Divergence is { } divergence)
        {
            // The path to the state already diverged: every candidate there reports it.
            findings = [];
            foreach (var command in candidates)
            {
                findings[command] = divergence;
            }

            return new LevelResult(findings, successors);
        }

        foreach (var command in candidates)
        {
            var transition = SriovModel.Apply(config, pending.State, command);
            var session = ConformanceSession.Restore(pending.Snapshot);
            Interlocked.Increment(ref restores);
            var result = session.Step(command, transition, fullReadBack: true);
            Interlocked.Increment(ref checkedSteps);
            if (result.Diverged)
            {
                List<Command> history = [.. pending.History, command];
                (findings ??= [])[command] = new Finding(Describe(result, history.Count), history);
            }
            else if (transition.Outcome.IsSuccess && !seen.Contains(transition.State))
            {
                // Read-only here: the set grows only while a level's results are merged, on one thread.
                successors.Add(new Pending(transition.State, session.Freeze(), [.. pending.History, command], null));
            }
        }

        return new LevelResult(findings, successors);
    }

    private static string Describe(StepResult result, int length)
    {
        var detail = result.Violations.Length > 0 ? result.Violations[0].ToString()
            : result.StatusMismatch ? $"model {result.Expected.Status}, adapter {result.Actual.Status}"
            : result.StateDiff.Length > 0 ? result.StateDiff[0]
            : "data differ";
        return $"conformance: the adapter diverged from the model at step {length}, caught by {result.CaughtBy}: {detail}";
    }

    private sealed record Finding(string Message, IReadOnlyList<Command> History);

    private sealed record Pending(ModelState State, SessionSnapshot Snapshot, IReadOnlyList<Command> History, Finding? Divergence);

    private sealed record LevelResult(Dictionary<Command, Finding>? Findings, List<Pending> Successors);
}
