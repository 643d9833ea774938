// The model's configuration: hosts, VMs, VFs, VPorts, filters, config blocks and policies.
using System.Collections.Immutable;

namespace SriovVerification.Model;

/// <summary>Which side moves a VM's MAC+VLAN filter when its data path switches (spec section 9.2).</summary>
public enum FilterMovePolicy
{
    /// <summary>
    /// Default. The host stack moves the filter to the VF's VPort as part of attaching the VF
    /// (before the offer), and moves it back after the guest is off the VF.
    /// </summary>
    HostDriven,

    /// <summary>
    /// The guest asks the host to switch the data path; the host moves the filter before it
    /// acknowledges (Linux netvsc, OpenVMM netvsp). Attaching a VF leaves the filter on the default VPort.
    /// </summary>
    GuestDriven,
}

/// <summary>An IHV-defined VF configuration block: its id and its size in bytes.</summary>
/// <param name="BlockId">The block id (0 … 63; bit <c>BlockId</c> of an invalidation mask).</param>
/// <param name="SizeBytes">The block's length in bytes.</param>
public sealed record ConfigBlockDefinition(int BlockId, int SizeBytes);

/// <summary>
/// The configuration knobs of spec section 8. One record describes every host's adapter (all
/// adapters are the same model) and the VMs. Immutable; value equality.
/// </summary>
public sealed record ModelConfig
{
    /// <summary>Number of Hyper-V hosts, each with one SR-IOV adapter (for live migration).</summary>
    public int HostCount { get; init; } = 2;

    /// <summary>Number of VMs (child partitions), each with one VM network adapter.</summary>
    public int VmCount { get; init; } = 4;

    /// <summary>SR-IOV capability TotalVFs.</summary>
    public int TotalVfs { get; init; } = 8;

    /// <summary>NumVFs the host stack requests when it creates the NIC switch.</summary>
    public int NumVfs { get; init; } = 3;

    /// <summary>NumVPorts of the NIC switch, the default VPort included.</summary>
    public int MaxNumVPorts { get; init; } = 5;

    /// <summary>Queue pairs of all VPorts together.</summary>
    public int MaxNumQueuePairs { get; init; } = 8;

    /// <summary>Queue pairs of one nondefault VPort.</summary>
    public int MaxNumQueuePairsPerNonDefaultVPort { get; init; } = 2;

    /// <summary>Queue pairs owned by the default VPort.</summary>
    public int DefaultVPortQueuePairs { get; init; } = 1;

    /// <summary>Receive filters on one adapter (all VPorts together).</summary>
    public int MaxReceiveFilters { get; init; } = 6;

    /// <summary>The PF's routing id, <c>bus &lt;&lt; 8 | devfn</c>.</summary>
    public int PfRid { get; init; } = 0x01F8;

    /// <summary>SR-IOV capability First VF Offset.</summary>
    public int FirstVfOffset { get; init; } = 4;

    /// <summary>SR-IOV capability VF Stride.</summary>
    public int VfStride { get; init; } = 2;

    /// <summary>Size of a VF's PCI configuration space in bytes (PCIe extended space).</summary>
    public int VfConfigSpaceSizeBytes { get; init; } = 4096;

    /// <summary>The IHV's VF configuration blocks.</summary>
    public ValueArray<ConfigBlockDefinition> ConfigBlocks { get; init; } =
        [new ConfigBlockDefinition(0, 64), new ConfigBlockDefinition(1, 16)];

    /// <summary>Virtual ticks the host waits for a graceful VF removal before it surprise removes the VF.</summary>
    public int RemovalTimeoutTicks { get; init; } = 100;

    /// <summary>Who moves a VM's filter when its data path switches.</summary>
    public FilterMovePolicy FilterMovePolicy { get; init; } = FilterMovePolicy.HostDriven;

    /// <summary>Whether SR-IOV is enabled on each host's adapter (index = host). Missing entries mean enabled.</summary>
    public ValueArray<bool> HostSriovEnabled { get; init; } = [true, true];

