// The HTML report: the report data of each verb that writes one.
using System.Globalization;

namespace SriovVerification.Cli.Report;

/// <summary>The report data of each verb that writes one (<c>check</c>, <c>explore</c>, <c>replay</c>).</summary>
public static class RunReports
{
    /// <summary>A <c>check</c> run: its randomized phase's coverage and counterexample, and the concurrency phase's losses.</summary>
    public static ReportData Check(ConformanceRunOptions options, ConformanceRunReport report, CampaignResult? campaign, string replayCommand)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        var counterexample = report.Counterexample;
        var verdict = counterexample is null
            ? string.Create(CultureInfo.InvariantCulture, $"no violation in {report.Sequences:N0} sequences, {report.Steps:N0} steps")
            : string.Create(CultureInfo.InvariantCulture, $"violation: {counterexample.CaughtBy} at step {counterexample.FailingStep.Number} of the shrunk sequence ({counterexample.Steps.Count} steps, shrunk from {counterexample.OriginalLength})");
        if (campaign is { Failures.Count: > 0 })
        {
            verdict += string.Create(CultureInfo.InvariantCulture, $"; concurrency: {campaign.Failures.Count} failing interleavings");
        }

        return new ReportData($"sriov check, seed {SeedText.Format(options.Seed)}", Header(options.Config, options.Seed, options.Defects,
            [("sequences", report.Sequences.ToString("N0", CultureInfo.InvariantCulture)), ("steps", report.Steps.ToString("N0", CultureInfo.InvariantCulture))]), verdict,
            counterexample?.ReplayCommand ?? replayCommand)
        {
            Failed = counterexample is not null || campaign is { Failures.Count: > 0 },
            Trace = counterexample?.Trace,
            ViolatingStep = counterexample?.FailingStep.Number,
            Coverage = report.Coverage,
            InvariantPremises = report.Coverage.Premises,
            PremiseUnit = "checked steps",
            LossPerFailover = campaign is null ? [] : Losses(campaign),
        };
    }

    /// <summary>A <c>replay</c> of a version-1 trace: the file's steps, the first divergent one highlighted.</summary>
    public static ReportData Replay(string path, Trace trace, IReadOnlyList<string> defects, int? divergentStep, string verdict)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return new ReportData($"sriov replay {Path.GetFileName(path)}", Header(trace.Config, trace.Seed, defects, [("file", path)]), verdict,
            $"sriov replay {path}{string.Concat(defects.Select(d => " --defect " + d))}")
        {
            Failed = divergentStep is not null,
            Trace = trace,
            ViolatingStep = divergentStep ?? trace.Steps.FirstOrDefault(s => s.Violations.Length > 0 || s.Expected is not null)?.Number,
        };
    }

    /// <summary>An <c>explore</c> run: its verdict, its shortest counterexample and the states per depth level.</summary>
    public static ReportData Explore(ModelConfig config, IReadOnlyList<string> defects, IReadOnlyList<(string Key, string Value)> options, string verdict, Trace? counterexample, IReadOnlyList<(int Depth, long States)> levels, string replayCommand, bool failed = false, IReadOnlyList<(string InvariantId, string Premise, long States)>? premises = null, IReadOnlyList<(string Kind, long Offered, long Enabled, long Taken)>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReportData("sriov explore", Header(config, null, defects, options), verdict, replayCommand)
        {
            Failed = failed || counterexample is not null,
            Trace = counterexample,
            ViolatingStep = counterexample?.Steps.Length,
            StatesPerDepth = levels,
            InvariantPremises = premises ?? [],
            SearchCommandKinds = kinds ?? [],
        };
    }

    private static List<(string Key, string Value)> Header(ModelConfig config, ulong? seed, IReadOnlyList<string> defects, IEnumerable<(string Key, string Value)> extra)
    {
        var rows = new List<(string Key, string Value)>();
        if (seed is { } s)
        {
            rows.Add(("seed", SeedText.Format(s)));
        }

        rows.Add(("defects", defects.Count == 0 ? "none" : string.Join(" ", defects)));
        rows.AddRange(extra);
        // The configuration as a trace file's header prints it.
        foreach (var line in TracePrinter.ConfigLines(config))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            rows.Add((line["config: ".Length..eq], line[(eq + 1)..]));
        }

        return rows;
    }

    private static List<(string Label, double Median, double Maximum)> Losses(CampaignResult campaign) =>
        [.. campaign.LossPerRun.OrderBy(p => p.Key.Scenario).ThenBy(p => p.Key.Policy).Select(p =>
        {
            var perRun = p.Value.Select(t => t.Lost - t.LostInMigration).ToList();
            return ($"{p.Key.Scenario} {p.Key.Policy}", (double)ConcurrencyCampaign.Median(perRun), (double)perRun.Max());
        })];
}
