// Exploration/Symmetry: per host, once the VM order is fixed

namespace SriovVerification.Exploration.Symmetry;

/// <summary>Per host, once the VM order is fixed: the order of the VFs and the renumbering of VPorts and filters.</summary>
public sealed partial class SymmetryReduction
{
    private readonly int[] filterRank;
    private readonly int[] filterOrder;
    private readonly int[] filterSortKeys;
    private readonly ulong[] vportMask;
    private readonly int[] vportIndexOfId;
    private readonly int[] vportOnVf;
    private readonly ulong[] vfVPortMask;
    private readonly int[] vportOrder;
    private readonly UInt128[] vportKeys;
    private Comparison<int>? compareFilters;
    private Comparison<int>? compareVPorts;
    private Comparison<int>? compareVfs;

    /// <summary>Name-free filter codes per VM and host: one per VLAN of the domain (the filter with the VM's MAC), one for filters it owns otherwise.</summary>
    private int FilterCodesPerHost => vlans.Length + 1;

    /// <summary>
    /// The key of <paramref name="state"/> with VMs and VFs kept and only the nondefault VPortIds and FilterIds
    /// renumbered canonically: one key per class of states that differ only in those names. For tests and reports.
    /// </summary>
    public ulong[] NameCanonicalKey(ModelState state)
    {
        var key = new ulong[encoder.KeyWords];
        if (!ComputeVmSignatures(state, out var field))
        {
            throw new InvalidOperationException($"bound exceeded: {field}");
        }

        permutation.SetIdentity();
        for (var h = 0; h < hostCount; h++)
        {
            if (!OrderHost(state.Hosts[h], h, out field, sortVfs: false))
            {
                throw new InvalidOperationException($"bound exceeded: {field}");
            }
        }

        if (!encoder.TryEncode(state, permutation, key, out field))
        {
            throw new InvalidOperationException($"bound exceeded: {field}");
        }

        return key;
    }

    private bool OrderHost(HostState host, int h, out string? exceededField, bool sortVfs = true)
    {
        if (!TryIndexVPorts(host, h, out exceededField) || !TryRankFilters(host, h, out exceededField))
        {
            return false;
        }

        OrderVfs(host, h, sortVfs);
        RenumberVPorts(host, h);
        return TryRenumberFilters(host, h, out exceededField);
    }

    /// <summary>Checks the VPort and filter counts and ids, and indexes the VPorts by id and by the VF they are on.</summary>
    private bool TryIndexVPorts(HostState host, int h, out string? exceededField)
    {
        var vfs = host.Vfs;
        var vports = host.VPorts;
        var filters = host.Filters;
        if (vports.Length > vportSlots || filters.Length > filterSlots)
        {
            exceededField = $"Hosts[{h}]: {vports.Length} VPorts / {filters.Length} filters (slots: {vportSlots} / {filterSlots})";
            return false;
        }

        Array.Fill(vportIndexOfId, -1);
        Array.Fill(vportOnVf, -1, 0, vfSlots);
        for (var j = 0; j < vports.Length; j++)
        {
            var vport = vports[j];
            if ((uint)vport.VPortId >= (uint)vportSlots || vport.AttachedVfId >= vfs.Length)
            {
                exceededField = $"Hosts[{h}].VPorts {vport} (ids 0 … {vportSlots - 1}, attached −1 … {vfs.Length - 1})";
                return false;
            }

            vportIndexOfId[vport.VPortId] = j;
            vportMask[j] = 0;
            if (vport.AttachedVfId >= 0 && vportOnVf[vport.AttachedVfId] < 0)
            {
                vportOnVf[vport.AttachedVfId] = j;
            }
        }

        exceededField = null;
        return true;
    }

    /// <summary>Ranks the filters by (MAC, VLAN, owner) after the VM renaming and marks each VPort's filters by rank.</summary>
    private bool TryRankFilters(HostState host, int h, out string? exceededField)
    {
        var filters = host.Filters;
        // Filters ranked by (MAC, VLAN, owner) after the VM renaming: no two filters share a MAC and a VLAN.
        var vmNew = permutation.VmNewOfOld;
        for (var i = 0; i < filters.Length; i++)
        {
            var filter = filters[i];
            var mac = (uint)filter.MacIndex < (uint)vmCount ? vmNew[filter.MacIndex] : filter.MacIndex;
            var owner = (uint)filter.OwnerVm < (uint)vmCount ? vmNew[filter.OwnerVm] : filter.OwnerVm;
            filterSortKeys[i] = (mac << 20) | ((Array.IndexOf(vlans, filter.Vlan) & 0xFFF) << 8) | ((owner + 1) & 0xFF);
            filterOrder[i] = i;
        }

        InsertionSort(filterOrder.AsSpan(0, filters.Length), compareFilters ??= (a, b) => filterSortKeys[a].CompareTo(filterSortKeys[b]));
        for (var r = 0; r < filters.Length; r++)
        {
            filterRank[filterOrder[r]] = r;
        }

        for (var i = 0; i < filters.Length; i++)
        {
            var vportId = filters[i].VPortId;
            var j = (uint)vportId < (uint)vportSlots ? vportIndexOfId[vportId] : -1;
            if (j < 0)
            {
                exceededField = $"Hosts[{h}].Filters {filters[i]} (on no VPort)";
                return false;
            }

            vportMask[j] |= 1UL << filterRank[i];
        }

        exceededField = null;
        return true;
    }

