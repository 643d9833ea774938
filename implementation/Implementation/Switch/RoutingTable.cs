// Switch room: the NIC switch's table as the data path sees it.
using System.Collections.Immutable;

namespace SriovVerification.Implementation.Switch;

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

    /// <summary>
    /// Under the catalogue defect <c>filter-fields-ored</c>: a filter with a MAC and a VLAN test matches a frame when either
    /// test does (two lookup tables, a hit in either routes the frame).
    /// </summary>
    public bool FieldsOred { get; init; }

    /// <summary>
    /// Under the catalogue defect <c>only-first-filter-per-vport</c>: the switch looks at the first filter of each VPort in
    /// the table and ignores the others (one hardware match slot per VPort).
    /// </summary>
    public bool FirstFilterPerVPortOnly { get; init; }

    /// <summary>
    /// The filter a frame to <paramref name="mac"/> on <paramref name="vlan"/> (0: untagged or VID 0) is routed by, or null.
    /// Two lookups, as a NIC switch has them: the exact table (filters with a MAC test: the MAC and the VLAN id equal, VLAN
    /// 0 standing for a filter without a VLAN test), then the VLAN table (VLAN-only filters). In each the lowest FilterId
    /// wins, the first entry of the table on a tie (a leftover entry comes first).
    /// </summary>
    public FilterRoute? Match(MacAddress mac, int vlan)
    {
        FilterRoute? exact = null;
        FilterRoute? vlanOnly = null;
        var vportsSeen = FirstFilterPerVPortOnly ? new HashSet<int>() : null;
        foreach (var filter in Filters)
        {
            if (vportsSeen is not null && !vportsSeen.Add(filter.VPortId))
            {
                continue;
            }

            if (filter.MacAddress is { } address ? MatchesExact(filter, address, mac, vlan) : filter.VlanId != 0 && filter.VlanId == vlan)
            {
                ref var slot = ref filter.MacAddress is null ? ref vlanOnly : ref exact;
                slot = slot is null || filter.FilterId < slot.FilterId ? filter : slot;
            }
        }

        return exact ?? vlanOnly;
    }

    private bool MatchesExact(FilterRoute filter, MacAddress address, MacAddress mac, int vlan) =>
        FieldsOred && filter.VlanId != 0
            ? address == mac || filter.VlanId == vlan
            : address == mac && filter.VlanId == vlan;

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

    /// <summary>One filter: MAC (null: no MAC test) and VLAN (0: no VLAN test) to a VPort.</summary>
    internal sealed record FilterRoute(int FilterId, int VPortId, MacAddress? MacAddress, int VlanId);

    /// <summary>One VPort; <paramref name="Incarnation"/> tells a deleted VPort from a later one with the same id.</summary>
    internal sealed record VPortRoute(int VPortId, long Incarnation, int AttachedVfId, bool Activated)
    {
        public bool IsOnPf => AttachedVfId == VPort.AttachedToPf;
    }

    /// <summary>One allocated VF: its live per-VF state is read through <paramref name="Function"/>.</summary>
    internal sealed record VfRoute(int VfId, string OwnerVmName, MacAddress MacAddress, VirtualFunction Function);
}
