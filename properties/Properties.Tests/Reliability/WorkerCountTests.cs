// Properties.Tests/Reliability: the seeded campaigns on one worker and on two
using SriovVerification.Harness.Concurrency;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Generation;
using SriovVerification.Harness.Reliability;
using SriovVerification.Implementation;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Reliability;

/// <summary>The seeded campaigns on one worker and on two: the same results.</summary>
public sealed class WorkerCountTests
{
    [Theory]
    [InlineData("")]
    [InlineData(DefectCatalog.MoveFilterClearThenSet)]
    [InlineData(DefectCatalog.FreeVfWithVPort)]
    public void ConformanceRunner_OneAndTwoWorkers_SameCountsCoverageAndCounterexample(string defect)
    {
        // Claim: the randomized phase's counts, coverage and shrunk counterexample (the failing sequence of lowest
        // index) do not depend on the worker count.
        string[] defects = defect.Length == 0 ? [] : [defect];
        var options = new ConformanceRunOptions(ModelConfig.Default, 3, defects, 30);
        var one = ConformanceRunner.Run(options);
        var two = ConformanceRunner.Run(options with { Workers = 2 });
        Assert.Equal(Describe(one), Describe(two));
    }

    [Theory]
    [InlineData("")]
    [InlineData(DefectCatalog.MoveFilterVisibleHalfDone)]
    public void ConcurrencyCampaign_OneAndTwoWorkers_SameReport(string defect)
    {
        // Claim: seeded interleavings merged in seed order give the same campaign for any worker count.
        string[] defects = defect.Length == 0 ? [] : [defect];
        Assert.Equal(Describe(ConcurrencyCampaign.Run(0xC00000, 24, defects)), Describe(ConcurrencyCampaign.Run(0xC00000, 24, defects, workers: 2)));
    }

    [Fact]
    public void OidFuzzer_OneAndTwoWorkers_SameReport()
    {
        // Claim: the fuzzer plans its states and requests in the single-worker order, so its report is the same on two workers.
        Assert.Equal(OidFuzzer.Run(9, 700).Format(), OidFuzzer.Run(9, 700, workers: 2).Format());
        Assert.Equal(OidFuzzer.Run(5, 300, requestsPerState: 7, defects: [DefectCatalog.FreeVfWithVPort]).Format(), OidFuzzer.Run(5, 300, requestsPerState: 7, defects: [DefectCatalog.FreeVfWithVPort], workers: 2).Format());
    }

    private static string Describe(ConformanceRunReport report) =>
        $"{report.Sequences} {report.Steps} {report.MaxVfsAttached} {report.MaxVmsOnVfPath}\n"
        + string.Join("\n", report.Coverage.Kinds.Select(k => $"{k.Kind} {k.Generated} {k.Accepted} {k.Refused}")) + "\n"
        + string.Join("\n", report.Coverage.UnexercisedTransitions) + "\n"
        + (report.Counterexample is { } c ? c.Message() + TracePrinter.Print(c.Trace) : "no counterexample");

    private static string Describe(CampaignResult result) =>
        $"{result.Interleavings} {result.FramesSent} {result.Misdelivered} {result.Duplicated}\n"
        + string.Join("\n", ConcurrencyCampaign.Table(result)) + "\n"
        + string.Join("\n", result.Failures.Select(f => f.Describe()));
}