    /// <summary>
    /// First VF Offset and VF Stride as functions of NumVFs, as a real device's SR-IOV capability recomputes them when
    /// NumVFs is written: each entry holds from its NumVFs up to the next entry's. Empty (the default): <see cref="FirstVfOffset"/>
    /// and <see cref="VfStride"/> for every NumVFs from 1.
    /// </summary>
    public ValueArray<VfRouting> VfRoutingTable { get; init; } = [];

    /// <summary>The SR-IOV capability's VF Device ID.</summary>
    public int VfDeviceId { get; init; } = 0x154C;

    /// <summary>The SR-IOV capability's System Page Size register (bit n: page size 2^(n+12); 0x1 = 4 KiB).</summary>
    public int SystemPageSize { get; init; } = 0x1;

    /// <summary>The VLAN id of each VM's network adapter (index = VM; 0 = untagged). Missing entries mean 0.</summary>
    public ValueArray<int> VmVlans { get; init; } = [];

    /// <summary>The host each VM starts on (index = VM). Missing entries mean host 0.</summary>
    public ValueArray<int> VmInitialHosts { get; init; } = [];

    /// <summary>The default configuration: 2 hosts, 4 VMs, 3 VFs per adapter.</summary>
    public static ModelConfig Default { get; } = new();

    /// <summary>Whether SR-IOV is enabled on <paramref name="host"/>.</summary>
    public bool IsSriovEnabled(int host) => host >= HostSriovEnabled.Length || HostSriovEnabled[host];

    /// <summary>The VLAN id of <paramref name="vm"/>'s network adapter.</summary>
    public int VlanOf(int vm) => vm < VmVlans.Length ? VmVlans[vm] : 0;

    /// <summary>The host <paramref name="vm"/> starts on.</summary>
    public int InitialHostOf(int vm) => vm < VmInitialHosts.Length ? VmInitialHosts[vm] : 0;

    /// <summary>
    /// Number of MAC addresses in the argument domain: one per VM (index = VM) and one foreign
    /// unicast MAC that belongs to no VM (index = <see cref="VmCount"/>).
    /// </summary>
    public int MacCount => VmCount + 1;

    /// <summary>The MAC address with the given index, as 6 bytes: <c>00-15-5D-00-00-(index+1)</c>; the foreign one is <c>02-00-00-00-00-EE</c>.</summary>
    public ulong MacAddress(int macIndex) =>
        macIndex == VmCount ? 0x0200_0000_00EEUL : 0x0015_5D00_0000UL | (uint)(macIndex + 1);

    /// <summary>The MAC index that belongs to <paramref name="vm"/>.</summary>
    public static int MacIndexOf(int vm) => vm;

    /// <summary>
    /// The RID of VF <paramref name="vfId"/> by the PCIe formula, in 16 bits with carry into the bus number
    /// (spec section 4).
    /// </summary>
    public int RidOf(int vfId) => RidOf(NumVfs, vfId);

    /// <summary>
    /// The RID of VF <paramref name="vfId"/> with <paramref name="numVfs"/> VFs enabled: PF RID + First VF Offset + VF Stride ·
    /// VFId with the offset and stride the capability shows for that NumVFs, in 16 bits with carry into the bus number.
    /// </summary>
    public int RidOf(int numVfs, int vfId) => (PfRid + FirstVfOffsetFor(numVfs) + (VfStrideFor(numVfs) * vfId)) & 0xFFFF;

    /// <summary>First VF Offset as the capability shows it once NumVFs = <paramref name="numVfs"/> was written (0 for 0).</summary>
    public int FirstVfOffsetFor(int numVfs) => numVfs <= 0 ? 0 : RoutingFor(numVfs)?.FirstVfOffset ?? FirstVfOffset;

    /// <summary>VF Stride as the capability shows it once NumVFs = <paramref name="numVfs"/> was written (0 for 0).</summary>
    public int VfStrideFor(int numVfs) => numVfs <= 0 ? 0 : RoutingFor(numVfs)?.VfStride ?? VfStride;

