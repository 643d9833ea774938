// Harness/Reliability: one malformed OID request and what the adapter must answer
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>One malformed OID request and what the adapter must answer.</summary>
/// <param name="Category">How it is malformed.</param>
/// <param name="Structure">The NDIS structure it carries (or <c>raw</c>).</param>
/// <param name="Request">The request.</param>
/// <param name="ExpectedStatus">The one status it must get, when only one is right; null when any documented status will do.</param>
/// <param name="ExpectedBytesNeeded">The BytesNeeded an INVALID_LENGTH must carry, when known.</param>
public sealed record MalformedRequest(FuzzCategory Category, string Structure, OidRequest Request, NdisStatus? ExpectedStatus, int? ExpectedBytesNeeded)
{
    /// <summary>A one-line description for messages.</summary>
    public string Describe() =>
        $"{Category} {Request.Oid} ({Structure}) {Request.RequestType} length={Request.InformationBufferLength}/{Request.InformationBuffer.Length} bytes={Convert.ToHexString(Request.InformationBuffer.AsSpan(0, Math.Min(48, Request.InformationBuffer.Length)))}";
}
