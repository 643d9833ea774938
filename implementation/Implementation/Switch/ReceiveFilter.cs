// Switch room: A VMQueue receive filter on one VPort.

namespace SriovVerification.Implementation.Switch;

/// <summary>
/// A VMQueue receive filter on one VPort: a destination-MAC equality test (null: none) and a VLAN id equality test
/// (0: none; with a MAC test the frame must then be untagged or VID 0). Its tests are ANDed.
/// </summary>
internal sealed class ReceiveFilter(int filterId, int vportId, MacAddress? macAddress, int vlanId)
{
    public int FilterId { get; } = filterId;

    public int VPortId { get; set; } = vportId;

    public MacAddress? MacAddress { get; } = macAddress;

    public int VlanId { get; } = vlanId;
}
