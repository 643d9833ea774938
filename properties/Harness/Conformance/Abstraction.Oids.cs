// Harness/Conformance: the abstraction's OID source: a host read through the enumeration, config-space and config-block OIDs
using System.Collections.Immutable;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <content>The source through the NDIS observables: enumeration OIDs for the switch, VPorts, filters and VFs.</content>
public static partial class Abstraction
{
    private static HostParts OidParts(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies)
    {
        var slots = adapter.QueryVfs(h);
        var oids = config.IsSriovEnabled(h) && !adapter.Hosts[h].Miniport.Halted;

        IReadOnlyList<I.Ndis.NdisNicSwitchInfo> switchInfos = oids ? Enumerated<OidData.SwitchesEnumerated>(adapter.EnumerateSwitches(h)).Switches : [];
        IReadOnlyList<I.Ndis.NdisNicSwitchVfInfo> vfInfos = oids ? Enumerated<OidData.VfsEnumerated>(adapter.EnumerateVfs(h)).Vfs : [];
        IReadOnlyList<I.Ndis.NdisNicSwitchVPortInfo> vportInfos = oids ? Enumerated<OidData.VPortsEnumerated>(adapter.EnumerateVPorts(h)).VPorts : [];
        IReadOnlyList<I.Switch.FilterSnapshot> filterInfos = oids ? Enumerated<OidData.FiltersEnumerated>(adapter.EnumerateFilters(h)).Filters : [];

        var vports = ImmutableArray.CreateBuilder<VPortState>(vportInfos.Count);
        foreach (var p in vportInfos)
        {
            vports.Add(new VPortState((int)p.VPortId, AdapterDriver.VfIdOfFunction(p.AttachedFunctionId), p.VPortState == I.Ndis.NdisConstants.VPortStateActivated, (int)p.NumQueuePairs)
            {
                NameIndex = NameIndexOf(p.VPortName),
                InterruptModeration = (int)p.InterruptModeration,
                AffinityMask = AffinityOf(p.ProcessorAffinity),
                LookaheadSplit = (p.Flags & I.Ndis.NdisConstants.VPortInfoLookaheadSplitEnabled) != 0,
                LookaheadSize = (int)p.LookaheadSize,
            });
        }

        var filters = ImmutableArray.CreateBuilder<FilterState>(filterInfos.Count);
        foreach (var f in filterInfos)
        {
            filters.Add(new FilterState((int)f.FilterId, (int)f.VPortId, FilterMacIndexOf(config, f.MacAddress), (int)f.VlanId, adapter.QueryFilterOwner(h, (int)f.FilterId)));
        }

        CheckFilterCounts(vportInfos, filterInfos, h, ref discrepancies);
        var vfs = ImmutableArray.CreateBuilder<VfState>(slots.Count);
        var allocated = 0;
        for (var i = 0; i < slots.Count; i++)
        {
            var vf = ReadVf(adapter, config, h, slots[i], FindVfInfo(vfInfos, slots[i].VfId), ref discrepancies);
            allocated += vf.IsAllocated ? 1 : 0;
            vfs.Add(vf);
        }

        return new HostParts(switchInfos, vports.MoveToImmutable(), filters.MoveToImmutable(), vfs.MoveToImmutable(), allocated);
    }

    private static void CheckFilterCounts(IReadOnlyList<I.Ndis.NdisNicSwitchVPortInfo> vportInfos, IReadOnlyList<I.Switch.FilterSnapshot> filterInfos, int h, ref List<string>? discrepancies)
    {
        for (var i = 0; i < vportInfos.Count; i++)
        {
            var filterCount = 0;
            foreach (var f in filterInfos)
            {
                filterCount += f.VPortId == vportInfos[i].VPortId ? 1 : 0;
            }

            if (vportInfos[i].NumFilters != filterCount)
            {
                Report(ref discrepancies, h, $"vport{vportInfos[i].VPortId}.NumFilters", filterCount, (int)vportInfos[i].NumFilters);
            }
        }
    }

    private static I.Ndis.NdisNicSwitchVfInfo? FindVfInfo(IReadOnlyList<I.Ndis.NdisNicSwitchVfInfo> infos, int vfId)
    {
        for (var i = 0; i < infos.Count; i++)
        {
            if (infos[i].VFId == (uint)vfId)
            {
                return infos[i];
            }
        }

        return null;
    }

    private static T Enumerated<T>(AdapterReply result)
        where T : OidData =>
        result.Data as T ?? throw new InvalidOperationException($"enumeration OID completed with {result.Status}: {result.Reason}");
}
