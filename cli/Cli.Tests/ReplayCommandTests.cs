// CLI tests: the replay verb's exit codes and reports.

namespace SriovVerification.Cli.Tests;

/// <summary>The <c>replay</c> verb's exit codes and reports.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sriov-replay-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public void Run_GoldenTrace_ExitsSuccess()
    {
        var path = Path.Combine(SnapshotPaths.VerifiedDirectory, TraceFiles.GoldenFile("vf-data-path"));

        var exit = ReplayCommand.Run(path, [], noDefects: false, output, error);

        Assert.True(exit == ExitCodes.Success, $"sriov replay {path}: exit {exit}\n{output}{error}");
        Assert.Contains("reproduced: every step matches the file", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CounterexampleWithDefectOption_ExitsSuccess()
    {
        var path = Write("counterexample.trace", TraceFiles.FreeVfWithVPortCounterexample());

        var exit = ReplayCommand.Run(path, [DefectCatalog.FreeVfWithVPort], noDefects: false, output, error);

        Assert.True(exit == ExitCodes.Success, $"sriov replay {path} --defect {DefectCatalog.FreeVfWithVPort}: exit {exit}\n{output}{error}");
        Assert.Contains("(from --defect)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("the recorded divergence at step 4 reproduced", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CounterexampleWithoutOption_UsesHeaderDefects()
    {
        var path = Write("counterexample.trace", TraceFiles.FreeVfWithVPortCounterexample());

        var exit = ReplayCommand.Run(path, [], noDefects: false, output, error);

        Assert.True(exit == ExitCodes.Success, $"sriov replay {path}: exit {exit}\n{output}{error}");
        Assert.Contains($"defects: {DefectCatalog.FreeVfWithVPort} (from the file's defects: header)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CounterexampleWithNoDefects_ExitsViolationAtStepFour()
    {
        var path = Write("counterexample.trace", TraceFiles.FreeVfWithVPortCounterexample());

        var exit = ReplayCommand.Run(path, [], noDefects: true, output, error);

        Assert.True(exit == ExitCodes.ViolationFound, $"sriov replay {path} --no-defects: exit {exit}\n{output}{error}");
        Assert.Contains("diverged at step 4:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("+0004 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> FILE_NOT_FOUND", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileWithTypo_ExitsUsageErrorWithLineAndColumn()
    {
        var text = TraceFiles.Golden("switch-creation").Replace("-> SUCCESS | +switch0", "-> SUCESS | +switch0", StringComparison.Ordinal);
        var path = Write("typo.trace", text);

        var exit = ReplayCommand.Run(path, [], noDefects: false, output, error);

        Assert.True(exit == ExitCodes.UsageError, $"sriov replay {path}: exit {exit}\n{output}{error}");
        Assert.Contains($"{path}:25:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("found 'SUCESS'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownDefect_ExitsUsageError()
    {
        var path = Path.Combine(SnapshotPaths.VerifiedDirectory, TraceFiles.GoldenFile("switch-creation"));

        var exit = ReplayCommand.Run(path, ["no-such-defect"], noDefects: false, output, error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("unknown defect 'no-such-defect'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsUsageError()
    {
        var exit = ReplayCommand.Run(Path.Combine(directory, "absent.trace"), [], noDefects: false, output, error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("absent.trace:1:1:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoDefectsWithDefect_ExitsUsageError()
    {
        var path = Path.Combine(SnapshotPaths.VerifiedDirectory, TraceFiles.GoldenFile("switch-creation"));

        var exit = ReplayCommand.Run(path, [DefectCatalog.FreeVfWithVPort], noDefects: true, output, error);

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
