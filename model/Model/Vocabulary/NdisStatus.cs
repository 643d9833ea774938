// The NDIS status codes the protocol uses and their names.
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
    // The codes are the public header's (ddk/ndis.h, with the STATUS_* aliases of ntstatus.h); the harness's
    // NdisStatusCodeTests holds them equal to the emulated adapter's, which NdisAbiTests holds to the header.
    private static readonly (NdisStatus Status, string Name, uint Code)[] Names =
    [
        (NdisStatus.Success, "SUCCESS", 0x00000000),
        (NdisStatus.InvalidParameter, "INVALID_PARAMETER", 0xC000000D),
        (NdisStatus.InvalidLength, "INVALID_LENGTH", 0xC0010014),
        (NdisStatus.NotSupported, "NOT_SUPPORTED", 0xC00000BB),
        (NdisStatus.FileNotFound, "FILE_NOT_FOUND", 0xC001001B),
        (NdisStatus.Resources, "RESOURCES", 0xC000009A),
        (NdisStatus.Failure, "FAILURE", 0xC0000001),
        (NdisStatus.InvalidDeviceRequest, "INVALID_DEVICE_REQUEST", 0xC0000010),
    ];

    /// <summary>The NDIS name without the <c>NDIS_STATUS_</c> prefix, e.g. <c>INVALID_PARAMETER</c>.</summary>
    public static string ToNdisName(this NdisStatus status)
    {
        foreach (var (s, n, _) in Names)
        {
            if (s == status)
            {
                return n;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "not an NdisStatus");
    }

    /// <summary>The 32-bit <c>NDIS_STATUS</c> value of the public header, e.g. 0xC0010014 for <c>INVALID_LENGTH</c>.</summary>
    public static uint Code(this NdisStatus status)
    {
        foreach (var (s, _, c) in Names)
        {
            if (s == status)
            {
                return c;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "not an NdisStatus");
    }

    /// <summary>
    /// Parses an NDIS name (with or without the <c>NDIS_STATUS_</c> prefix) or its code as <c>0x</c> and eight hex
    /// digits, as a debugger shows it (<c>0xC0010014</c>).
    /// </summary>
    public static bool TryParse(string text, out NdisStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = text.StartsWith("NDIS_STATUS_", StringComparison.Ordinal) ? text["NDIS_STATUS_".Length..] : text;
        uint code = 0;
        var isCode = text.Length == 10 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && uint.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out code);
        foreach (var (s, n, c) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal) || (isCode && c == code))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>All statuses with their names, in declaration order.</summary>
    public static IReadOnlyList<(NdisStatus Status, string Name)> All => [.. Names.Select(n => (n.Status, n.Name))];
}
