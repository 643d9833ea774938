// CLI tests: the HTML report of a check, its text a golden file, rendered by a real browser.
using System.Diagnostics;
using System.Text.RegularExpressions;
using SriovVerification.Cli.Report;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Golden;

namespace SriovVerification.Cli.Tests;

/// <summary>
/// The HTML report of a <c>check</c> with defect 1: deterministic, its text a golden file, and rendered by a real browser
/// (headless Chromium) with one arrow per step and the violating step highlighted.
/// </summary>
public sealed partial class ReportPageTests
{
    private const string Defect = DefectCatalog.FreeVfWithVPort;

    private static readonly Lazy<(ReportData Data, ConformanceRunReport Run)> Found = new(() =>
    {
        var options = new ConformanceRunOptions(ModelConfig.Default, 1, [Defect], 200);
        var run = ConformanceRunner.Run(options);
        return (RunReports.Check(options, run, null, "sriov check --seed 0x0000000000000001 --sequences 40 --defect " + Defect), run);
    });

    [Fact]
    public void Render_SameRun_SameBytes()
    {
        var first = ReportPage.Render(Found.Value.Data, MachineCoverageDiagram.RunGraphviz);
        var again = RunReports.Check(new ConformanceRunOptions(ModelConfig.Default, 1, [Defect], 200), ConformanceRunner.Run(new ConformanceRunOptions(ModelConfig.Default, 1, [Defect], 200)), null, Found.Value.Data.ReplayCommand);

        Assert.Equal(first, ReportPage.Render(again, MachineCoverageDiagram.RunGraphviz));
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", first.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextContent_MatchesVerifiedFile()
    {
        // Without Graphviz the machines are tables: the text is the same on every machine.
        var html = ReportPage.Render(Found.Value.Data, _ => null);

        GoldenFile.Verify(Path.Combine(SnapshotPaths.VerifiedDirectory, "reports"), nameof(ReportPageTests), "Text", Defect, TextOf(html));
    }

    [Fact]
    public void Render_Counterexample_OneArrowPerStepAndTheViolatingStepHighlighted()
    {
        var (data, run) = Found.Value;
        var html = ReportPage.Render(data, _ => null);
        var steps = StepGroup().Matches(html);

        Assert.NotNull(run.Counterexample);
        Assert.Equal(run.Counterexample.Trace.Steps.Length, steps.Count);
        var violating = Assert.Single(steps, m => m.Groups[1].Value.Length > 0);
        Assert.Equal(run.Counterexample.FailingStep.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), violating.Groups[2].Value);
        Assert.Contains("Graphviz is not installed", html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Browser_ReportPage_RendersWithoutConsoleErrorsWithEveryArrowAndTheHighlightedStep()
    {
        var chromium = ChromiumFactAttribute.Paths.First(File.Exists);
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts", "report");
        var page = ReportPage.Write(Found.Value.Data, directory);
        var screenshot = Path.Combine(directory, "report.png");
        File.Delete(screenshot);

        var (dom, log) = RunChromium(chromium, $"--dump-dom file://{page}");
        RunChromium(chromium, $"--window-size=1600,2400 --screenshot={screenshot} file://{page}");

        var steps = StepGroup().Matches(dom);
        Assert.Equal(Found.Value.Run.Counterexample!.Trace.Steps.Length, steps.Count);
        Assert.Equal(Found.Value.Run.Counterexample.FailingStep.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(steps, m => m.Groups[1].Value.Length > 0).Groups[2].Value);
        Assert.DoesNotContain("CONSOLE(", log, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"no screenshot at {screenshot}\n{log}");
    }

    [Fact]
    public void Explore_WithReport_WritesStatesPerDepthCommandKindsAndPremises()
    {
        var directory = Directory.CreateTempSubdirectory("sriov-explore-report-").FullName;
        var config = ModelConfig.Default with { HostCount = 1, VmCount = 1, NumVfs = 1, HostSriovEnabled = [true], VmVlans = [], VmInitialHosts = [] };
        var options = new ExplorationOptions { Profile = ExplorationProfile.Lifecycle };

        var exit = SriovVerification.Cli.Commands.ExploreCommand.Run(config, options, Path.Combine(directory, "out"), directory);

        var html = File.ReadAllText(Path.Combine(directory, ReportPage.FileName));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("<h2 id=\"depth\">States per depth</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"premises\">Invariant premises</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"kinds\">Command kinds</h2>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"verdict pass\"", html, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    private static (string Output, string Log) RunChromium(string chromium, string arguments)
    {
        var profile = Directory.CreateTempSubdirectory("sriov-chromium-").FullName;
        var start = new ProcessStartInfo(chromium,
            $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --enable-logging=stderr --v=0 --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish within 120 s");
        Directory.Delete(profile, recursive: true);
        return (output, error.Result);
    }

    /// <summary>The page's text: tags removed, entities decoded, one non-blank line per line.</summary>
    private static string TextOf(string html)
    {
        var text = System.Net.WebUtility.HtmlDecode(Tag().Replace(Style().Replace(html, ""), "\n"));
        return string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
    }

    [GeneratedRegex("<g class=\"step( violating)?\" id=\"step-\\d+\" data-step=\"(\\d+)\">")]
    private static partial Regex StepGroup();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();
}
