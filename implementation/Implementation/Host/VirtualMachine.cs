namespace SriovVerification.Implementation;

/// <summary>A VM (child partition) and its VM network adapter.</summary>
internal sealed class VirtualMachine(int index, MacAddress macAddress, int vlanId, int host)
{
    public int Index { get; } = index;

    public string Name { get; } = VmName(index);

    public MacAddress MacAddress { get; } = macAddress;

    public int VlanId { get; } = vlanId;

    public int Host { get; set; } = host;

    public bool Migrating { get; set; }

    public int MigrationDestination { get; set; } = -1;

    public Guest Guest { get; } = new();

    public static string VmName(int index) => FormattableString.Invariant($"VM-{index}");
}
