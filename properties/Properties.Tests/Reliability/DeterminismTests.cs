// Properties.Tests/Reliability: bound on one CLI run
using System.Diagnostics;
using SriovVerification.Harness.Concurrency;
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Golden;
using SriovVerification.Harness.Reliability;
using SriovVerification.Implementation;
using SriovVerification.Model;
using Xunit.Abstractions;

namespace SriovVerification.Properties.Tests.Reliability;

public sealed class DeterminismTests(ITestOutputHelper output)
{
    /// <summary>Bound on one CLI run.</summary>
    public const int ProcessTimeoutMilliseconds = 120_000;

    [Theory]
    [InlineData("")]
    [InlineData(DefectCatalog.MoveFilterClearThenSet)]
    public void ConformanceRunner_SameSeedTwiceInOneProcess_IdenticalVerdictAndTrace(string defect)
    {
        // Claim: randomized conformance is a function of its options: two runs with one seed give the same counts,
        // the same verdict and, when a counterexample is found, the same shrunk trace, byte for byte.
        string[] defects = defect.Length == 0 ? [] : [defect];
        var options = new ConformanceRunOptions(ModelConfig.Default, 7, defects, 30);
        var first = ConformanceRunner.Run(options);
        var second = ConformanceRunner.Run(options);
        Assert.Equal(Summary(first), Summary(second));
    }

    [Fact]
    public void FaultInjectorAndCampaigns_SameSeedTwice_IdenticalOutcomes()
    {
        // Claim: the reliability runs (fuzzer, hostile-guest campaign, fault injection) are functions of their seeds.
        Assert.Equal(OidFuzzer.Run(9, 300).Format(), OidFuzzer.Run(9, 300).Format());
        Assert.Equal(HostileGuestCampaign.Run(9, 200).Format(), HostileGuestCampaign.Run(9, 200).Format());
        var scenario = FaultScenario.Documented[0];
        Assert.Equal(FaultInjector.InjectEverywhere(scenario), FaultInjector.InjectEverywhere(scenario));
    }

    [Fact]
    public void ExhaustiveExploration_TwiceInOneProcess_IdenticalCountsAndCounterexample()
    {
        // Claim: exhaustive exploration and exhaustive conformance are functions of the configuration and options:
        // the same state and transition counts, the same verdict and the same shortest counterexample, byte for byte.
        var config = new ModelConfig { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };
        var options = new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, StatesMax = 20_000 };
        Assert.Equal(Describe(Explorer.Explore(config, options)), Describe(Explorer.Explore(config, options)));

        var smallest = Exploration.ExplorerTests.OneVmOneVf;
        var conform = new ExplorationOptions { Profile = ExplorationProfile.Lifecycle };
        var first = ExhaustiveConformance.Run(smallest, [DefectCatalog.SurpriseRemovalSkipsFilterMove], conform);
        var second = ExhaustiveConformance.Run(smallest, [DefectCatalog.SurpriseRemovalSkipsFilterMove], conform);
        Assert.NotNull(first.Counterexample);
        Assert.Equal(TracePrinter.Print(first.Counterexample), TracePrinter.Print(second.Counterexample!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(DefectCatalog.MoveFilterVisibleHalfDone)]
    public void ConcurrencyCampaign_SameSeedTwiceInOneProcess_IdenticalReports(string defect)
    {
        // Claim: the cooperative scheduler's runs are functions of their seeds: the same frame counts, loss table and
        // failing interleavings (with their schedules), byte for byte.
        string[] defects = defect.Length == 0 ? [] : [defect];
        Assert.Equal(Describe(ConcurrencyCampaign.Run(0xC00000, 48, defects)), Describe(ConcurrencyCampaign.Run(0xC00000, 48, defects)));
    }

    [Fact]
    public void CheckVerb_SameSeedInTwoProcesses_IdenticalStandardOutput()
    {
        // Claim: `check --sequences 20 --seed 7` prints the same bytes in two separate processes.
        var cli = FindCli();
        if (cli is null)
        {
            output.WriteLine("skipped: the CLI build output (cli/bin/*/net10.0/sriov.dll) was not found; build cli/ first");
            return;
        }

        var first = RunCli(cli);
        var second = RunCli(cli);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.False(string.IsNullOrEmpty(first.Stdout));
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void ExploreAndConcurrencyVerbs_SameSeedInTwoProcesses_IdenticalStandardOutput()
    {
        // Claim: `explore --conform` with a defect (shortest counterexample) and `check --concurrency` print the same
        // bytes in two separate processes.
        var cli = FindCli();
        if (cli is null)
        {
            output.WriteLine("skipped: the CLI build output (cli/bin/*/net10.0/sriov.dll) was not found; build cli/ first");
            return;
        }

        string[][] runs =
        [
            ["explore", "--hosts", "1", "--vms", "1", "--vfs", "1", "--total-vfs", "1", "--max-vports", "2", "--max-filters", "2", "--profile", "lifecycle", "--conform", "--defect", DefectCatalog.DeleteSwitchWithVfs],
            ["check", "--concurrency", "--interleavings", "40", "--seed", "3"],
        ];
        foreach (var arguments in runs)
        {
            var first = RunCli(cli, arguments);
            var second = RunCli(cli, arguments);
            Assert.Equal(first.ExitCode, second.ExitCode);
            Assert.False(string.IsNullOrEmpty(first.Stdout), string.Join(" ", arguments));
            Assert.Equal(first.Stdout, second.Stdout);
        }
    }

    private static string Describe(ExplorationResult result) =>
        $"{result.Verdict} {result.States} {result.Transitions} {result.Depth} {result.Deadlocks}\n{result.Counterexample?.ToPlainText()}";

    private static string Describe(CampaignResult result) =>
        $"{result.Interleavings} {result.FramesSent} {result.Misdelivered} {result.Duplicated}\n"
        + string.Join("\n", ConcurrencyCampaign.Table(result)) + "\n"
        + string.Join("\n", result.Failures.Select(f => f.Describe()));

    private static string Summary(ConformanceRunReport report) =>
        $"{report.Sequences} {report.Steps} {report.MaxVfsAttached} {report.MaxVmsOnVfPath}\n{report.Counterexample?.Message() ?? "no counterexample"}";

    private static string? FindCli()
    {
        var root = GoldenFile.FindRepositoryRoot();
        return new[] { "Debug", "Release" }
            .Select(c => Path.Combine(root, "cli", "bin", c, "net10.0", "sriov.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
    }

    private static (int ExitCode, string Stdout) RunCli(string cli) =>
        RunCli(cli, ["check", "--sequences", "20", "--seed", "7"]);

    private static (int ExitCode, string Stdout) RunCli(string cli, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli }.Concat(arguments).Concat(["--out", Path.Combine(Path.GetTempPath(), "sriov-determinism")]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(ProcessTimeoutMilliseconds), "the CLI did not finish within the bound");
        _ = stderr.Result;
        return (process.ExitCode, stdout);
    }
}
