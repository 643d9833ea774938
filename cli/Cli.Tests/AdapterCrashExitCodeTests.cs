// CLI tests: a crashing adapter gives the verbs' documented exit code and a replayable report.
using System.CommandLine;
using SriovVerification.Harness.Conformance;

namespace SriovVerification.Cli.Tests;

/// <summary>
/// A crashing adapter (the crash seams of <see cref="DefectCatalog.Seams"/>: an <see cref="IOException"/> out of
/// RESET_VF, an adapter assertion while the VFs are read back) is a finding of every command that runs the adapter:
/// exit 1, a counterexample written that replays the crash. The user's own mistakes stay exit 2.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class AdapterCrashExitCodeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sriov-crash-").FullName;

    public static TheoryData<string, string> CommandsThatRunTheAdapter()
    {
        var data = new TheoryData<string, string>();
        foreach (var seam in DefectCatalog.Seams.Select(s => s.Name))
        {
            data.Add(seam, "check --sequences 40 --interleavings 4");
            data.Add(seam, "check --concurrency --interleavings 4");
            data.Add(seam, "explore --conform --vms 1 --vfs 1 --profile lifecycle");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsThatRunTheAdapter))]
    public void Command_AdapterCrashes_ExitOneWithACounterexampleThatReplaysTheCrash(string seam, string command)
    {
        var outDirectory = Path.Combine(directory, "out");
        var (exit, output, error) = Run([.. command.Split(' '), "--defect", seam, "--out", outDirectory]);

        Assert.True(exit == ExitCodes.ViolationFound, $"sriov {command} --defect {seam}: exit {exit}\n{output}\n{error}");
        Assert.DoesNotContain("finding: ", error, StringComparison.Ordinal);
        var traces = Directory.GetFiles(outDirectory, "*.trace");
        Assert.NotEmpty(traces);
        Assert.Contains(seam == DefectCatalog.SeamResetVfThrows ? "IOException" : "seam-read-back", output, StringComparison.Ordinal);
        foreach (var trace in traces)
        {
            var replay = Run(["replay", trace]);
            var interleaving = Path.GetFileName(trace).StartsWith("race-", StringComparison.Ordinal);
            Assert.True(replay.Exit == (interleaving ? ExitCodes.ViolationFound : ExitCodes.Success), $"sriov replay {trace}: exit {replay.Exit}\n{replay.Output}\n{replay.Error}");
            Assert.Contains(interleaving ? "reproduced: " : "the recorded divergence at step", replay.Output, StringComparison.Ordinal);
            Assert.Contains(seam == DefectCatalog.SeamResetVfThrows ? "adapter threw IOException" : "adapter assertion seam-read-back", File.ReadAllText(trace), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DefectCatalog.SeamResetVfThrows)]
    [InlineData(DefectCatalog.SeamReadBackAsserts)]
    public void Replay_GoldenTraceOnACrashingAdapter_ExitOne(string seam)
    {
        var golden = Path.Combine(SnapshotPaths.VerifiedDirectory, TraceFiles.GoldenFile("graceful-teardown-host-detach"));

        var (exit, output, error) = Run(["replay", golden, "--defect", seam]);

        Assert.True(exit == ExitCodes.ViolationFound, $"sriov replay {golden} --defect {seam}: exit {exit}\n{output}\n{error}");
        Assert.Contains("diverged at step", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuzz_RequestHandlerThrows_ExitOneNamingTheRequest()
    {
        var (exit, output, error) = Run(["fuzz", "-n", "2000", "-w", "1", "--defect", DefectCatalog.SeamResetVfThrows]);

        Assert.True(exit == ExitCodes.ViolationFound, $"sriov fuzz: exit {exit}\n{output}\n{error}");
        Assert.Contains("OID_SRIOV_RESET_VF", output, StringComparison.Ordinal);
        Assert.Contains("threw IOException", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_IOExceptionOutOfTheAdapter_FindingNotInputError()
    {
        var root = new RootCommand("test");
        var verb = new System.CommandLine.Command("reset");
        verb.SetAction((Func<ParseResult, int>)(_ =>
        {
            var adapter = new Datacenter(new DatacenterOptions { Adapter = new AdapterOptions { Defects = new HashSet<string> { DefectCatalog.SeamResetVfThrows } } });
            adapter.CreateSwitch(0, 2);
            adapter.AllocateVf(0, 0);
            return adapter.ResetVf(0, 0).IsSuccess ? ExitCodes.Success : ExitCodes.ViolationFound;
        }));
        root.Subcommands.Add(verb);

        var (exit, _, error) = Capture(() => CommandLineRunner.Run(root, ["reset"]));

        Assert.Equal(ExitCodes.ViolationFound, exit);
        Assert.StartsWith("finding: IOException thrown in SriovVerification.Implementation.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check --defect no-such-defect")]
    [InlineData("check --seed 0xZZ")]
    [InlineData("check --concurrency --defect no-such-defect")]
    [InlineData("explore --defect seam-reset-vf-throws")]
    [InlineData("replay no-such-file.trace")]
    [InlineData("fuzz --defect no-such-defect")]
    public void Command_UserMistake_ExitTwo(string command)
    {
        var (exit, output, error) = Run(command.Split(' '));

        Assert.True(exit == ExitCodes.UsageError, $"sriov {command}: exit {exit}\n{output}\n{error}");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private (int Exit, string Output, string Error) Run(string[] args)
    {
        var root = new RootCommand("sriov");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ExploreCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(FuzzCommand.Create());
        return Capture(() => CommandLineRunner.Run(root, [.. args.Select(a => a.Replace("no-such-file", Path.Combine(directory, "no-such-file"), StringComparison.Ordinal))]));
    }

    private static (int Exit, string Output, string Error) Capture(Func<int> run)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (savedOut, savedError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = run();
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }
}
