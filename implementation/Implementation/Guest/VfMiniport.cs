// Guest room: the IHV's VF miniport in a guest.

namespace SriovVerification.Implementation.Guest;

/// <summary>The IHV's VF miniport in a guest: it takes <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> from NDIS.</summary>
public sealed class VfMiniport
{
    /// <summary>The one protocol the VF miniport lets bind to it (spec section 1).</summary>
    public const string NetVscProtocolName = "NetVSC";

    private readonly List<ulong> invalidations = [];

    /// <summary>
    /// The VF miniport's bind check: only NetVSC binds to it (spec section 1); with
    /// <paramref name="bindsAnyProtocol"/> (the defect) any protocol does.
    /// </summary>
    public static bool AcceptsBinding(string protocolName, bool bindsAnyProtocol) =>
        bindsAnyProtocol || string.Equals(protocolName, NetVscProtocolName, StringComparison.Ordinal);

    /// <summary>Every invalidation mask received, in order.</summary>
    public IReadOnlyList<ulong> Invalidations => invalidations;

    /// <summary>Completes an OID request issued to the VF miniport.</summary>
    public OidResult Request(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Oid != Oid.OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK || request.RequestType != NdisRequestType.SetInformation)
        {
            return new OidResult(NdisStatus.NotSupported, 0, 0, request.InformationBuffer);
        }

        var status = PfMiniport.Parse<NdisSriovVfInvalidateConfigBlockInfo>(request, out var info, out var needed);
        if (status == NdisStatus.Success && info.BlockMask == 0)
        {
            status = NdisStatus.InvalidParameter;
        }

        if (status == NdisStatus.Success)
        {
            invalidations.Add(info.BlockMask);
        }

        return new OidResult(status, 0, needed, request.InformationBuffer);
    }
}
