// NDIS room: the NDIS_STATUS_* codes the PF miniport, the host stack and the guest answer with, with the header's values.
namespace SriovVerification.Implementation.Ndis;

/// <summary>The <c>NDIS_STATUS_*</c> codes the PF miniport, the host stack and the guest answer with, with the header's values.</summary>
#pragma warning disable CA1028 // NDIS_STATUS is a 32-bit code; the values are the header's
public enum NdisStatus : uint
#pragma warning restore CA1028
{
    /// <summary><c>NDIS_STATUS_SUCCESS</c> (<c>STATUS_SUCCESS</c>).</summary>
    Success = 0x00000000,
    /// <summary><c>NDIS_STATUS_INVALID_PARAMETER</c> (<c>STATUS_INVALID_PARAMETER</c>).</summary>
    InvalidParameter = 0xC000000D,
    /// <summary><c>NDIS_STATUS_INVALID_LENGTH</c>: the information buffer is too short (see <c>BytesNeeded</c>).</summary>
    InvalidLength = 0xC0010014,
    /// <summary><c>NDIS_STATUS_NOT_SUPPORTED</c> (<c>STATUS_NOT_SUPPORTED</c>): unknown OID, or SR-IOV disabled on the adapter.</summary>
    NotSupported = 0xC00000BB,
    /// <summary><c>NDIS_STATUS_FILE_NOT_FOUND</c>: the named object does not exist.</summary>
    FileNotFound = 0xC001001B,
    /// <summary><c>NDIS_STATUS_RESOURCES</c> (<c>STATUS_INSUFFICIENT_RESOURCES</c>): a hardware or software limit is exhausted.</summary>
    Resources = 0xC000009A,
    /// <summary><c>NDIS_STATUS_FAILURE</c> (<c>STATUS_UNSUCCESSFUL</c>).</summary>
    Failure = 0xC0000001,
    /// <summary><c>NDIS_STATUS_INVALID_DEVICE_REQUEST</c> (<c>STATUS_INVALID_DEVICE_REQUEST</c>): a host-stack or guest event not valid in the current state.</summary>
    InvalidDeviceRequest = 0xC0000010,
}