    private VfRouting? RoutingFor(int numVfs)
    {
        VfRouting? found = null;
        foreach (var entry in VfRoutingTable)
        {
            if (entry.NumVfs <= numVfs)
            {
                found = entry;
            }
        }

        return found;
    }

    /// <summary>Checks the configuration's own consistency; returns the problems found (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Require(bool ok, string field, string expected)
        {
            if (!ok)
            {
                problems.Add($"{field}: expected {expected}");
            }
        }

        Require(HostCount is >= 1 and <= 4, nameof(HostCount), "1 … 4");
        Require(VmCount is >= 1 and <= 8, nameof(VmCount), "1 … 8");
        Require(TotalVfs is >= 1 and <= 64, nameof(TotalVfs), "1 … 64");
        Require(NumVfs >= 1 && NumVfs <= TotalVfs, nameof(NumVfs), $"1 … TotalVfs ({TotalVfs})");
        Require(MaxNumVPorts is >= 1 and <= 64, nameof(MaxNumVPorts), "1 … 64");
        Require(MaxNumQueuePairs >= DefaultVPortQueuePairs, nameof(MaxNumQueuePairs), "at least DefaultVPortQueuePairs");
        Require(MaxNumQueuePairsPerNonDefaultVPort >= 1, nameof(MaxNumQueuePairsPerNonDefaultVPort), "at least 1");
        Require(DefaultVPortQueuePairs >= 1, nameof(DefaultVPortQueuePairs), "at least 1");
        Require(MaxReceiveFilters is >= 1 and <= 64, nameof(MaxReceiveFilters), "1 … 64");
        Require(PfRid is >= 0 and <= 0xFFFF, nameof(PfRid), "0 … 0xFFFF");
        Require(FirstVfOffset is >= 1 and <= 0xFFFF, nameof(FirstVfOffset), "1 … 0xFFFF");
        Require(VfStride is >= 1 and <= 0xFFFF, nameof(VfStride), "1 … 0xFFFF");
        Require(VfConfigSpaceSizeBytes is 256 or 4096, nameof(VfConfigSpaceSizeBytes), "256 or 4096");
        Require(RemovalTimeoutTicks >= 1, nameof(RemovalTimeoutTicks), "at least 1");
        Require(ConfigBlocks.All(b => b.BlockId is >= 0 and <= 63 && b.SizeBytes is >= 1 and <= 4096), nameof(ConfigBlocks), "block ids 0 … 63, sizes 1 … 4096");
        Require(ConfigBlocks.Select(b => b.BlockId).Distinct().Count() == ConfigBlocks.Length, nameof(ConfigBlocks), "distinct block ids");
        Require(VmInitialHosts.All(h => h >= 0 && h < HostCount), nameof(VmInitialHosts), $"hosts 0 … {HostCount - 1}");
        Require(VmVlans.All(v => v is >= 0 and <= 4094), nameof(VmVlans), "VLAN ids 0 … 4094");
        Require(VfRoutingTable.All(r => r.NumVfs >= 1 && r.NumVfs <= TotalVfs && r.FirstVfOffset is >= 1 and <= 0xFFFF && r.VfStride is >= 1 and <= 0xFFFF)
            && VfRoutingTable.Select(r => r.NumVfs).SequenceEqual(VfRoutingTable.Select(r => r.NumVfs).Order().Distinct()),
            nameof(VfRoutingTable), $"entries with NumVFs 1 … TotalVfs ({TotalVfs}) ascending, offsets and strides 1 … 0xFFFF");
        Require(VfDeviceId is >= 0 and <= 0xFFFF, nameof(VfDeviceId), "0 … 0xFFFF");
        Require(SystemPageSize != 0 && (SystemPageSize & (SystemPageSize - 1)) == 0, nameof(SystemPageSize), "one bit set");
        return problems;
    }
}
