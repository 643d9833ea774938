// Harness/Reliability: attempts of one kind and how they were answered
namespace SriovVerification.Harness.Reliability;

/// <summary>Attempts of one kind and how they were answered.</summary>
/// <param name="Attempted">Attempts made.</param>
/// <param name="Refused">Refused with a status other than SUCCESS.</param>
/// <param name="Dropped">Frames dropped.</param>
/// <param name="Accepted">Completed without effect beyond the attacker's own VF (masked writes), or frames routed lawfully.</param>
public sealed record HostileKindCount(int Attempted, int Refused, int Dropped, int Accepted);
