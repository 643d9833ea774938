// Guest room: one attempt of a hostile guest and the adapter's answer.

namespace SriovVerification.Implementation.Guest;

/// <summary>One attempt of a hostile guest and the adapter's answer.</summary>
/// <param name="Vm">The VM whose guest tried.</param>
/// <param name="Kind">What it tried.</param>
/// <param name="Outcome">How the adapter answered.</param>
/// <param name="Status">The status of the request (SUCCESS for a routed frame, dropped or not).</param>
/// <param name="Detail">The attempt's parameters, for messages.</param>
/// <param name="FrameId">The frame's identity, for frames; -1 otherwise.</param>
public sealed record HostileAttempt(int Vm, HostileAttemptKind Kind, HostileAttemptOutcome Outcome, NdisStatus Status, string Detail, long FrameId);
