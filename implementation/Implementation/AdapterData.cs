// What a successful host, guest or frame event reports back (OID requests answer in NDIS terms, with their OidResult).
using SriovVerification.Implementation.Frames;

namespace SriovVerification.Implementation;

/// <summary>
/// Data a successful host, guest or frame event of the <see cref="Datacenter"/> returns (OID requests answer with their
/// <see cref="OidResult"/>). A closed union.
/// </summary>
public abstract record AdapterData
{
    private protected AdapterData()
    {
    }

    /// <summary>A VM's connect: the FilterId of its MAC+VLAN filter.</summary>
    public sealed record FilterCreated(int FilterId) : AdapterData;

    /// <summary>A VF attached to a VM: its VFId, RID and VPort.</summary>
    public sealed record VfAttached(int VfId, int Rid, int VPortId) : AdapterData;

    /// <summary>The VF miniport received <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with this mask.</summary>
    public sealed record InvalidationDelivered(ulong Mask) : AdapterData;

    /// <summary>Where a frame went.</summary>
    public sealed record FrameRouted(FrameOutcome Outcome) : AdapterData;

    /// <summary>The PF's SR-IOV capability as its configuration space holds it.</summary>
    public sealed record CapabilityRead(SriovCapabilitySnapshot Capability) : AdapterData;
}
