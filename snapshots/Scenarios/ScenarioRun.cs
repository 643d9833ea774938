// Scenario runs: a scenario's trace and every step's result.

namespace SriovVerification.Scenarios;

/// <summary>A scenario run on the model and the emulated adapter side by side: its trace and every step's result.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Trace">The trace: header with the configuration, the scenario's name and purpose; one line per step.</param>
/// <param name="Steps">The step results, in order.</param>
public sealed record ScenarioRun(Scenario Scenario, Trace Trace, IReadOnlyList<StepResult> Steps)
{
    /// <summary>The first step where model and adapter diverged (status, data, state or an invariant), or null.</summary>
    public StepResult? FirstDivergence => Steps.FirstOrDefault(s => s.Diverged);

    /// <summary>The trace as printed (the golden file's text).</summary>
    public string Text => TracePrinter.Print(Trace);

    /// <summary>A description of the first divergence, starting with the command that reproduces it; empty when none.</summary>
    public string DivergenceReport()
    {
        var step = FirstDivergence;
        if (step is null)
        {
            return "";
        }

        var reproduce = Trace.Defects.Length == 0
            ? $"dotnet run --project cli -- traces --scenario {Scenario.Name} reproduces"
            : $"ScenarioRunner.Run(ScenarioCatalog.Get(\"{Scenario.Name}\"), [{string.Join(", ", Trace.Defects.Select(d => $"\"{d}\""))}]) reproduces";
        return $"{reproduce}: scenario '{Scenario.Name}' diverges at step {step.Number} (caught by {step.CaughtBy})\n"
            + TracePrinter.PrintStep(step.ToTraceStep());
    }
}
