// Harness/Reliability: how a malformed OID request is malformed
namespace SriovVerification.Harness.Reliability;

/// <summary>How a malformed OID request is malformed.</summary>
public enum FuzzCategory
{
    /// <summary>Information buffer shorter than the structure: INVALID_LENGTH with BytesNeeded = the structure size.</summary>
    ShortBuffer,
    /// <summary>Wrong NDIS_OBJECT_HEADER type, revision or size: INVALID_PARAMETER.</summary>
    BadHeader,
    /// <summary>Lengths and offsets at the edges: int.MaxValue, negative when reinterpreted, offset + length wrapping.</summary>
    OverflowingFields,
    /// <summary>VFId, VPortId, FilterId, SwitchId, block ids out of range or just past the live ones.</summary>
    OutOfRangeIds,
    /// <summary>An OID the adapter does not handle: NOT_SUPPORTED.</summary>
    UnknownOid,
    /// <summary>A known OID with the wrong request type: NOT_SUPPORTED.</summary>
    WrongRequestType,
    /// <summary>Random bytes of random length, with or without a valid header.</summary>
    RandomBytes,
    /// <summary>A structure valid for the adapter's live objects except for one field drawn from the edges.</summary>
    OneFieldWrong,
    /// <summary>SET_FILTER with a broken field-parameter array (count, element size, offset, field kinds).</summary>
    MalformedFilterFields,
}
