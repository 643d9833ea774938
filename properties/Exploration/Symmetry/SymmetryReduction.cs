// Exploration/Symmetry: symmetry of a configuration
using SriovVerification.Exploration.Encoding;

namespace SriovVerification.Exploration.Symmetry;

/// <summary>
/// Symmetry of a configuration: VMs with the same VLAN and initial host are interchangeable (renaming a VM renames
/// its MAC index in filters and its VFs' owner), the VFs of one host are interchangeable (renaming VFIds
/// renames VPort attachments; RIDs follow the new VFId by the formula), and so are a host's nondefault VPortIds and
/// its FilterIds (both assigned smallest-free; a deleted VPort or cleared filter leaves nothing behind; renaming a
/// VPort renames the filters' VPort references). <see cref="TryCanonicalize"/> maps a state to one representative
/// key of its orbit: VMs ordered within their class by their record and a name-free signature (what they own and
/// which filters name them), then per host the filters ranked by (MAC, VLAN, owner) — unique, since no two
/// filters test the same MAC and VLAN — each host's VFs ordered by their record and the VPort on them with its
/// filters, the nondefault VPorts renumbered 1, 2, … by (attachment, state, queue pairs, filters) and the filters
/// 1, 2, … by rank; ties between VMs that anything refers to are resolved by trying their orders.
/// </summary>
public sealed partial class SymmetryReduction
{
    private const int TieArrangementsMax = 40320;

    private readonly StateEncoder encoder;
    private readonly int vmCount;
    private readonly int hostCount;
    private readonly int vfSlots;
    private readonly int filterSlots;
    private readonly int vportSlots;
    private readonly int[] vlans;
    private readonly int[][] classes;
    private readonly StatePermutation permutation;
    private readonly ulong[] vmBits;
    private readonly UInt128[] ownedVfBits;
    private readonly int[] ownedVfVPort;
    private readonly int[] filterCodes;
    private readonly bool[] referenced;
    private readonly int[] vmOrder;
    private readonly int[] sortBuffer;
    private readonly int[] vfOrder;
    private readonly UInt128[] vfBits;
    private readonly UInt128[] packedVfs;
    private readonly UInt128[] vfWithoutOwner;
    private readonly int[] vfVPort;
    private readonly ulong[] candidateKey;
    private readonly List<(int ClassIndex, int Start, int Length)> ties = [];

    /// <summary>Creates the reduction of <paramref name="config"/> over <paramref name="encoder"/>'s keys.</summary>
    public SymmetryReduction(ModelConfig config, StateEncoder encoder)
    {
        this.encoder = encoder;
        vmCount = config.VmCount;
        hostCount = config.HostCount;
        vfSlots = encoder.Domain.VfSlotCount;
        filterSlots = config.MaxReceiveFilters;
        vportSlots = config.MaxNumVPorts;
        vlans = [.. encoder.Domain.Vlans];
        classes = Enumerable.Range(0, vmCount)
            .GroupBy(v => (config.VlanOf(v), config.InitialHostOf(v)))
            .Select(g => g.OrderBy(v => v).ToArray())
            .ToArray();
        permutation = new StatePermutation(vmCount, hostCount, vfSlots, vportSlots, filterSlots);
        filterRank = new int[filterSlots];
        filterOrder = new int[filterSlots];
        filterSortKeys = new int[filterSlots];
        vportMask = new ulong[vportSlots];
        vportIndexOfId = new int[vportSlots];
        vportOnVf = new int[vfSlots];
        vfVPortMask = new ulong[vfSlots];
        vportOrder = new int[vportSlots];
        vportKeys = new UInt128[vportSlots];
        vmBits = new ulong[vmCount];
        ownedVfBits = new UInt128[vmCount * hostCount];
        ownedVfVPort = new int[vmCount * hostCount];
        filterCodes = new int[vmCount * hostCount * FilterCodesPerHost];
        referenced = new bool[vmCount];
        vmOrder = new int[vmCount];
        sortBuffer = new int[vmCount];
        vfOrder = new int[vfSlots];
        vfBits = new UInt128[vfSlots];
        packedVfs = new UInt128[hostCount * vfSlots];
        vfVPort = new int[vfSlots];
        candidateKey = new ulong[encoder.KeyWords];
        vfWithoutOwner = new UInt128[hostCount * vfSlots];
        GroupOrder = 1;
        foreach (var c in classes)
        {
            GroupOrder *= Factorial(c.Length);
        }

        for (var h = 0; h < hostCount; h++)
        {
            GroupOrder *= Factorial(vfSlots) * Factorial(Math.Max(0, vportSlots - 1)) * Factorial(filterSlots);
        }
    }

