// Guest room: the VF side of a VM whose guest is hostile.
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Guest;

/// <summary>
/// The VF side of a VM whose guest is hostile: what its VF miniport can reach through the VPCI path (its VF's
/// configuration space as <c>NdisMGetVirtualFunctionBusData</c>/<c>NdisMSetVirtualFunctionBusData</c> forward it to the
/// PF, its configuration blocks) and the frames it sends. The guest names offsets, lengths, block ids, source MACs
/// and VLANs; it cannot name another VF. Every attempt is recorded in <see cref="Datacenter.HostileAttempts"/>.
/// </summary>
public sealed class HostileGuest
{
    private readonly Datacenter datacenter;

    internal HostileGuest(Datacenter datacenter, int vm)
    {
        this.datacenter = datacenter;
        Vm = vm;
    }

    /// <summary>The VM whose guest this is.</summary>
    public int Vm { get; }

    /// <summary>Reads <paramref name="length"/> bytes of its VF's configuration space at <paramref name="offset"/>.</summary>
    public AdapterResult ReadConfigSpace(int offset, int length) => datacenter.HostileConfigSpace(Vm, HostileAttemptKind.ConfigSpaceRead, offset, length, 0);

    /// <summary>Writes <paramref name="length"/> bytes (little-endian <paramref name="value"/>, zeros beyond four) at <paramref name="offset"/> of its VF's configuration space.</summary>
    public AdapterResult WriteConfigSpace(int offset, int length, uint value) =>
        datacenter.HostileConfigSpace(Vm, HostileAttemptKind.ConfigSpaceWrite, offset, length, value);

    /// <summary>
    /// Writes <paramref name="value"/> to the 16-bit register at <paramref name="registerOffset"/> of the SR-IOV
    /// capability (0x08 control, 0x10 NumVFs, 0x14 First VF Offset, 0x16 VF Stride) as the guest sees the capability's
    /// offsets: the only configuration space it can address is its VF's.
    /// </summary>
    public AdapterResult WritePfSriovRegister(int registerOffset, int value) =>
        datacenter.HostileConfigSpace(Vm, HostileAttemptKind.PfCapabilityWrite, PciRegisters.SriovCapability + registerOffset, 2, unchecked((uint)value));

    /// <summary>Reads <paramref name="length"/> bytes of configuration block <paramref name="blockId"/>.</summary>
    public AdapterResult ReadConfigBlock(int blockId, int length) => datacenter.HostileConfigBlock(Vm, write: false, blockId, length, 0);

    /// <summary>Writes <paramref name="length"/> bytes, all <paramref name="fill"/>, to configuration block <paramref name="blockId"/>.</summary>
    public AdapterResult WriteConfigBlock(int blockId, int length, byte fill) => datacenter.HostileConfigBlock(Vm, write: true, blockId, length, fill);

    /// <summary>Sends a unicast frame with <paramref name="source"/> as its source MAC. Data: <see cref="AdapterData.FrameRouted"/>.</summary>
    public AdapterResult SendFrame(MacAddress source, MacAddress destination, int vlan) => datacenter.HostileFrame(Vm, source, destination, vlan);
}
