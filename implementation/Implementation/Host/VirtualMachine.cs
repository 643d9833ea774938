// Host room: A VM (child partition) and its VM network adapter.

namespace SriovVerification.Implementation.Host;

/// <summary>A VM (child partition) and its VM network adapter.</summary>
internal sealed class VirtualMachine(int index, MacAddress macAddress, int vlanId, int host)
{
    public int Index { get; } = index;

    public string Name { get; } = VmName(index);

    public MacAddress MacAddress { get; } = macAddress;

    public int VlanId { get; } = vlanId;

    // Read by the data path without a lock.
    private volatile int currentHost = host;
    private volatile bool migrating;

    public int Host { get => currentHost; set => currentHost = value; }

    public bool Migrating { get => migrating; set => migrating = value; }

    public int MigrationDestination { get; set; } = -1;

    public GuestOs Guest { get; } = new();

    public static string VmName(int index) => FormattableString.Invariant($"VM-{index}");

    /// <summary>The name of the network adapter of the VM with index <paramref name="index"/> (<c>NicName</c>).</summary>
    public static string NicName(int index) => FormattableString.Invariant($"VM-{index}-NIC");
}
