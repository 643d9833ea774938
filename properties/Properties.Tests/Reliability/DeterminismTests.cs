using System.Diagnostics;
using SriovVerification.Harness.Generation;
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

    private static string Summary(ConformanceRunReport report) =>
        $"{report.Sequences} {report.Steps} {report.MaxVfsAttached} {report.MaxVmsOnVfPath}\n{report.Counterexample?.Message() ?? "no counterexample"}";

    private static string? FindCli()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (var depth = 0; directory is not null && depth < 12; depth++, directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SriovVerification.sln")))
            {
                return new[] { "Debug", "Release" }
                    .Select(c => Path.Combine(directory.FullName, "cli", "bin", c, "net10.0", "sriov.dll"))
                    .Where(File.Exists)
                    .OrderByDescending(File.GetLastWriteTimeUtc)
                    .FirstOrDefault();
            }
        }

        return null;
    }

    private static (int ExitCode, string Stdout) RunCli(string cli)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "check", "--sequences", "20", "--seed", "7", "--out", Path.Combine(Path.GetTempPath(), "sriov-determinism") })
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
