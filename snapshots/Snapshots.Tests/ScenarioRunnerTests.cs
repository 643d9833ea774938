// Snapshot tests: a scenario on a defective adapter reports where it diverges.

namespace SriovVerification.Snapshots.Tests;

/// <summary>A scenario run on a defective adapter reports the step where it diverges.</summary>
public sealed class ScenarioRunnerTests
{
    [Fact]
    public void Run_RefusalScenarioWithMatchingDefect_ReportsDivergentStep()
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get("refusal-free-vf-with-vport"), [DefectCatalog.FreeVfWithVPort]);

        var step = run.FirstDivergence;
        Assert.NotNull(step);
        Assert.Equal(4, step.Number);
        var report = run.DivergenceReport();
        Assert.StartsWith("ScenarioRunner.Run(ScenarioCatalog.Get(\"refusal-free-vf-with-vport\"), [\"free-vf-with-vport\"]) reproduces: scenario 'refusal-free-vf-with-vport' diverges at step 4", report, StringComparison.Ordinal);
        Assert.Contains("expected: FILE_NOT_FOUND", report, StringComparison.Ordinal);
        Assert.Contains($"defects: {DefectCatalog.FreeVfWithVPort}\n", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DefectCounterexampleTrace_ReplaysToTheSameDivergence()
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get("refusal-delete-default-vport"), [DefectCatalog.DeleteDefaultVPort]);
        var parsed = TraceParser.Parse(run.Text, "delete-default-vport.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText);

        var result = TraceReplay.Replay(parsed.Trace!, [.. parsed.Trace!.Defects]);

        Assert.True(result.Reproduced, result.Mismatch?.Diff);
        Assert.Equal(run.FirstDivergence?.Number, result.RecordedDivergences.FirstOrDefault());
    }

    [Fact]
    public void Run_Twice_SameText()
    {
        var scenario = ScenarioCatalog.Get("vf-data-path");

        Assert.Equal(ScenarioRunner.Run(scenario).Text, ScenarioRunner.Run(scenario).Text);
    }
}
