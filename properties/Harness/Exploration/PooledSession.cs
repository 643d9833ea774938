using SriovVerification.Harness.Conformance;
using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration;

/// <summary>A conformance session positioned at a model state, and every command it ran since its adapter was built.</summary>
internal sealed class PooledSession
{
    private readonly List<Command> history;

    private PooledSession(ConformanceSession session, List<Command> history)
    {
        Session = session;
        this.history = history;
    }

    /// <summary>The session.</summary>
    public ConformanceSession Session { get; }

    /// <summary>The commands run on the session, in order (refused ones included).</summary>
    public IReadOnlyList<Command> History => history;

    /// <summary>A fresh adapter driven along <paramref name="steps"/>; the first step that diverges on the way is reported through <paramref name="divergence"/>.</summary>
    public static PooledSession Replay(ModelConfig config, IReadOnlyList<string> defects, ulong seed, IReadOnlyList<ExplorationStep> steps, out StepResult? divergence)
    {
        var pooled = new PooledSession(new ConformanceSession(config, defects, seed), new List<Command>(steps.Count + 1));
        divergence = null;
        foreach (var step in steps)
        {
            var result = pooled.Step(step.Command);
            if (result.Diverged)
            {
                divergence = result;
                break;
            }
        }

        return pooled;
    }

    /// <summary>Runs <paramref name="command"/> on the session.</summary>
    public StepResult Step(Command command)
    {
        history.Add(command);
        return Session.Step(command);
    }
}
