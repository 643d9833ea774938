// Harness/Reliability: one fault
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>One fault: its kind and, for an OID failure, the OID and the status it fails with.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Oid">The OID that fails (OID failures only).</param>
/// <param name="Status">The status it fails with (OID failures only).</param>
/// <param name="Host">The host whose miniport fails the OID; -1: the host of the step's VM.</param>
public sealed record Fault(FaultKind Kind, Oid? Oid = null, NdisStatus? Status = null, int Host = -1)
{
    /// <inheritdoc/>
    public override string ToString() => Kind == FaultKind.OidFailure ? $"{Kind}({Oid}→{(Status is { } s ? NdisNames.Status(s) : "")})" : Kind.ToString();
}
