// Harness/Benchmarks: every figure of one BenchRunner run, measured in that run
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>Every figure of one <see cref="BenchRunner"/> run, measured in that run.</summary>
/// <param name="Quick">Whether it was the CI-sized variant.</param>
/// <param name="ProcessorCount">Logical processors of the machine.</param>
/// <param name="Explorations">The exhaustive explorer's figures.</param>
/// <param name="SpecComparisons">The generic explorer and CsCheck's exhaustive search on the same configurations.</param>
/// <param name="ConformanceSteps">Checked conformance steps (model, adapter, abstraction, invariants on both).</param>
/// <param name="ConformanceSeconds">Seconds they took.</param>
/// <param name="ConformanceStepsPerSecond">Checked conformance steps per second.</param>
/// <param name="ShortestConfiguration">The small configuration of the shortest search and its shrunk lengths.</param>
/// <param name="Defects">One figure per catalogue defect.</param>
/// <param name="ElapsedSeconds">Wall-clock seconds of the whole run.</param>
/// <param name="Scale">Checked steps per second at 4, 16 and 64 VMs (8, 32 and 128 VFs).</param>
public sealed record BenchReport(
    bool Quick,
    int ProcessorCount,
    IReadOnlyList<ExplorerFigure> Explorations,
    IReadOnlyList<SpecComparisonFigure> SpecComparisons,
    long ConformanceSteps,
    double ConformanceSeconds,
    double ConformanceStepsPerSecond,
    string ShortestConfiguration,
    IReadOnlyList<DefectFigure> Defects,
    double ElapsedSeconds,
    IReadOnlyList<ScaleFigure> Scale)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The report as indented JSON (camelCase names, the same figures as <see cref="ToText"/>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The report as plain-text tables.</summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"bench{(Quick ? " --quick" : "")}: {ProcessorCount} logical processors, {ElapsedSeconds:F1} s");
        text.AppendLine();
        text.AppendLine("exhaustive explorer");
        text.AppendLine("| configuration | profile | symmetry | verdict | states | transitions | depth | s | states/s | transitions/s | bytes/state |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var e in Explorations)
        {
            text.AppendLine(c, $"| {e.Configuration} | {e.Profile} | {(e.Symmetry ? "on" : "off")} | {e.Verdict} | {e.States:N0} | {e.Transitions:N0} | {e.Depth} | {e.ElapsedSeconds:F2} | {e.StatesPerSecond:N0} | {e.TransitionsPerSecond:N0} | {e.BytesPerState:F1} |");
        }

        text.AppendLine();
        text.AppendLine("explore (generic engine, symmetry off) and CsCheck's Check.Exhaustive over the model as a Spec, side by side");
        text.AppendLine("| configuration | profile | states | transitions | explore s | explore cpu s | CsCheck states | CsCheck transitions | CsCheck s | CsCheck cpu s | agree | time ratio | cpu ratio |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in SpecComparisons)
        {
            text.AppendLine(c, $"| {s.Configuration} | {s.Profile} | {s.States:N0} | {s.Transitions:N0} | {s.ExploreSeconds:F2} | {s.ExploreCpuSeconds:F2} | {s.SpecStates:N0} | {s.SpecTransitions:N0} | {s.SpecSeconds:F2} | {s.SpecCpuSeconds:F2} | {(s.Agree ? "yes" : "NO")} | {s.TimeRatio:F2} | {s.CpuRatio:F2} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"randomized conformance (default configuration): {ConformanceSteps:N0} checked steps in {ConformanceSeconds:F1} s = {ConformanceStepsPerSecond:N0} steps/s");
        text.AppendLine();
        text.AppendLine("randomized conformance at scale (one worker; VPorts, filters and queue pairs grow with the VFs up to 64):");
        text.AppendLine("| VMs | VFs | VPorts | checked steps | wall s | CPU s | steps/s |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in Scale)
        {
            text.AppendLine(c, $"| {f.VmCount} | {f.NumVfs} | {f.VPorts} | {f.Steps:N0} | {f.Seconds:F1} | {f.CpuSeconds:F1} | {f.StepsPerSecond:N0} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"catalogue defects: detection on the default configuration; shrunk vs shortest on {ShortestConfiguration}");
        text.AppendLine("| # | defect | detected | median s | max s | caught by | shrunk (default) | shrunk (small) | shortest (small) | search states | search steps |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var d in Defects)
        {
            var shortest = d.ShortestLength is { } length
                ? length.ToString(c) + (d.ShortestCaughtBy.Length > 0 ? $" ({d.ShortestCaughtBy})" : "")
                : $"> {d.ShortestLowerBound} (bound)";
            text.AppendLine(c, $"| {d.Number} | {d.Defect} | {d.Detected}/{d.Seeds} | {Format(d.MedianDetectionSeconds)} | {Format(d.MaxDetectionSeconds)} | {d.CaughtBy} | {string.Join(",", d.ShrunkLengthsDefault)} | {string.Join(",", d.ShrunkLengthsSmall)} | {shortest} | {d.ShortestStates:N0} | {d.ShortestSteps:N0} |");
        }

        return text.ToString();
    }

    private static string Format(double? seconds) => seconds is { } s ? s.ToString("F3", CultureInfo.InvariantCulture) : "-";
}
