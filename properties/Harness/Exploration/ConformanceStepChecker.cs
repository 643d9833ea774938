using SriovVerification.Harness.Conformance;
using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration;

/// <summary>
/// The step hook of an exhaustive conformance check. On the first call for a state it checks every candidate command
/// of the profile there on the emulated adapter and keeps the verdicts; the explorer then asks for them in its own
/// (breadth-first, candidate) order, so the first failure it meets lies on a shortest path. Adapters cannot be
/// cloned: the commands the model refuses run one after the other on one session (a refusal leaves a conforming
/// adapter where it was); each enabled command needs its own session at the state, taken from a pool of sessions
/// left at that state by earlier steps, else built by replaying the state's shortest path.
/// </summary>
internal sealed class ConformanceStepChecker
{
    private readonly ModelConfig config;
    private readonly IReadOnlyList<string> defects;
    private readonly ulong seed;
    private readonly List<Command> candidates = [];
    private readonly Dictionary<Command, Finding> findings = [];
    private readonly int poolSessionsMax;
    private Dictionary<ModelState, Stack<PooledSession>> pool = [];
    private Dictionary<ModelState, Stack<PooledSession>> nextPool = [];
    private int pooledCount;
    private int expandedState = -1;
    private int level;

    public ConformanceStepChecker(ModelConfig config, IReadOnlyList<string> defects, ulong seed, ExplorationProfile profile, int poolSessionsMax)
    {
        this.config = config;
        this.defects = defects;
        this.seed = seed;
        this.poolSessionsMax = poolSessionsMax;
        foreach (var command in SriovModel.CandidateCommands(config, SriovModel.Initial(config)))
        {
            if (ExplorationProfiles.Includes(profile, command))
            {
                candidates.Add(command);
            }
        }
    }

    /// <summary>Adapter steps checked at the states themselves (one per candidate command and state).</summary>
    public long CheckedSteps { get; private set; }

    /// <summary>Adapter steps spent replaying shortest paths to reach states.</summary>
    public long ReplaySteps { get; private set; }

    /// <summary>Sessions built from a fresh adapter.</summary>
    public long SessionsBuilt { get; private set; }

    /// <summary>Sessions taken from the pool instead of being built.</summary>
    public long PoolHits { get; private set; }

    /// <summary>The hook: the verdict of <paramref name="command"/> at the path's state.</summary>
    public string? Check(ExplorationPath path, Command command, Transition transition)
    {
        if (path.StateNumber != expandedState)
        {
            CheckState(path);
        }

        return findings.TryGetValue(command, out var finding) ? finding.Message : null;
    }

    /// <summary>The commands that reproduce the finding reported for <paramref name="command"/> (from a fresh adapter), or null.</summary>
    public IReadOnlyList<Command>? HistoryOf(Command command) => findings.TryGetValue(command, out var finding) ? finding.History : null;

    private void CheckState(ExplorationPath path)
    {
        if (path.Depth != level)
        {
            pool = path.Depth == level + 1 ? nextPool : [];
            nextPool = [];
            pooledCount = Count(pool);
            level = path.Depth;
        }

        expandedState = path.StateNumber;
        findings.Clear();
        var state = path.State;
        var transitions = new Transition[candidates.Count];
        var lastEnabled = -1;
        for (var c = 0; c < candidates.Count; c++)
        {
            transitions[c] = SriovModel.Apply(config, state, candidates[c]);
            if (transitions[c].Outcome.IsSuccess)
            {
                lastEnabled = c;
            }
        }

        IReadOnlyList<ExplorationStep>? pathSteps = null;
        var firstRefused = transitions.Length;
        for (var c = 0; c < transitions.Length; c++)
        {
            if (!transitions[c].Outcome.IsSuccess)
            {
                firstRefused = c;
                break;
            }
        }

        var refusing = Take(state) ?? Build(path, ref pathSteps, candidates[Math.Min(firstRefused, candidates.Count - 1)]);
        for (var c = 0; c < candidates.Count && refusing is not null; c++)
        {
            if (transitions[c].Outcome.IsSuccess)
            {
                continue;
            }

            var result = refusing.Step(candidates[c]);
            CheckedSteps++;
            if (result.Diverged)
            {
                Record(path, ref pathSteps, candidates[c], refusing, result);
                refusing = null;
            }
        }

        for (var c = 0; c <= lastEnabled; c++)
        {
            if (!transitions[c].Outcome.IsSuccess)
            {
                continue;
            }

            PooledSession? session;
            if (c == lastEnabled && refusing is not null)
            {
                session = refusing;
            }
            else
            {
                session = Take(state) ?? Build(path, ref pathSteps, candidates[c]);
            }

            if (session is null)
            {
                continue;
            }

            var result = session.Step(candidates[c]);
            CheckedSteps++;
            if (result.Diverged)
            {
                Record(path, ref pathSteps, candidates[c], session, result);
            }
            else
            {
                Put(transitions[c].State, session);
            }
        }
    }

