// The datacenter's seam for hostile guests: each attempt runs on the guest room's hostile paths as a configuration operation.

namespace SriovVerification.Implementation;

/// <content>Hostile guests: the VPCI configuration path and frames, with every attempt recorded.</content>
public sealed partial class Datacenter
{
    /// <summary>The longest configuration-block access the VPCI VSP forwards (a VMBus message is bounded).</summary>
    public const int HostileConfigBlockLengthMaxBytes = 64 * 1024;

    /// <summary>Every attempt of a hostile guest so far, in order.</summary>
    public IReadOnlyList<HostileAttempt> HostileAttempts => hostile.Attempts;

    /// <summary>The hostile side of <paramref name="vm"/>'s guest.</summary>
    public HostileGuest Hostile(int vm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vm);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(vm, vms.Count);
        return new HostileGuest(this, vm);
    }

    internal AdapterResult HostileConfigSpace(int vm, HostileAttemptKind kind, int offset, int length, uint value) =>
        Checked(() => hostile.ConfigSpace(vm, kind, offset, length, value));

    internal AdapterResult HostileConfigBlock(int vm, bool write, int blockId, int length, byte fill) =>
        Checked(() => hostile.ConfigBlock(vm, write, blockId, length, fill));

    internal AdapterResult HostileFrame(int vm, MacAddress source, MacAddress destination, int vlan) =>
        Checked(() => hostile.Frame(vm, source, destination, vlan));
}
