namespace SriovVerification.Implementation;

/// <summary>The <c>NDIS_STATUS_*</c> codes the PF miniport, the host stack and the guest answer with.</summary>
public enum NdisStatus
{
    /// <summary><c>NDIS_STATUS_SUCCESS</c>.</summary>
    Success,
    /// <summary><c>NDIS_STATUS_INVALID_PARAMETER</c>.</summary>
    InvalidParameter,
    /// <summary><c>NDIS_STATUS_INVALID_LENGTH</c>: the information buffer is too short (see <c>BytesNeeded</c>).</summary>
    InvalidLength,
    /// <summary><c>NDIS_STATUS_NOT_SUPPORTED</c>: unknown OID, or SR-IOV disabled on the adapter.</summary>
    NotSupported,
    /// <summary><c>NDIS_STATUS_FILE_NOT_FOUND</c>: the named object does not exist.</summary>
    FileNotFound,
    /// <summary><c>NDIS_STATUS_RESOURCES</c>: a hardware or software limit is exhausted.</summary>
    Resources,
    /// <summary><c>NDIS_STATUS_FAILURE</c>.</summary>
    Failure,
    /// <summary><c>NDIS_STATUS_INVALID_DEVICE_REQUEST</c>: a host-stack or guest event not valid in the current state.</summary>
    InvalidDeviceRequest,
}
