// Switch room: A receive filter read back for a harness.

namespace SriovVerification.Implementation.Switch;

/// <summary>A receive filter read back for a harness.</summary>
/// <param name="FilterId">Its id.</param>
/// <param name="VPortId">The VPort it is on.</param>
/// <param name="MacAddress">The destination MAC it tests, or null for a filter without a MAC test (VLAN-only).</param>
/// <param name="VlanId">The VLAN id it tests (0: no VLAN test; with a MAC test, untagged or VID 0).</param>
public sealed record FilterSnapshot(int FilterId, int VPortId, MacAddress? MacAddress, int VlanId);
