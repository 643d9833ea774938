// Datacenter: the hardware and driver knobs of one emulated SR-IOV adapter (spec section 8).
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation;

/// <summary>The hardware and driver knobs of one emulated SR-IOV adapter (spec section 8).</summary>
public sealed record AdapterOptions
{
    /// <summary>Whether SR-IOV is enabled on the adapter; when not, every SR-IOV OID answers NOT_SUPPORTED.</summary>
    public bool SriovEnabled { get; init; } = true;

    /// <summary>SR-IOV capability TotalVFs (and InitialVFs).</summary>
    public int TotalVfs { get; init; } = 8;

    /// <summary>VPorts of the NIC switch, the default VPort included.</summary>
    public int MaxNumVPorts { get; init; } = 5;

    /// <summary>Queue pairs of all VPorts together.</summary>
    public int MaxNumQueuePairs { get; init; } = 8;

    /// <summary>Queue pairs of one nondefault VPort.</summary>
    public int MaxNumQueuePairsPerNonDefaultVPort { get; init; } = 2;

    /// <summary>Queue pairs of the default VPort.</summary>
    public int DefaultVPortQueuePairs { get; init; } = 1;

    /// <summary>Receive filters on the adapter (all VPorts together).</summary>
    public int MaxReceiveFilters { get; init; } = 6;

    /// <summary>The PF's routing id, <c>bus &lt;&lt; 8 | devfn</c>.</summary>
    public int PfRid { get; init; } = 0x01F8;

    /// <summary>SR-IOV capability First VF Offset.</summary>
    public int FirstVfOffset { get; init; } = 4;

    /// <summary>SR-IOV capability VF Stride.</summary>
    public int VfStride { get; init; } = 2;

    /// <summary>
    /// First VF Offset and VF Stride as functions of NumVFs: each row holds from its NumVFs up to the next row's; empty means
    /// <see cref="FirstVfOffset"/> and <see cref="VfStride"/> for every NumVFs from 1.
    /// </summary>
    public IReadOnlyList<VfRoutingRow> VfRoutingTable { get; init; } = [];

    /// <summary>The SR-IOV capability's VF Device ID.</summary>
    public int VfDeviceId { get; init; } = 0x154C;

    /// <summary>The SR-IOV capability's System Page Size register.</summary>
    public int SystemPageSize { get; init; } = 0x1;

    /// <summary>Size of a VF's configuration space in bytes (256 or 4096).</summary>
    public int VfConfigSpaceSizeBytes { get; init; } = 4096;

    /// <summary>The IHV's VF configuration blocks.</summary>
    public IReadOnlyList<ConfigBlockDefinition> ConfigBlocks { get; init; } = [new(0, 64), new(1, 16)];

    /// <summary>The defects (names from <see cref="DefectCatalog"/>) the adapter and its host stack carry; none by default.</summary>
    public IReadOnlySet<string> Defects { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the defect named <paramref name="name"/> is switched on.</summary>
    public bool Has(string name) => Defects.Contains(name);
}
