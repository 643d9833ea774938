// CLI tests: check --concurrency writes a race's trace file and replay re-executes it.

namespace SriovVerification.Cli.Tests;

/// <summary><c>check --concurrency --defect … --out DIR</c> writes a race's trace file, and <c>replay</c> re-executes it.</summary>
public sealed class RaceCounterexampleCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sriov-race-").FullName;

    [Fact]
    public void Check_RaceDefectWithOut_WritesAFileThatReplaysToTheFailureAndPassesWithoutTheDefect()
    {
        var output = new StringWriter();
        var exit = ConcurrencyPhase.Run(1, 20, [DefectCatalog.MoveFilterVisibleHalfDone], output, workers: 1, outDirectory: directory);
        Assert.Equal(ExitCodes.ViolationFound, exit);
        var path = Assert.Single(Directory.GetFiles(directory, "race-move-filter-visible-half-done-*.trace"));
        Assert.Contains("replay: sriov replay " + path.Replace('\\', '/'), output.ToString(), StringComparison.Ordinal);

        var replayOutput = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(ExitCodes.ViolationFound, ReplayCommand.Run(path, [], noDefects: false, replayOutput, error));
        Assert.Contains("reproduced: INV-09", replayOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("every step as the file records it", replayOutput.ToString(), StringComparison.Ordinal);

        var clean = new StringWriter();
        Assert.Equal(ExitCodes.Success, ReplayCommand.Run(path, [], noDefects: true, clean, error));
        Assert.Contains("passed: no checker failed", clean.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MalformedInterleavingTrace_ExitsUsageErrorWithFileAndLine()
    {
        var path = Path.Combine(directory, "bad.trace");
        File.WriteAllText(path, "sriov-trace 2\nkind: interleaving\nbogus line\n");
        var error = new StringWriter();

        var exit = ReplayCommand.Run(path, [], noDefects: false, new StringWriter(), error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(path + ":3:1: expected a header line", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Linearizability_NonLinearizableRun_WritesAShrunkFileThatReplaysNotLinearizableAndLinearizableWithoutTheDefect()
    {
        string[] defects = [DefectCatalog.MoveFilterVisibleHalfDone];
        var program = SriovVerification.Harness.Concurrency.ConcurrentPrograms.FilterMoveUnderReceive();
        var found = Enumerable.Range(1, 100)
            .Select(seed => SriovVerification.Harness.Concurrency.LinearizabilityRunner.RunScheduled(program, defects, SriovVerification.Harness.Concurrency.StrategyKind.Random, (ulong)seed))
            .First(r => r.Result.Violated);
        var output = new StringWriter();

        var path = ConcurrencyPhase.WriteLinearizabilityCounterexample(found, defects, directory, output);

        Assert.Contains("replay: sriov replay", output.ToString(), StringComparison.Ordinal);
        var replay = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(ExitCodes.ViolationFound, ReplayCommand.Run(path, [], noDefects: false, replay, error));
        Assert.Contains("reproduced: not linearizable", replay.ToString(), StringComparison.Ordinal);
        Assert.Contains("history: every operation as the file records it", replay.ToString(), StringComparison.Ordinal);
        Assert.True(File.ReadAllText(path).Split('\n').Count(l => l.StartsWith("caller", StringComparison.Ordinal)) <= program.OperationCount, File.ReadAllText(path));

        var clean = new StringWriter();
        Assert.Equal(ExitCodes.Success, ReplayCommand.Run(path, [], noDefects: true, clean, error));
        Assert.Contains("passed: linearizable", clean.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