    /// <summary>The order of the group (VFs, nondefault VPortIds and FilterIds counted over all slots of every host).</summary>
    public double GroupOrder { get; }

    /// <summary>The classes of interchangeable VMs (by VLAN and initial host).</summary>
    public IReadOnlyList<IReadOnlyList<int>> VmClasses => classes;

    /// <summary>Writes the representative key of <paramref name="state"/>'s orbit into <paramref name="key"/>.</summary>
    public bool TryCanonicalize(ModelState state, Span<ulong> key, out string? exceededField)
    {
        if (state.Hosts.Length != hostCount || state.Vms.Length != vmCount)
        {
            return encoder.TryEncode(state, key, out exceededField);
        }

        if (!ComputeVmSignatures(state, out exceededField))
        {
            return false;
        }

        ties.Clear();
        for (var classIndex = 0; classIndex < classes.Length; classIndex++)
        {
            var members = classes[classIndex];
            var sorted = sortBuffer.AsSpan(0, members.Length);
            members.CopyTo(sorted);
            for (var i = 1; i < sorted.Length; i++)
            {
                var x = sorted[i];
                var j = i - 1;
                while (j >= 0 && CompareVms(sorted[j], x) > 0)
                {
                    sorted[j + 1] = sorted[j];
                    j--;
                }

                sorted[j + 1] = x;
            }

            for (var i = 0; i < members.Length; i++)
            {
                vmOrder[members[i]] = sorted[i];
            }

            var run = 0;
            for (var i = 1; i <= members.Length; i++)
            {
                if (i < members.Length && CompareVms(sorted[i - 1], sorted[i]) == 0)
                {
                    continue;
                }

                var length = i - run;
                if (length > 1 && referenced[sorted[run]])
                {
                    ties.Add((classIndex, run, length));
                }

                run = i;
            }
        }

        if (ties.Count == 0)
        {
            return TryEncodeWithVmOrder(state, vmOrder, key, out exceededField);
        }

        return TryMinimizeOverTies(state, key, out exceededField);
    }

    private bool ComputeVmSignatures(ModelState state, out string? exceededField)
    {
        Array.Clear(filterCodes);
        Array.Clear(referenced);
        for (var v = 0; v < vmCount; v++)
        {
            if (!encoder.TryPackVm(state.Vms[v], out vmBits[v], out exceededField))
            {
                return false;
            }

            for (var h = 0; h < hostCount; h++)
            {
                ownedVfBits[(v * hostCount) + h] = UInt128.MaxValue;
                ownedVfVPort[(v * hostCount) + h] = int.MaxValue;
            }
        }

        for (var h = 0; h < hostCount; h++)
        {
            var host = state.Hosts[h];
            var vfs = host.Vfs;
            if (vfs.Length > vfSlots)
            {
                exceededField = $"Hosts[{h}].Vfs.Length {vfs.Length} (VF slots: {vfSlots})";
                return false;
            }

            for (var f = 0; f < vfs.Length; f++)
            {
                if (vfs[f].VfId != f)
                {
                    exceededField = $"Hosts[{h}].Vfs[{f}].VfId {vfs[f].VfId} (VFs are indexed by VFId)";
                    return false;
                }

                if (!encoder.TryPackVf(vfs[f], f, null, includeOwner: false, out var bits, out exceededField))
                {
                    exceededField = $"Hosts[{h}]." + exceededField;
                    return false;
                }

                vfWithoutOwner[(h * vfSlots) + f] = bits;
                var owner = vfs[f].OwnerVm;
                if (owner < 0)
                {
                    continue;
                }

                ownedVfBits[(owner * hostCount) + h] = bits;
                ownedVfVPort[(owner * hostCount) + h] = VPortDescriptor(host, SriovModel.VPortIdOfVf(host, f));
                referenced[owner] = true;
            }

            if (!TryCodeFilters(host, h, out exceededField))
            {
                return false;
            }
        }

        exceededField = null;
        return true;
    }

