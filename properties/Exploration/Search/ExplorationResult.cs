// Exploration/Search: what an exhaustive exploration found
using System.Globalization;
using System.Text;
using SriovVerification.Exploration.Liveness;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Exploration.Search;

/// <summary>What an exhaustive exploration found.</summary>
public sealed record ExplorationResult
{
    /// <summary>The configuration explored.</summary>
    public required ModelConfig Config { get; init; }

    /// <summary>The options used.</summary>
    public required ExplorationOptions Options { get; init; }

    /// <summary>How it ended.</summary>
    public required ExplorationVerdict Verdict { get; init; }

    /// <summary>Distinct states stored (with symmetry: orbit representatives).</summary>
    public required long States { get; init; }

    /// <summary>Enabled steps explored.</summary>
    public required long Transitions { get; init; }

    /// <summary>Deepest breadth-first level reached.</summary>
    public required int Depth { get; init; }

    /// <summary>States first reached at each depth level, from 0 (the stored states: symmetry orbits when reduced).</summary>
    public IReadOnlyList<long> StatesPerDepth { get; init; } = [];

    /// <summary>Wall-clock time of the search.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Bytes allocated by the visited-state structures (keys, parent links, index) per stored state.</summary>
    public required double BytesPerState { get; init; }

    /// <summary>Bytes a disk-backed visited set wrote per stored state (0 in memory).</summary>
    public double DiskBytesPerState { get; init; }

    /// <summary>The key layout (bits per field group).</summary>
    public required string KeyLayout { get; init; }

    /// <summary>States without an enabled command.</summary>
    public required long Deadlocks { get; init; }

    /// <summary>The shortest trace to the finding (violation, deadlock, hook failure, exceeded bound); null when closed or bounded.</summary>
    public ExplorationTrace? Counterexample { get; init; }

    /// <summary>
    /// How many renamed images of the profile's candidates the search tried beside them (<see cref="SymmetryClosure"/>):
    /// with symmetry the candidate set must be closed under renaming for the reduction to be sound, so a profile that keeps
    /// one representative per argument (VM 0's MAC, filter 1) is closed before the search. 0 when it already was.
    /// </summary>
    public int ClosureCandidates { get; init; }

    /// <summary>The violated invariant, for <see cref="ExplorationVerdict.InvariantViolated"/>.</summary>
    public InvariantViolation? Violation { get; init; }

    /// <summary>Why the search stopped early (<see cref="ExplorationVerdict.Bounded"/>, <see cref="ExplorationVerdict.BoundExceeded"/>).</summary>
    public string? BoundReason { get; init; }

    /// <summary>Coverage and vacuity.</summary>
    public required CoverageReport Coverage { get; init; }

    /// <summary>The search that ran: <see cref="ExplorationEngine.Generic"/> or <see cref="ExplorationEngine.Packed"/>.</summary>
    public ExplorationEngine Engine { get; init; } = ExplorationEngine.Generic;

    /// <summary>States the packed engine checked in full against the model (0 for the generic engine, which checks every state).</summary>
    public long CrossCheckedStates { get; init; }

    /// <summary>The liveness verdict "AG EF recovered" of a closed search; null when not checked (the search did not close, or a step hook ran).</summary>
    public LivenessResult? Liveness { get; init; }

    /// <summary>Distinct states per second.</summary>
    public double StatesPerSecond => Elapsed.TotalSeconds > 0 ? States / Elapsed.TotalSeconds : 0;

    /// <summary>Whether the search closed without finding anything.</summary>
    public bool IsClosedClean => Verdict == ExplorationVerdict.Closed;

    /// <summary>One line naming the verdict, e.g. <c>closed</c> or <c>bounded: stopped at N states, depth D (states max)</c>.</summary>
    public string VerdictText => Verdict switch
    {
        ExplorationVerdict.Closed => "closed",
        ExplorationVerdict.Bounded => string.Create(CultureInfo.InvariantCulture, $"bounded: stopped at {States} states, depth {Depth} ({BoundReason})"),
        ExplorationVerdict.BoundExceeded => $"bound exceeded: {BoundReason}",
        ExplorationVerdict.InvariantViolated => $"invariant violated: {Violation}",
        ExplorationVerdict.Deadlock => "deadlock: a state enables no command of the profile",
        ExplorationVerdict.HookFailed => $"step hook failed: {Counterexample?.Finding}",
        ExplorationVerdict.EngineMismatch => $"engine mismatch: {Counterexample?.Finding}",
        _ => Verdict.ToString(),
    };

    /// <summary>
    /// A plain-text summary: verdict, figures, profile, coverage warnings. A function of the configuration and options
    /// (byte-identical from run to run); the timings are in <see cref="ToTimingText"/>.
    /// </summary>
    public string ToSummaryText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append("verdict: ").Append(VerdictText).Append('\n');
        text.Append(Liveness?.Text ?? "liveness (AG EF recovered): not checked (" + (Verdict == ExplorationVerdict.Closed ? "off" : "the search did not close") + ")").Append('\n');
        text.Append(inv, $"states: {States}, transitions: {Transitions}, depth: {Depth}, deadlocks: {Deadlocks}\n");
        text.Append(inv, $"bytes/state: {BytesPerState:F1}\n");
        if (Options.Store == Storage.VisitedStore.Disk)
        {
            text.Append(inv, $"store: disk (FASTER), {DiskBytesPerState:F1} disk bytes/state, memory bytes/state above\n");
        }

        text.Append("symmetry: ").Append(Options.HostSymmetry ? "full (VMs, VFs, ids and hosts)" : Options.Symmetry ? "on" : "off");
        if (ClosureCandidates > 0)
        {
            text.Append(inv, $" (the profile's candidates closed under renaming: {ClosureCandidates} renamed commands tried beside them)");
        }

        text.Append('\n');
        text.Append("engine: ").Append(Engine == ExplorationEngine.Packed
            ? string.Create(inv, $"packed ({CrossCheckedStates} states checked in full against SriovModel.Apply and every invariant)")
            : "generic").Append('\n');
        text.Append("profile: ").Append(ExplorationProfiles.Describe(Options.Profile)).Append('\n');
        text.Append("key: ").Append(KeyLayout).Append('\n');
        foreach (var warning in Coverage.Warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The run's timings (they vary from run to run): seconds and distinct states per second.</summary>
    public string ToTimingText() => (CpuTime > TimeSpan.Zero
        ? string.Create(CultureInfo.InvariantCulture, $"timing: {Elapsed.TotalSeconds:F2} s, {StatesPerSecond:F0} states/s; cpu {CpuTime.TotalSeconds:F2} s, {States / CpuTime.TotalSeconds:F0} states per CPU-second\n")
        : string.Create(CultureInfo.InvariantCulture, $"timing: {Elapsed.TotalSeconds:F2} s, {StatesPerSecond:F0} states/s\n"))
        + (Liveness is { } liveness ? string.Create(CultureInfo.InvariantCulture, $"timing: liveness check {liveness.Elapsed.TotalSeconds:F2} s, cpu {liveness.CpuTime.TotalSeconds:F2} s, after the search (not in the figures above)\n") : "");

    /// <summary>Processor time the process spent during the search (every thread, the garbage collector's included; the liveness check's excluded).</summary>
    public TimeSpan CpuTime { get; init; }
}
