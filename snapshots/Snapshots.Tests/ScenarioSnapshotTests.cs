// Snapshot tests: every scenario prints exactly its golden trace.

namespace SriovVerification.Snapshots.Tests;

/// <summary>Every scenario runs on model and adapter without divergence and prints exactly its golden trace.</summary>
public sealed class ScenarioSnapshotTests
{
    /// <summary>The scenario names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> ScenarioNames => [.. ScenarioCatalog.Names];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Trace_Scenario_MatchesVerifiedFile(string scenario)
    {
        var run = ScenarioRunner.Run(ScenarioCatalog.Get(scenario));

        if (run.FirstDivergence is not null)
        {
            Assert.Fail(run.DivergenceReport());
        }

        GoldenFile.Verify(SnapshotPaths.VerifiedDirectory, GoldenTraces.ScenarioClassName, GoldenTraces.ScenarioMethodName, scenario, run.Text);
    }

    [Fact]
    public void VerifiedDirectory_EveryFile_ProducedByAScenarioOrDiagram()
    {
        var dangling = GoldenTraces.FindDangling(SnapshotPaths.VerifiedDirectory);

        Assert.True(
            dangling.Count == 0,
            "dotnet run --project cli -- traces --accept deletes them: golden files no scenario or diagram produces any more:\n"
                + string.Join("\n", dangling));
    }

    [Fact]
    public void VerifiedDirectory_EveryGoldenFile_Exists()
    {
        var missing = GoldenTraces.FileNames.Where(name => !File.Exists(Path.Combine(SnapshotPaths.VerifiedDirectory, name))).ToList();

        Assert.True(missing.Count == 0, "SRIOV_ACCEPT=1 dotnet test creates them: golden files missing:\n" + string.Join("\n", missing));
    }
}
