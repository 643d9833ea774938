// Harness/Concurrency: what a campaign of seeded interleavings found
namespace SriovVerification.Harness.Concurrency;

/// <summary>What a campaign of seeded interleavings found.</summary>
/// <param name="Interleavings">Runs made.</param>
/// <param name="Failures">The failing runs (each replays from its own seed).</param>
/// <param name="Misdelivered">Misdeliveries over all runs.</param>
/// <param name="Duplicated">Duplicated frames over all runs.</param>
/// <param name="FramesSent">Frames sent over all runs.</param>
/// <param name="LossPerRun">The loss tally of every run, by scenario and policy.</param>
/// <param name="WindowDelays">Runs of the window sweep (<see cref="WindowDelayStrategy"/>), beside the seeded interleavings.</param>
public sealed record CampaignResult(
    int Interleavings,
    IReadOnlyList<InterleavingReport> Failures,
    int Misdelivered,
    int Duplicated,
    long FramesSent,
    IReadOnlyDictionary<(ScenarioKind Scenario, Implementation.FilterMovePolicy Policy), IReadOnlyList<LossTally>> LossPerRun,
    int WindowDelays = 0);
