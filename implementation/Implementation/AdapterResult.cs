// The result of a host, guest or frame event: its NDIS status, the reason of a refusal, and what it reported.

namespace SriovVerification.Implementation;

/// <summary>
/// The result of one host, guest or frame event of the <see cref="Datacenter"/> (events that are not OID requests; those
/// answer with their <see cref="OidResult"/>).
/// </summary>
/// <param name="Status">The status.</param>
/// <param name="Reason">Why it was refused; empty on success.</param>
/// <param name="Data">What it returned, if anything.</param>
public sealed record AdapterResult(NdisStatus Status, string Reason, AdapterData? Data = null)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool IsSuccess => Status == NdisStatus.Success;

    /// <summary>A success without data.</summary>
    public static AdapterResult Ok { get; } = new(NdisStatus.Success, "");

    /// <summary>A success with data.</summary>
    public static AdapterResult With(AdapterData data) => new(NdisStatus.Success, "", data);

    /// <summary>A refusal.</summary>
    public static AdapterResult Refused(NdisStatus status, string reason) => new(status, reason);
}
