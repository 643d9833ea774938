// Scenario runs: each scenario on the model and the emulated adapter side by side.

namespace SriovVerification.Scenarios;

/// <summary>Runs scenarios through a <see cref="ConformanceSession"/> (model and emulated adapter side by side, no defects).</summary>
public static class ScenarioRunner
{
    /// <summary>Runs every command of <paramref name="scenario"/> and records the trace; a divergence does not stop the run.</summary>
    public static ScenarioRun Run(Scenario scenario) => Run(scenario, []);

    /// <summary>Runs <paramref name="scenario"/> on an adapter carrying <paramref name="defects"/> (recorded in the trace's header).</summary>
    public static ScenarioRun Run(Scenario scenario, IReadOnlyList<string> defects)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(defects);
        var session = new ConformanceSession(scenario.Config, defects);
        var results = new List<StepResult>(scenario.Commands.Length);
        foreach (var command in scenario.Commands)
        {
            results.Add(session.Step(command));
        }

        var trace = new Trace(scenario.Config, results.Select(r => r.ToTraceStep()).ToValueArray())
        {
            Title = scenario.Name,
            Purpose = scenario.Purpose,
            Defects = defects.ToValueArray(),
        };
        return new ScenarioRun(scenario, trace, results);
    }
}
