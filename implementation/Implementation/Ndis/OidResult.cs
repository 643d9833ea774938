// NDIS room: the completion of an OID request.
namespace SriovVerification.Implementation.Ndis;

/// <summary>The completion of an OID request.</summary>
/// <param name="Status">The <c>NDIS_STATUS</c>.</param>
/// <param name="BytesWritten">Bytes written to the information buffer (query and method requests).</param>
/// <param name="BytesNeeded">Bytes the buffer must hold when <see cref="NdisStatus.InvalidLength"/> is returned.</param>
/// <param name="InformationBuffer">The request's information buffer, holding any output.</param>
public sealed record OidResult(NdisStatus Status, int BytesWritten, int BytesNeeded, byte[] InformationBuffer)
{
    /// <summary>Whether the request succeeded.</summary>
    public bool IsSuccess => Status == NdisStatus.Success;
}
