// NDIS room: an OID request (NDIS_OID_REQUEST).
namespace SriovVerification.Implementation.Ndis;

/// <summary>
/// An OID request (<c>NDIS_OID_REQUEST</c>): the OID, the request type and an information buffer whose first
/// <see cref="InformationBufferLength"/> bytes are valid. Method requests return their output in the same buffer.
/// </summary>
public sealed class OidRequest
{
    /// <summary>Creates a request over <paramref name="informationBuffer"/>.</summary>
    /// <param name="oid">The OID.</param>
    /// <param name="requestType">Set, query or method.</param>
    /// <param name="informationBuffer">The information buffer.</param>
    /// <param name="informationBufferLength">Valid length of the buffer; defaults to the whole array.</param>
    public OidRequest(Oid oid, NdisRequestType requestType, byte[] informationBuffer, int? informationBufferLength = null)
    {
        ArgumentNullException.ThrowIfNull(informationBuffer);
        var length = informationBufferLength ?? informationBuffer.Length;
        if (length < 0 || length > informationBuffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(informationBufferLength), length, "must lie within the buffer");
        }

        Oid = oid;
        RequestType = requestType;
        InformationBuffer = informationBuffer;
        InformationBufferLength = length;
    }

    /// <summary>The OID.</summary>
    public Oid Oid { get; }

    /// <summary>Set, query or method.</summary>
    public NdisRequestType RequestType { get; }

    /// <summary>The information buffer (input, and output for query and method requests).</summary>
    public byte[] InformationBuffer { get; }

    /// <summary>The number of valid bytes in <see cref="InformationBuffer"/>.</summary>
    public int InformationBufferLength { get; }
}
