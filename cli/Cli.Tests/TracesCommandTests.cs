// CLI tests: the traces verb compares, reports changes and dangling files, and accepts.
using SriovVerification.Scenarios;

namespace SriovVerification.Cli.Tests;

/// <summary>The <c>traces</c> verb: compares, reports changes and dangling files, accepts.</summary>
public sealed class TracesCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sriov-traces-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public void Run_RepositoryGoldenFiles_ExitsSuccessAllUnchanged()
    {
        var exit = TracesCommand.Run(accept: false, [], SnapshotPaths.VerifiedDirectory, output, error);

        Assert.True(exit == ExitCodes.Success, $"dotnet run --project cli -- traces: exit {exit}\n{output}{error}");
        Assert.Contains($"{GoldenTraces.Entries.Count} unchanged, 0 changed, 0 missing, 0 dangling, 0 diverged", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ChangedMissingAndDangling_ExitsViolationThenAcceptRestores()
    {
        CopyGoldenFiles();
        var changed = Path.Combine(directory, TraceFiles.GoldenFile("switch-creation"));
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("numvfs=3 -> SUCCESS", "numvfs=3 -> RESOURCES", StringComparison.Ordinal));
        File.Delete(Path.Combine(directory, TraceFiles.GoldenFile("pf-halt")));
        File.WriteAllText(Path.Combine(directory, "ScenarioSnapshotTests.Trace_retired.verified.txt"), "old\n");

        var check = TracesCommand.Run(accept: false, [], directory, output, error);

        var report = output.ToString();
        Assert.True(check == ExitCodes.ViolationFound, $"sriov traces --verified-dir {directory}: exit {check}\n{report}{error}");
        Assert.Contains($"changed   {TraceFiles.GoldenFile("switch-creation")}", report, StringComparison.Ordinal);
        Assert.Contains("-0002 pf   OID_NIC_SWITCH_CREATE_SWITCH host=0 numvfs=3 -> RESOURCES", report, StringComparison.Ordinal);
        Assert.Contains($"missing   {TraceFiles.GoldenFile("pf-halt")}", report, StringComparison.Ordinal);
        Assert.Contains("dangling  ScenarioSnapshotTests.Trace_retired.verified.txt", report, StringComparison.Ordinal);

        var accept = TracesCommand.Run(accept: true, [], directory, output, error);
        var recheck = TracesCommand.Run(accept: false, [], directory, output, error);

        Assert.Equal(ExitCodes.Success, accept);
        Assert.Equal(ExitCodes.Success, recheck);
        Assert.False(File.Exists(Path.Combine(directory, "ScenarioSnapshotTests.Trace_retired.verified.txt")));
        Assert.Equal(File.ReadAllText(Path.Combine(SnapshotPaths.VerifiedDirectory, TraceFiles.GoldenFile("switch-creation"))), File.ReadAllText(changed));
    }

    [Fact]
    public void Run_ScenarioOption_OnlyThatScenario()
    {
        CopyGoldenFiles();

        var exit = TracesCommand.Run(accept: false, ["surprise-removal"], directory, output, error);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"unchanged {TraceFiles.GoldenFile("surprise-removal")}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 golden files", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownScenario_ExitsUsageError()
    {
        var exit = TracesCommand.Run(accept: false, ["no-such-scenario"], directory, output, error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("unknown scenario 'no-such-scenario'", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private void CopyGoldenFiles()
    {
        foreach (var file in Directory.EnumerateFiles(SnapshotPaths.VerifiedDirectory, "*.verified.txt"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
    }
}
