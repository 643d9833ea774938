using System.Collections.Immutable;

namespace SriovVerification.Implementation;

/// <summary>
/// The NIC switch's table as the data path sees it: an immutable version that the PF miniport builds under its OID
/// request lock and publishes with one atomic reference swap (read-copy-update). A receive or send reads one version and
/// resolves against it, so a MOVE_FILTER published as one version shows the filter on its source or on its destination.
/// </summary>
internal sealed record RoutingTable(
    long Version,
    bool SwitchExists,
    ImmutableArray<RoutingTable.FilterRoute> Filters,
    ImmutableDictionary<int, RoutingTable.VPortRoute> VPorts,
    ImmutableArray<RoutingTable.VfRoute> Vfs)
{
    public static RoutingTable Empty { get; } = new(0, false, [], ImmutableDictionary<int, VPortRoute>.Empty, []);

    public FilterRoute? Match(MacAddress mac, int vlan)
    {
        foreach (var filter in Filters)
        {
            if (filter.MacAddress == mac && filter.VlanId == vlan)
            {
                return filter;
            }
        }

        return null;
    }

    public bool HasFilter(int filterId)
    {
        foreach (var filter in Filters)
        {
            if (filter.FilterId == filterId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many entries of the table carry <paramref name="filterId"/> (INV-09: exactly one per live filter).</summary>
    public int RouteCount(int filterId)
    {
        var count = 0;
        foreach (var filter in Filters)
        {
            count += filter.FilterId == filterId ? 1 : 0;
        }

        return count;
    }

    public VfRoute? VfOwnedBy(string vmName)
    {
        foreach (var vf in Vfs)
        {
            if (vf.OwnerVmName == vmName)
            {
                return vf;
            }
        }

        return null;
    }

    /// <summary>The VF whose programmed MAC is <paramref name="mac"/>, or null.</summary>
    public VfRoute? VfProgrammedWith(MacAddress mac)
    {
        foreach (var vf in Vfs)
        {
            if (vf.MacAddress == mac)
            {
                return vf;
            }
        }

        return null;
    }

    public VPortRoute? VPortOfVf(int vfId)
    {
        foreach (var vport in VPorts.Values)
        {
            if (vport.AttachedVfId == vfId && vfId >= 0)
            {
                return vport;
            }
        }

        return null;
    }

    /// <summary>One filter: MAC and VLAN to a VPort.</summary>
    internal sealed record FilterRoute(int FilterId, int VPortId, MacAddress MacAddress, int VlanId);

    /// <summary>One VPort; <paramref name="Incarnation"/> tells a deleted VPort from a later one with the same id.</summary>
    internal sealed record VPortRoute(int VPortId, long Incarnation, int AttachedVfId, bool Activated)
    {
        public bool IsOnPf => AttachedVfId == VPort.AttachedToPf;
    }

    /// <summary>One allocated VF: its live per-VF state is read through <paramref name="Function"/>.</summary>
    internal sealed record VfRoute(int VfId, string OwnerVmName, MacAddress MacAddress, VirtualFunction Function);
}
