// Datacenter: which side moves a VM's MAC+VLAN filter when its data path switches (spec section 9.2).

namespace SriovVerification.Implementation;

/// <summary>Which side moves a VM's MAC+VLAN filter when its data path switches (spec section 9.2).</summary>
public enum FilterMovePolicy
{
    /// <summary>The host stack moves the filter to the VF's VPort when it attaches the VF, and back after the guest is off the VF.</summary>
    HostDriven,
    /// <summary>NetVSC asks the host to switch the data path; the host moves the filter before it acknowledges.</summary>
    GuestDriven,
}
