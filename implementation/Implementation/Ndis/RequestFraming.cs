// NDIS room: how a caller frames an OID request before it sends it (a cut buffer, an overwritten header).
namespace SriovVerification.Implementation.Ndis;

/// <summary>
/// How a caller frames an OID request before it sends it (<see cref="Apply"/>): the information buffer
/// cut to <paramref name="TruncateToBytes"/> (null: the whole request), and the structure's <c>NDIS_OBJECT_HEADER</c>
/// overwritten with <paramref name="Type"/>, <paramref name="Revision"/> and <paramref name="Size"/> (as far as the buffer holds it).
/// </summary>
/// <param name="TruncateToBytes">The <c>InformationBufferLength</c> when shorter than the request; null for the whole request.</param>
/// <param name="Type"><c>Header.Type</c>.</param>
/// <param name="Revision"><c>Header.Revision</c>.</param>
/// <param name="Size"><c>Header.Size</c>.</param>
public sealed record RequestFraming(int? TruncateToBytes, byte Type, byte Revision, ushort Size)
{
    /// <summary>The request as framed: a copy of its buffer, cut and with the header overwritten.</summary>
    public OidRequest Apply(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var length = TruncateToBytes is int cut ? Math.Clamp(cut, 0, request.InformationBufferLength) : request.InformationBufferLength;
        Span<byte> header = stackalloc byte[4];
        new NdisObjectHeader(Type, Revision, Size).WriteTo(header);
        var buffer = request.InformationBuffer.AsSpan(0, length).ToArray();
        header[..Math.Min(4, length)].CopyTo(buffer);
        return new OidRequest(request.Oid, request.RequestType, buffer);
    }
}
