namespace SriovVerification.Model;

/// <summary>
/// The NDIS status codes the protocol uses (spec section 2). Trace files print them with
/// <see cref="NdisStatusNames.ToNdisName"/>, the NDIS name without the <c>NDIS_STATUS_</c> prefix.
/// </summary>
public enum NdisStatus
{
    /// <summary><c>NDIS_STATUS_SUCCESS</c>.</summary>
    Success,
    /// <summary><c>NDIS_STATUS_INVALID_PARAMETER</c>.</summary>
    InvalidParameter,
    /// <summary><c>NDIS_STATUS_INVALID_LENGTH</c> (with <c>BytesNeeded</c>).</summary>
    InvalidLength,
    /// <summary><c>NDIS_STATUS_NOT_SUPPORTED</c>: SR-IOV disabled, or an unknown OID.</summary>
    NotSupported,
    /// <summary><c>NDIS_STATUS_FILE_NOT_FOUND</c>: the named object does not exist.</summary>
    FileNotFound,
    /// <summary><c>NDIS_STATUS_RESOURCES</c>: a limit is exhausted.</summary>
    Resources,
    /// <summary><c>NDIS_STATUS_FAILURE</c>.</summary>
    Failure,
    /// <summary><c>NDIS_STATUS_INVALID_DEVICE_REQUEST</c>: a host or guest event not valid in the current state.</summary>
    InvalidDeviceRequest,
}

/// <summary>Printing and parsing of <see cref="NdisStatus"/> NDIS names.</summary>
public static class NdisStatusNames
{
    private static readonly (NdisStatus Status, string Name)[] Names =
    [
        (NdisStatus.Success, "SUCCESS"),
        (NdisStatus.InvalidParameter, "INVALID_PARAMETER"),
        (NdisStatus.InvalidLength, "INVALID_LENGTH"),
        (NdisStatus.NotSupported, "NOT_SUPPORTED"),
        (NdisStatus.FileNotFound, "FILE_NOT_FOUND"),
        (NdisStatus.Resources, "RESOURCES"),
        (NdisStatus.Failure, "FAILURE"),
        (NdisStatus.InvalidDeviceRequest, "INVALID_DEVICE_REQUEST"),
    ];

    /// <summary>The NDIS name without the <c>NDIS_STATUS_</c> prefix, e.g. <c>INVALID_PARAMETER</c>.</summary>
    public static string ToNdisName(this NdisStatus status)
    {
        foreach (var (s, n) in Names)
        {
            if (s == status)
            {
                return n;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "not an NdisStatus");
    }

    /// <summary>Parses an NDIS name (with or without the <c>NDIS_STATUS_</c> prefix).</summary>
    public static bool TryParse(string text, out NdisStatus status)
    {
        var name = text.StartsWith("NDIS_STATUS_", StringComparison.Ordinal) ? text["NDIS_STATUS_".Length..] : text;
        foreach (var (s, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>All statuses with their names, in declaration order.</summary>
    public static IReadOnlyList<(NdisStatus Status, string Name)> All => Names;
}
