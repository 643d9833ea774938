namespace SriovVerification.Implementation;

/// <summary>A receive filter read back for a harness.</summary>
/// <param name="FilterId">Its id.</param>
/// <param name="VPortId">The VPort it is on.</param>
/// <param name="MacAddress">The destination MAC it tests.</param>
/// <param name="VlanId">The VLAN id it tests (0: untagged).</param>
public sealed record FilterSnapshot(int FilterId, int VPortId, MacAddress MacAddress, int VlanId);