    private void Record(ExplorationPath path, ref IReadOnlyList<ExplorationStep>? pathSteps, Command command, PooledSession session, StepResult result)
    {
        pathSteps ??= path.Replay().Steps;
        var shortest = new List<Command>(pathSteps.Count + 1);
        foreach (var step in pathSteps)
        {
            shortest.Add(step.Command);
        }

        shortest.Add(command);
        var history = session.History;
        if (!history.SequenceEqual(shortest))
        {
            var fresh = PooledSession.Replay(config, defects, seed, pathSteps, out var early);
            SessionsBuilt++;
            ReplaySteps += pathSteps.Count;
            var confirmed = early is null && fresh.Step(command).Diverged;
            history = confirmed ? shortest : [.. history];
        }

        findings[command] = new Finding(Describe(result, history.Count), history);
    }

    private static string Describe(StepResult result, int length)
    {
        var detail = result.Violations.Length > 0 ? result.Violations[0].ToString()
            : result.StatusMismatch ? $"model {result.Expected.Status}, adapter {result.Actual.Status}"
            : result.StateDiff.Length > 0 ? result.StateDiff[0]
            : "data differ";
        return $"conformance: the adapter diverged from the model at step {length}, caught by {result.CaughtBy}: {detail}";
    }

    /// <summary>
    /// A fresh adapter driven along the state's shortest path; null when it diverges on the way (a divergence an earlier
    /// state did not show on its pooled session), which is then recorded as the finding of <paramref name="command"/>.
    /// </summary>
    private PooledSession? Build(ExplorationPath path, ref IReadOnlyList<ExplorationStep>? pathSteps, Command command)
    {
        pathSteps ??= path.Replay().Steps;
        var session = PooledSession.Replay(config, defects, seed, pathSteps, out var divergence);
        SessionsBuilt++;
        ReplaySteps += pathSteps.Count;
        if (divergence is null)
        {
            return session;
        }

        findings.TryAdd(command, new Finding(Describe(divergence, session.History.Count), [.. session.History]));
        return null;
    }

    private PooledSession? Take(ModelState state)
    {
        foreach (var source in new[] { pool, nextPool })
        {
            if (source.TryGetValue(state, out var stack) && stack.Count > 0)
            {
                pooledCount--;
                PoolHits++;
                var session = stack.Pop();
                if (stack.Count == 0)
                {
                    source.Remove(state);
                }

                return session;
            }
        }

        return null;
    }

    private void Put(ModelState state, PooledSession session)
    {
        if (pooledCount >= poolSessionsMax)
        {
            return;
        }

        if (!nextPool.TryGetValue(state, out var stack))
        {
            stack = new Stack<PooledSession>();
            nextPool.Add(state, stack);
        }

        stack.Push(session);
        pooledCount++;
    }

    private static int Count(Dictionary<ModelState, Stack<PooledSession>> sessions)
    {
        var count = 0;
        foreach (var stack in sessions.Values)
        {
            count += stack.Count;
        }

        return count;
    }

    private sealed record Finding(string Message, IReadOnlyList<Command> History);
}
