// NDIS room: the kind of an OID request (NDIS_REQUEST_TYPE).
namespace SriovVerification.Implementation.Ndis;

/// <summary>The kind of an OID request (<c>NDIS_REQUEST_TYPE</c>).</summary>
public enum NdisRequestType
{
    /// <summary><c>NdisRequestSetInformation</c>.</summary>
    SetInformation,
    /// <summary><c>NdisRequestQueryInformation</c>.</summary>
    QueryInformation,
    /// <summary><c>NdisRequestMethod</c>: input and output share the information buffer.</summary>
    Method,
}
