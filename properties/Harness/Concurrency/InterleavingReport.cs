// Harness/Concurrency: one scheduled run of a transition under traffic
using System.Globalization;
using System.Text;

namespace SriovVerification.Harness.Concurrency;

/// <summary>One scheduled run of a transition under traffic: its options (seed first), its schedule and what the checkers found.</summary>
/// <param name="Options">What the run was a function of.</param>
/// <param name="Schedule">The interleaving.</param>
/// <param name="Frames">The frame checkers' findings.</param>
public sealed record InterleavingReport(InterleavingOptions Options, ScheduleResult Schedule, FrameCheckResult Frames)
{
    /// <summary>Every frame of the run with its fate, one line each (see <see cref="InterleavingRunner"/>).</summary>
    public IReadOnlyList<string> FrameLines { get; init; } = [];

    /// <summary>For a replayed schedule: the recorded decisions the run could not follow.</summary>
    public IReadOnlyList<string> Departures { get; init; } = [];

    /// <summary>With <see cref="StrategyKind.WindowDelay"/>: the control-path actors' yields in the run.</summary>
    public int ProtocolYields { get; init; }

    /// <summary>Whether the run completed and no check failed.</summary>
    public bool Passed => Schedule.Verdict == ScheduleVerdict.Completed && Frames.Violations.Count == 0;

    /// <summary>The command line that replays this run alone.</summary>
    public string ReplayCommand => string.Create(CultureInfo.InvariantCulture,
        $"sriov check --concurrency --seed {SeedText.Format(Options.Seed)} --interleavings 1{(Options.Strategy == StrategyKind.WindowDelay ? $" --delay-window {Options.DelayedWindow}" : " --no-window-sweep")}{string.Concat(Options.Defects.Select(d => " --defect " + d))}");

    /// <summary>Seed and replay line first, then the verdict, the violations and at most <paramref name="scheduleLinesMax"/> schedule steps.</summary>
    public string Describe(int scheduleLinesMax = 80)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"seed {SeedText.Format(Options.Seed)} — replay: {ReplayCommand}\n");
        builder.Append(CultureInfo.InvariantCulture, $"options: {Options.Describe()}\n");
        builder.Append(CultureInfo.InvariantCulture, $"strategy: {Schedule.Strategy}\n");
        builder.Append(CultureInfo.InvariantCulture, $"verdict: {Schedule.Verdict} after {Schedule.Steps.Count} steps{(Schedule.Failure.Length > 0 ? " — " + Schedule.Failure : "")}\n");
        builder.Append(CultureInfo.InvariantCulture,
            $"frames: sent {Frames.FramesSent}, delivered {Frames.Deliveries}, lost {Frames.Loss.Lost} (window {Frames.Loss.LostInWindow}, surprise {Frames.Loss.LostInSurprise}, migration {Frames.Loss.LostInMigration}, outside {Frames.Loss.LostOutsideWindow}), misdelivered {Frames.Misdelivered}, duplicated {Frames.Duplicated}, resets {Frames.ConnectionResets}\n");
        foreach (var violation in Frames.Violations.Take(20))
        {
            builder.Append("  violation: ").Append(violation).Append('\n');
        }

        builder.Append("schedule:\n");
        var head = Schedule.Steps.Count <= scheduleLinesMax ? Schedule.Steps.Count : scheduleLinesMax / 2;
        foreach (var step in Schedule.Steps.Take(head))
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {step.Step,5} {step.Actor,-10} from {step.Point}\n");
        }

        if (head < Schedule.Steps.Count)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  … {Schedule.Steps.Count - scheduleLinesMax} steps …\n");
            foreach (var step in Schedule.Steps.Skip(Schedule.Steps.Count - (scheduleLinesMax - head)))
            {
                builder.Append(CultureInfo.InvariantCulture, $"  {step.Step,5} {step.Actor,-10} from {step.Point}\n");
            }
        }

        return builder.ToString();
    }
}
