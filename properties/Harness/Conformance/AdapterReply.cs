// The adapter's answer to one driven step in the harness's terms: an OID result decoded, or a host, guest or frame event's result.
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The adapter's answer to one step the driver sent: its NDIS status, the reason of a refusal, the <c>BytesNeeded</c> of
/// an OID request that completed with INVALID_LENGTH, and its data: a <see cref="OidData"/> decoded from an OID
/// result, or the <see cref="I.AdapterData"/> a host, guest or frame event reported.
/// </summary>
/// <param name="Status">The status.</param>
/// <param name="Reason">Why it was refused; empty on success.</param>
/// <param name="Data">An <see cref="OidData"/>, an <see cref="I.AdapterData"/>, or null.</param>
public sealed record AdapterReply(I.Ndis.NdisStatus Status, string Reason, object? Data = null)
{
    /// <summary>The <c>BytesNeeded</c> an OID request completed with (INVALID_LENGTH); 0 otherwise.</summary>
    public int BytesNeeded { get; init; }

    /// <summary>Whether the step succeeded.</summary>
    public bool IsSuccess => Status == I.Ndis.NdisStatus.Success;

    /// <summary>A success without data.</summary>
    public static AdapterReply Ok { get; } = new(I.Ndis.NdisStatus.Success, "");

    /// <summary>A success with data.</summary>
    public static AdapterReply With(object? data) => new(I.Ndis.NdisStatus.Success, "", data);

    /// <summary>A refusal.</summary>
    public static AdapterReply Refused(I.Ndis.NdisStatus status, string reason) => new(status, reason);

    /// <summary>The reply of a host, guest or frame event.</summary>
    public static implicit operator AdapterReply(I.AdapterResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AdapterReply(result.Status, result.Reason, result.Data);
    }
}
