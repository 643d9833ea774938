// Properties.Tests/Conformance: fixed seed of the self-test runs
using System.Globalization;
using SriovVerification.Harness.Checking;
using SriovVerification.Harness.Generation;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Implementation;
using SriovVerification.Model;
using Xunit.Abstractions;

namespace SriovVerification.Properties.Tests.Conformance;

public sealed class DefectCatalogProperties(ITestOutputHelper output)
{
    /// <summary>Fixed seed of the self-test runs.</summary>
    public const ulong Seed = 0x5EED;

    /// <summary>Bound on the sequences one defect's run may take.</summary>
    public const int SequenceCountMax = 1000;

    [Fact]
    public void Run_EachCatalogueDefect_FindsAViolation()
    {
        // Claim: the randomized conformance check, knowing nothing of the defects, catches every defect of the catalogue.
        var rows = new List<string> { "defect                              caught by                      shrunk  sequences" };
        var missed = new List<string>();
        foreach (var defect in DefectCatalog.All)
        {
            var options = new ConformanceRunOptions(ModelConfig.Default, Seed, [defect.Name], SequenceCountMax);
            var report = ConformanceRunner.Run(options);
            if (report.Counterexample is not { } counterexample)
            {
                missed.Add($"seed {SeedText.Format(Seed)} — replay: {ConformanceRunner.ReplayCommand(options, SequenceCountMax - 1)}: defect {defect.Name} not caught in {report.Sequences} sequences");
                rows.Add($"{defect.Name,-35} {"NOT CAUGHT",-30} {"-",6}  {report.Sequences,9}");
                continue;
            }

            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{defect.Name,-35} {counterexample.CaughtBy,-30} {counterexample.Steps.Count,6}  {report.Sequences,9}"));
        }

        output.WriteLine(string.Join("\n", rows));
        Assert.True(missed.Count == 0, string.Join("\n", missed) + "\n" + string.Join("\n", rows));
    }

    [Fact]
    public void Run_NoDefect_FindsNothing()
    {
        // Claim: with no defect the same bounded check passes.
        var options = new ConformanceRunOptions(ModelConfig.Default, Seed, [], SequenceCountMax: 100);
        var report = ConformanceRunner.Run(options);
        Assert.True(report.Counterexample is null, report.Counterexample?.Message());
    }
}
