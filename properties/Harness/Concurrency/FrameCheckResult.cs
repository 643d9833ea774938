// Harness/Concurrency: what the frame checkers found in one run
namespace SriovVerification.Harness.Concurrency;

/// <summary>What the frame checkers found in one run.</summary>
/// <param name="Violations">Each broken rule, one line each, with the frame and the logical time.</param>
/// <param name="Loss">Frames lost, classified.</param>
/// <param name="FramesSent">Frames the traffic actors sent (flows).</param>
/// <param name="Deliveries">Deliveries of frames to VMs.</param>
/// <param name="Misdelivered">Deliveries to a VM other than the addressee.</param>
/// <param name="Duplicated">Frames delivered more than once.</param>
/// <param name="ConnectionResets">Flows whose loss gap exceeded the retransmission bound.</param>
public sealed record FrameCheckResult(
    IReadOnlyList<string> Violations, LossTally Loss, int FramesSent, int Deliveries, int Misdelivered, int Duplicated, int ConnectionResets);