    /// <summary>Orders the VFs by their record, then by the VPort on them with its filters.</summary>
    private void OrderVfs(HostState host, int h, bool sortVfs)
    {
        var vfs = host.Vfs;
        var vports = host.VPorts;
        var vmNew = permutation.VmNewOfOld;
        // VFs by their record, then the VPort on them with its filters.
        for (var f = 0; f < vfs.Length; f++)
        {
            var owner = vfs[f].OwnerVm;
            vfBits[f] = encoder.WithOwner(vfWithoutOwner[(h * vfSlots) + f], owner < 0 ? -1 : vmNew[owner]);
            packedVfs[(h * vfSlots) + f] = vfBits[f];
            var j = vportOnVf[f];
            vfVPort[f] = j < 0 ? int.MaxValue : ((vports[j].Activated ? 1 : 0) | (vports[j].QueuePairs << 1));
            vfVPortMask[f] = j < 0 ? 0 : vportMask[j];
            vfOrder[f] = f;
        }

        if (sortVfs)
        {
            InsertionSort(vfOrder.AsSpan(0, vfs.Length), compareVfs ??= CompareVfs);
        }

        permutation.SetVfIdentity(h);
        permutation.SetVfOrder(h, vfOrder.AsSpan(0, vfs.Length));
    }

    /// <summary>Renumbers the nondefault VPorts 1, 2, … by (attachment, state, queue pairs, filters); free ids after them.</summary>
    private void RenumberVPorts(HostState host, int h)
    {
        var vports = host.VPorts;
        // Nondefault VPorts renumbered 1, 2, … by (attachment, state, queue pairs, filters); free ids after them.
        var vfNew = permutation.VfNewOfOld[h];
        var count = 0;
        for (var j = 0; j < vports.Length; j++)
        {
            var vport = vports[j];
            if (vport.VPortId == 0)
            {
                continue;
            }

            var attached = vport.AttachedVfId < 0 ? 0 : vfNew[vport.AttachedVfId] + 1;
            var head = ((ulong)(uint)attached << 32) | ((vport.Activated ? 1UL : 0) << 31) | (uint)vport.QueuePairs;
            vportKeys[j] = ((UInt128)head << 64) | vportMask[j];
            vportOrder[count++] = j;
        }

        InsertionSort(vportOrder.AsSpan(0, count), compareVPorts ??= (a, b) => vportKeys[a].CompareTo(vportKeys[b]));
        var vportNew = permutation.VPortNewOfOld[h];
        vportNew[0] = 0;
        for (var n = 0; n < count; n++)
        {
            vportNew[vports[vportOrder[n]].VPortId] = n + 1;
        }

        var nextFree = count + 1;
        for (var p = 1; p < vportSlots; p++)
        {
            var j = vportIndexOfId[p];
            if (j < 0)
            {
                vportNew[p] = nextFree++;
            }
        }
    }

    /// <summary>Renumbers the filters 1, 2, … by rank, free ids after them; false (naming the field) for a filter id out of range.</summary>
    private bool TryRenumberFilters(HostState host, int h, out string? exceededField)
    {
        var filters = host.Filters;
        // Filters renumbered 1, 2, … by rank; free ids after them.
        var filterNew = permutation.FilterNewOfOld[h];
        Span<bool> used = stackalloc bool[filterSlots + 1];
        for (var i = 0; i < filters.Length; i++)
        {
            var id = filters[i].FilterId;
            if ((uint)(id - 1) >= (uint)filterSlots)
            {
                exceededField = $"Hosts[{h}].Filters {filters[i]} (ids 1 … {filterSlots})";
                return false;
            }

            filterNew[id] = filterRank[i] + 1;
            used[id] = true;
        }

        var nextFree = filters.Length + 1;
        for (var id = 1; id <= filterSlots; id++)
        {
            if (!used[id])
            {
                filterNew[id] = nextFree++;
            }
        }

        exceededField = null;
        return true;
    }

    private int CompareVfs(int a, int b)
    {
        var c = vfBits[a].CompareTo(vfBits[b]);
        if (c != 0)
        {
            return c;
        }

        c = vfVPort[a].CompareTo(vfVPort[b]);
        return c != 0 ? c : vfVPortMask[a].CompareTo(vfVPortMask[b]);
    }

    private static void InsertionSort(Span<int> items, Comparison<int> compare)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var x = items[i];
            var j = i - 1;
            while (j >= 0 && compare(items[j], x) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = x;
        }
    }
}
