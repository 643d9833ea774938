// Properties.Tests/Benchmarks: tests of BenchRunner
using System.Text.Json;
using SriovVerification.Harness.Benchmarks;

namespace SriovVerification.Properties.Tests.Benchmarks;

public sealed class BenchRunnerTests(TinyBenchReport tiny) : IClassFixture<TinyBenchReport>
{
    [Fact]
    public void Run_TinyOptions_EveryCatalogueDefectHasAFigure()
    {
        var report = tiny.Report;

        Assert.Equal(Enumerable.Range(1, BenchRunner.CatalogueDefectCount), report.Defects.Select(d => d.Number));
        Assert.All(report.Defects, d =>
        {
            Assert.Equal(1, d.Seeds);
            Assert.InRange(d.Detected, 0, d.Seeds);
            Assert.Equal(d.Detected, d.ShrunkLengthsDefault.Count);
            Assert.True(d.ShortestLength is null or >= 1, $"{d.Defect}: shortest length {d.ShortestLength}");
            Assert.True(d.ShortestLength is not null || d.ShortestLowerBound >= 0, $"{d.Defect}: no shortest length and no bound");
        });
    }

    [Fact]
    public void Run_TinyOptions_ExplorerFiguresForBothSymmetriesAndAClosingConfiguration()
    {
        var report = tiny.Report;

        Assert.Equal(7, report.Explorations.Count);
        Assert.Equal([false, true, false, true, true, false, true], report.Explorations.Select(e => e.Symmetry));
        Assert.Equal(["lifecycle, generic", "hoststack, generic", "hoststack, packed"], report.Explorations.Select(e => e.Profile).Distinct());
        Assert.All(report.Explorations, e => Assert.True(e.States > 0 && e.Transitions > 0 && e.BytesPerState > 0, e.ToString()));
        Assert.Equal("closed", report.Explorations[2].Verdict);
        Assert.Equal("closed", report.Explorations[3].Verdict);
        Assert.True(report.ConformanceSteps > 0, "no conformance step was checked");
    }

    [Fact]
    public void Run_TinyOptions_CsCheckAndExploreAgreeSideBySide()
    {
        var report = tiny.Report;

        var comparison = Assert.Single(report.SpecComparisons);
        Assert.True(comparison.Agree, comparison.ToString());
        Assert.True(comparison.TimeRatio > 0 && comparison.CpuRatio >= 0, comparison.ToString());
        Assert.Contains("| 1x1x1 | hoststack | 55 |", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_TinyReport_CarriesTheSameFiguresAsTheText()
    {
        var report = tiny.Report;

        using var json = JsonDocument.Parse(report.ToJson());
        Assert.Equal(BenchRunner.CatalogueDefectCount, json.RootElement.GetProperty("defects").GetArrayLength());
        Assert.Equal(report.ConformanceSteps, json.RootElement.GetProperty("conformanceSteps").GetInt64());
        var text = report.ToText();
        Assert.All(report.Defects, d => Assert.Contains(d.Defect, text, StringComparison.Ordinal));
    }
}
