namespace SriovVerification.Implementation;

/// <summary>A VMQueue receive filter: destination MAC and VLAN equality tests on one VPort.</summary>
internal sealed class ReceiveFilter(int filterId, int vportId, MacAddress macAddress, int vlanId)
{
    public int FilterId { get; } = filterId;

    public int VPortId { get; set; } = vportId;

    public MacAddress MacAddress { get; } = macAddress;

    public int VlanId { get; } = vlanId;
}
