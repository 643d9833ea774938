// The datacenter's read-back seam: queries for a harness beyond the NDIS observables (VMs, VFs, VPorts, filters, routes, the OID log).
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation;

/// <content>Read-only queries for a harness, beyond the NDIS observables.</content>
public sealed partial class Datacenter
{
    /// <summary>The VM's state: host, migration and data path, connection.</summary>
    public VmSnapshot QueryVm(int vm)
    {
        var v = Vm(vm) ?? throw new ArgumentOutOfRangeException(nameof(vm), vm, "no such VM");
        return Read(() =>
        {
            var host = hosts[v.Host];
            return new VmSnapshot(v.Index, v.Name, v.MacAddress, v.VlanId, v.Host, v.Migrating, v.MigrationDestination, v.Guest.DataPath,
                host.IsConnected(v), host.FilterIdOf(v), host.VfOf(v)?.VfId);
        });
    }

    /// <summary>Every VF of <paramref name="host"/>'s adapter, free or allocated (VFId = index).</summary>
    public IReadOnlyList<VfSnapshot> QueryVfs(int host) => Read(() => hosts[host].Miniport.Vfs);

    /// <summary>Every VPort of <paramref name="host"/>'s switch.</summary>
    public IReadOnlyList<VPortSnapshot> QueryVPorts(int host) => Read(() => hosts[host].Miniport.VPorts);

    /// <summary>Every receive filter of <paramref name="host"/>'s adapter.</summary>
    public IReadOnlyList<FilterSnapshot> QueryFilters(int host) => Read(() => hosts[host].Miniport.Filters);

    /// <summary>
    /// Every entry of <paramref name="host"/>'s published switch table (what the data path routes by), as (filter id,
    /// VPort id) in the table's order: a filter on exactly one VPort appears exactly once.
    /// </summary>
    public IReadOnlyList<(int FilterId, int VPortId)> QueryFilterRoutes(int host) => hosts[host].Miniport.FilterRoutes;

    /// <summary>The VM whose network adapter owns filter <paramref name="filterId"/> on <paramref name="host"/>, or -1.</summary>
    public int QueryFilterOwner(int host, int filterId) => hosts[host].FilterOwner(filterId);

    /// <summary>The SR-IOV capability of <paramref name="host"/>'s PF (NumVFs, VF Enable, …).</summary>
    public SriovCapabilitySnapshot QueryCapability(int host) => hosts[host].Miniport.Capability;

    /// <summary>Whether <paramref name="host"/>'s adapter has its NIC switch.</summary>
    public bool QuerySwitchExists(int host) => hosts[host].Miniport.SwitchExists;

    /// <summary>The OID log of <paramref name="host"/>'s PF miniport.</summary>
    public IReadOnlyList<OidLogEntry> OidLog(int host) => hosts[host].Miniport.OidLog;

    /// <summary>The invalidation masks <paramref name="vm"/>'s VF miniport received, in order.</summary>
    public IReadOnlyList<ulong> QueryInvalidationsReceived(int vm) => (Vm(vm) ?? throw new ArgumentOutOfRangeException(nameof(vm))).Guest.VfMiniport.Invalidations;
}
