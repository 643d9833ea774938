namespace SriovVerification.Implementation;

/// <summary>The result of one operation of the <see cref="Datacenter"/>.</summary>
/// <param name="Status">The status.</param>
/// <param name="Reason">Why it was refused; empty on success.</param>
/// <param name="Data">What it returned, if anything.</param>
public sealed record AdapterResult(NdisStatus Status, string Reason, AdapterData? Data = null)
{
    /// <summary>The <c>BytesNeeded</c> an OID request completed with (INVALID_LENGTH); 0 otherwise.</summary>
    public int BytesNeeded { get; init; }

    /// <summary>Whether the operation succeeded.</summary>
    public bool IsSuccess => Status == NdisStatus.Success;

    /// <summary>A success without data.</summary>
    public static AdapterResult Ok { get; } = new(NdisStatus.Success, "");

    /// <summary>A success with data.</summary>
    public static AdapterResult With(AdapterData data) => new(NdisStatus.Success, "", data);

    /// <summary>A refusal.</summary>
    public static AdapterResult Refused(NdisStatus status, string reason) => new(status, reason);
}
