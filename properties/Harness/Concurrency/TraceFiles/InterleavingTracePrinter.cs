// Harness/Concurrency/TraceFiles: prints an InterleavingTrace (docs/TRACE_FORMAT.md, version 2)
using System.Globalization;
using System.Text;
using SriovVerification.Harness.Concurrency;

namespace SriovVerification.Harness.Concurrency.TraceFiles;

/// <summary>Prints an <see cref="InterleavingTrace"/> (docs/TRACE_FORMAT.md, version 2): same trace, same bytes.</summary>
public static class InterleavingTracePrinter
{
    /// <summary>The trace as the file's text (LF line ends).</summary>
    public static string Print(InterleavingTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var o = trace.Options;
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        Line(string.Create(CultureInfo.InvariantCulture, $"{TracePrinter.FormatTag} {InterleavingTrace.Version}"));
        Line("kind: interleaving");
        Line("title: " + OneLine(trace.Title));
        Line("purpose: " + OneLine(trace.Purpose));
        Line("scenario: " + o.Scenario);
        Line("policy: " + o.Policy);
        Line("seed: " + SeedText.Format(o.Seed));
        Line("defects:" + string.Concat(o.Defects.Select(d => " " + d)));
        Line(string.Create(CultureInfo.InvariantCulture, $"step-bound: {o.StepBound}"));
        Line(string.Create(CultureInfo.InvariantCulture, $"frames-per-actor: {o.FramesPerActorMax}"));
        Line(string.Create(CultureInfo.InvariantCulture, $"wait-timeout-steps: {o.WaitTimeoutSteps}"));
        Line(string.Create(CultureInfo.InvariantCulture, $"retransmit-window-steps: {o.RetransmitWindowSteps}"));
        Line("traffic:" + string.Concat((o.TrafficActors ?? InterleavingOptions.TrafficActorNames).Select(a => " " + a)));
        Line("verdict: " + trace.Verdict);
        foreach (var violation in trace.Violations)
        {
            Line("violated: " + OneLine(violation));
        }

        Line("");
        Line("decisions:");
        foreach (var d in o.Decisions ?? [])
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{d.Step:D4} {d.Actor}"));
        }

        Line("");
        Line("schedule:");
        foreach (var s in trace.Steps)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{s.Step:D4} {s.Actor} {s.Point}"));
        }

        Line("");
        Line("frames:");
        foreach (var frame in trace.Frames)
        {
            Line(frame);
        }

        return b.ToString();
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
