// Harness/Conformance/Exhaustive: exhaustive conformance
using SriovVerification.Exploration.Profiles;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Exhaustive;

/// <summary>
/// Exhaustive conformance: the explorer visits every reachable model state of a configuration in breadth-first order,
/// and at each one every candidate command of the profile is run on its own copy of the emulated adapter, restored
/// from the snapshot taken when the state was reached, and checked as <see cref="ConformanceSession"/> checks a step
/// (status, data, abstract state, invariants on both sides).
/// The first divergence ends the search; breadth-first order makes its counterexample a shortest one. Symmetry
/// reduction is off: a representative's renaming would not match the adapter's concrete state.
/// </summary>
public static class ExhaustiveConformance
{
    /// <summary>
    /// Checks the adapter carrying <paramref name="defects"/> against the model over every state of
    /// <paramref name="config"/> reachable under <paramref name="options"/>' profile and bounds; each level of states is
    /// checked on <see cref="ExplorationOptions.Workers"/> workers (the result does not depend on their number).
    /// </summary>
    public static ExhaustiveConformanceResult Run(ModelConfig config, IReadOnlyList<string> defects, ExplorationOptions? options = null, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(defects);
        var chosen = options ?? new ExplorationOptions { Profile = ExplorationProfile.Conformance };
        var checker = new ConformanceStepChecker(config, defects, seed, chosen.Profile, chosen.Workers);
        var exploration = Explorer.Explore(config, chosen with
        {
            Symmetry = false,
            StepHook = checker.Check,
            StepHookOnRefused = true,
        });

        Trace? counterexample = null;
        var caughtBy = "";
        if (exploration.Verdict == ExplorationVerdict.HookFailed && exploration.Counterexample is { Steps.Count: > 0 } found
            && checker.HistoryOf(found.Steps[^1].Command) is { } history)
        {
            (counterexample, caughtBy) = TraceOf(config, defects, seed, history);
        }

        return new ExhaustiveConformanceResult
        {
            Exploration = exploration,
            Defects = defects,
            Counterexample = counterexample,
            CaughtBy = caughtBy,
            CheckedSteps = checker.CheckedSteps,
            ReplaySteps = checker.ReplaySteps,
            SessionsBuilt = checker.SessionsBuilt,
            Restores = checker.Restores,
        };
    }

    /// <summary>
    /// Runs <paramref name="commands"/> on a fresh adapter and the model and records the steps up to the first
    /// divergence as a trace (header: configuration, seed, defects); also returns what caught it.
    /// </summary>
    public static (Trace Trace, string CaughtBy) TraceOf(ModelConfig config, IReadOnlyList<string> defects, ulong seed, IReadOnlyList<Command> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var session = new ConformanceSession(config, defects, seed);
        var steps = new List<TraceStep>(commands.Count);
        var caughtBy = "";
        foreach (var command in commands)
        {
            var result = session.Step(command);
            steps.Add(result.ToTraceStep());
            if (result.Diverged)
            {
                caughtBy = result.CaughtBy;
                break;
            }
        }

        var defectText = defects.Count == 0 ? "no defect" : string.Join(" ", defects);
        var trace = new Trace(config, ValueArray.Create<TraceStep>([.. steps]))
        {
            Seed = seed,
            Defects = ValueArray.Create<string>([.. defects]),
            Title = $"exhaustive conformance counterexample ({defectText})",
            Purpose = caughtBy.Length == 0
                ? "the steps of an exhaustive conformance finding; the adapter agrees with the model on them when replayed"
                : $"a shortest sequence on which the adapter diverges from the model, caught by {caughtBy}",
        };
        return (trace, caughtBy);
    }
}
