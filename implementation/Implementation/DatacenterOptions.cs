// Datacenter: the hosts, VMs and policies of a Datacenter.

namespace SriovVerification.Implementation;

/// <summary>The hosts, VMs and policies of a <see cref="Datacenter"/>.</summary>
public sealed record DatacenterOptions
{
    /// <summary>Number of Hyper-V hosts, each with its own adapter.</summary>
    public int HostCount { get; init; } = 2;

    /// <summary>Number of VMs, each with one VM network adapter.</summary>
    public int VmCount { get; init; } = 4;

    /// <summary>The adapter every host has (the same model everywhere).</summary>
    public AdapterOptions Adapter { get; init; } = new();

    /// <summary>Per host (index = host): whether SR-IOV is enabled on its adapter; missing entries follow <see cref="AdapterOptions.SriovEnabled"/>.</summary>
    public IReadOnlyList<bool> HostSriovEnabled { get; init; } = [];

    /// <summary>Per VM: the VLAN id of its network adapter (0 = untagged); missing entries mean 0.</summary>
    public IReadOnlyList<int> VmVlans { get; init; } = [];

    /// <summary>Per VM: the host it starts on; missing entries mean host 0.</summary>
    public IReadOnlyList<int> VmInitialHosts { get; init; } = [];

    /// <summary>Virtual ticks the host stack waits for a graceful VF removal before it surprise removes the VF.</summary>
    public long RemovalTimeoutTicks { get; init; } = 100;

    /// <summary>Who moves a VM's filter when its data path switches.</summary>
    public FilterMovePolicy FilterMovePolicy { get; init; } = FilterMovePolicy.HostDriven;

    /// <summary>Seed of the datacenter's pseudo-random generator.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The MAC address of VM <paramref name="vm"/>'s network adapter: <c>00-15-5D-00-00-(vm+1)</c>.</summary>
    public static MacAddress VmMacAddress(int vm) => new(0x0015_5D00_0000UL | (uint)(vm + 1));

    /// <summary>A unicast MAC address that belongs to no VM: <c>02-00-00-00-00-EE</c>.</summary>
    public static MacAddress ForeignMacAddress { get; } = new(0x0200_0000_00EEUL);

    /// <summary>The VLAN id of <paramref name="vm"/>'s network adapter.</summary>
    public int VlanOf(int vm) => vm < VmVlans.Count ? VmVlans[vm] : 0;

    /// <summary>The host <paramref name="vm"/> starts on.</summary>
    public int InitialHostOf(int vm) => vm < VmInitialHosts.Count ? VmInitialHosts[vm] : 0;

    /// <summary>Whether SR-IOV is enabled on <paramref name="host"/>'s adapter.</summary>
    public bool IsSriovEnabled(int host) => host < HostSriovEnabled.Count ? HostSriovEnabled[host] : Adapter.SriovEnabled;
}
