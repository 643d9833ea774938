// Harness/Concurrency: everything a scheduled run of a transition under traffic depends on
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Defects;

namespace SriovVerification.Harness.Concurrency;

/// <summary>Everything a scheduled run of a transition under traffic depends on: the run is a function of these.</summary>
public sealed record InterleavingOptions
{
    /// <summary>The transition.</summary>
    public ScenarioKind Scenario { get; init; } = ScenarioKind.GracefulFailover;

    /// <summary>Who moves the VM's filter.</summary>
    public FilterMovePolicy Policy { get; init; } = FilterMovePolicy.HostDriven;

    /// <summary>The scheduling strategy.</summary>
    public StrategyKind Strategy { get; init; } = StrategyKind.Random;

    /// <summary>With <see cref="StrategyKind.WindowDelay"/>: the control-path yield at which the yielding actor is held.</summary>
    public int DelayedWindow { get; init; }

    /// <summary>Seed of the strategy and of the adapter.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Defects the adapter carries (names from <see cref="DefectCatalog"/>).</summary>
    public IReadOnlyList<string> Defects { get; init; } = [];

    /// <summary>Most scheduler steps of the run.</summary>
    public int StepBound { get; init; } = CooperativeScheduler.StepBoundDefault;

    /// <summary>Most frames each traffic actor sends.</summary>
    public int FramesPerActorMax { get; init; } = 120;

    /// <summary>Steps the control path waits for a graceful removal before the removal time-out fires.</summary>
    public int WaitTimeoutSteps { get; init; } = 120;

    /// <summary>
    /// The retransmission bound, in control-path progress steps (the protocol clock, independent of how much traffic is
    /// pumped meanwhile): a flow whose loss gap stays open longer, or is still open after the transition, is reset.
    /// </summary>
    public int RetransmitWindowSteps { get; init; } = 24;

    /// <summary>
    /// A recorded schedule to follow instead of <see cref="Strategy"/> (<see cref="ReplayStrategy"/>); null to draw
    /// one from the seed.
    /// </summary>
    public IReadOnlyList<ScheduleDecision>? Decisions { get; init; }

    /// <summary>The traffic actors that run (of <see cref="TrafficActorNames"/>); null for all of them.</summary>
    public IReadOnlyList<string>? TrafficActors { get; init; }

    /// <summary>The traffic actors a scenario can have: two senders and the wire.</summary>
    public static IReadOnlyList<string> TrafficActorNames { get; } = ["send0", "send1", "wire"];

    /// <summary>Whether the traffic actor <paramref name="name"/> runs.</summary>
    public bool Runs(string name) => TrafficActors is null || TrafficActors.Contains(name);

    /// <summary>
    /// The options a campaign derives from one seed: scenario, policy and strategy all come from the seed, so that
    /// running that seed alone replays the interleaving.
    /// </summary>
    public static InterleavingOptions FromSeed(ulong seed, IReadOnlyList<string> defects)
    {
        var scenarios = Enum.GetValues<ScenarioKind>();
        return new InterleavingOptions
        {
            Seed = seed,
            Scenario = scenarios[(int)(seed % (ulong)scenarios.Length)],
            Policy = (seed / (ulong)scenarios.Length) % 2 == 0 ? FilterMovePolicy.HostDriven : FilterMovePolicy.GuestDriven,
            Strategy = (seed / (2 * (ulong)scenarios.Length)) % 2 == 0 ? StrategyKind.Random : StrategyKind.Pct,
            Defects = defects,
        };
    }

    /// <summary>These options with the <see cref="WindowDelayStrategy"/> holding at control-path yield <paramref name="hold"/>.</summary>
    public InterleavingOptions HeldAt(int hold) => this with { Strategy = StrategyKind.WindowDelay, DelayedWindow = hold };

    /// <summary>One line naming every option.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"seed={SeedText.Format(Seed)} scenario={Scenario} policy={Policy} strategy={Strategy}{(Strategy == StrategyKind.WindowDelay ? $" window={DelayedWindow}" : "")} defects=[{string.Join(",", Defects)}] step-bound={StepBound} frames-per-actor={FramesPerActorMax}");
}