    /// <summary>The filter codes of <paramref name="host"/>'s filters, per VM they name by MAC or by owner; false (naming the field) for a filter id out of range.</summary>
    private bool TryCodeFilters(HostState host, int h, out string? exceededField)
    {
        var filters = host.Filters;
        for (var i = 0; i < filters.Length; i++)
        {
            var filter = filters[i];
            var slot = filter.FilterId - 1;
            if ((uint)slot >= (uint)filterSlots)
            {
                exceededField = $"Hosts[{h}].Filters {filter} (ids 1 … {filterSlots})";
                return false;
            }

            var vlanIndex = Array.IndexOf(vlans, filter.Vlan);
            var code = 1 | (VPortDescriptor(host, filter.VPortId) << 2);
            if ((uint)filter.MacIndex < (uint)vmCount && vlanIndex >= 0)
            {
                filterCodes[(((filter.MacIndex * hostCount) + h) * FilterCodesPerHost) + vlanIndex] = code | (filter.OwnerVm == filter.MacIndex ? 2 : 0);
                referenced[filter.MacIndex] = true;
            }

            if ((uint)filter.OwnerVm < (uint)vmCount && filter.OwnerVm != filter.MacIndex)
            {
                filterCodes[(((filter.OwnerVm * hostCount) + h) * FilterCodesPerHost) + vlans.Length] += code;
                referenced[filter.OwnerVm] = true;
            }
        }

        exceededField = null;
        return true;
    }

    /// <summary>A name-free account of VPort <paramref name="vportId"/>: 0 for the default VPort, its state and queue pairs otherwise; int.MaxValue when absent.</summary>
    private static int VPortDescriptor(HostState host, int vportId)
    {
        if (vportId == 0)
        {
            return 0;
        }

        var index = vportId < 0 ? -1 : SriovModel.VPortIndex(host, vportId);
        if (index < 0)
        {
            return int.MaxValue >> 2;
        }

        var vport = host.VPorts[index];
        return 1 + ((vport.Activated ? 1 : 0) | (vport.QueuePairs << 1) | ((vport.AttachedVfId < 0 ? 1 : 0) << 12));
    }

    private int CompareVms(int a, int b)
    {
        var c = vmBits[a].CompareTo(vmBits[b]);
        if (c != 0)
        {
            return c;
        }

        for (var h = 0; h < hostCount; h++)
        {
            c = ownedVfBits[(a * hostCount) + h].CompareTo(ownedVfBits[(b * hostCount) + h]);
            if (c != 0)
            {
                return c;
            }

            c = ownedVfVPort[(a * hostCount) + h].CompareTo(ownedVfVPort[(b * hostCount) + h]);
            if (c != 0)
            {
                return c;
            }
        }

        var length = hostCount * FilterCodesPerHost;
        return filterCodes.AsSpan(a * length, length).SequenceCompareTo(filterCodes.AsSpan(b * length, length));
    }

    private bool TryEncodeWithVmOrder(ModelState state, int[] oldOfNew, Span<ulong> key, out string? exceededField)
    {
        permutation.SetVmOrder(oldOfNew);
        for (var h = 0; h < hostCount; h++)
        {
            if (!OrderHost(state.Hosts[h], h, out exceededField))
            {
                return false;
            }
        }

        return encoder.TryEncode(state, permutation, key, out exceededField, packedVfs);
    }

    private bool TryMinimizeOverTies(ModelState state, Span<ulong> key, out string? exceededField)
    {
        var arrangements = 1.0;
        foreach (var (_, _, length) in ties)
        {
            arrangements *= Factorial(length);
        }

        if (arrangements > TieArrangementsMax)
        {
            return TryEncodeWithVmOrder(state, vmOrder, key, out exceededField);
        }

        if (!TryEncodeWithVmOrder(state, vmOrder, key, out exceededField))
        {
            return false;
        }

        // When swapping any two neighbours of a tie leaves the key unchanged, the state is invariant (up to VF,
        // VPort and filter renaming) under every arrangement of the ties, which they generate: no search needed.
        var invariant = true;
        var order = (int[])vmOrder.Clone();
        foreach (var (classIndex, start, length) in ties)
        {
            var positions = classes[classIndex];
            for (var i = start; i < start + length - 1 && invariant; i++)
            {
                (order[positions[i]], order[positions[i + 1]]) = (order[positions[i + 1]], order[positions[i]]);
                if (!TryEncodeWithVmOrder(state, order, candidateKey, out exceededField))
                {
                    return false;
                }

                invariant = candidateKey.AsSpan().SequenceEqual(key[..encoder.KeyWords]);
                (order[positions[i]], order[positions[i + 1]]) = (order[positions[i + 1]], order[positions[i]]);
            }
        }

        if (invariant)
        {
            return true;
        }

        var best = false;
        exceededField = null;
        foreach (var arrangement in TieArrangements(order, 0))
        {
            if (!TryEncodeWithVmOrder(state, arrangement, candidateKey, out exceededField))
            {
                return false;
            }

            if (!best || candidateKey.AsSpan().SequenceCompareTo(key[..encoder.KeyWords]) < 0)
            {
                candidateKey.CopyTo(key);
                best = true;
            }
        }

        return true;
    }
}
