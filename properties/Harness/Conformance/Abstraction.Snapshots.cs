// Harness/Conformance: the abstraction's snapshot source: a host read through the adapter's Query* snapshots (the per-step reading)
using System.Collections.Immutable;
using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <content>The per-step source: the switch through <c>OID_NIC_SWITCH_ENUM_SWITCHES</c>, the rest through the adapter's <c>Query*</c> snapshots.</content>
public static partial class Abstraction
{
    private static HostParts SnapshotParts(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies)
    {
        var slots = adapter.QueryVfs(h);
        var vportSnapshots = adapter.QueryVPorts(h);
        var filterSnapshots = adapter.QueryFilters(h);
        var switchInfos = SnapshotSwitches(adapter, config, h, ref discrepancies);

        var vports = ImmutableArray.CreateBuilder<VPortState>(vportSnapshots.Count);
        foreach (var p in vportSnapshots)
        {
            vports.Add(new VPortState(p.VPortId, p.AttachedVfId < 0 ? Command.CreateVPort.PfFunctionId : p.AttachedVfId, p.Activated, p.QueuePairs)
            {
                NameIndex = NameIndexOf(p.Name),
                InterruptModeration = (int)p.InterruptModeration,
                AffinityMask = AffinityOf(p.ProcessorAffinity),
                LookaheadSplit = p.LookaheadSplit,
                LookaheadSize = (int)p.LookaheadSize,
            });
        }

        var filters = ImmutableArray.CreateBuilder<FilterState>(filterSnapshots.Count);
        foreach (var f in filterSnapshots)
        {
            filters.Add(new FilterState(f.FilterId, f.VPortId, FilterMacIndexOf(config, f.MacAddress), f.VlanId, adapter.QueryFilterOwner(h, f.FilterId)));
        }

        var vfs = ImmutableArray.CreateBuilder<VfState>(slots.Count);
        var allocated = 0;
        for (var i = 0; i < slots.Count; i++)
        {
            allocated += slots[i].IsAllocated ? 1 : 0;
            vfs.Add(SnapshotVf(config, h, slots[i], ref discrepancies));
        }

        return new HostParts(switchInfos, vports.MoveToImmutable(), filters.MoveToImmutable(), vfs.MoveToImmutable(), allocated);
    }

    private static IReadOnlyList<I.Ndis.NdisNicSwitchInfo> SnapshotSwitches(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies)
    {
        if (!config.IsSriovEnabled(h) || !adapter.QuerySwitchExists(h))
        {
            return [];
        }

        var result = adapter.Hosts[h].ManagementRequest(I.Ndis.NdisRequests.EnumerateSwitches(EnumerationBufferBytes));
        if (!result.IsSuccess)
        {
            ReportText(ref discrepancies, h, "OID_NIC_SWITCH_ENUM_SWITCHES", "SUCCESS", $"{result.Status} (BytesNeeded={result.BytesNeeded.ToString(CultureInfo.InvariantCulture)})");
            return [];
        }

        var array = I.Ndis.NdisRequests.Decode<I.Ndis.NdisNicSwitchInfoArray>(result);
        return I.Ndis.NdisRequests.DecodeElements<I.Ndis.NdisNicSwitchInfo>(result, array.FirstElementOffset, array.NumElements, array.ElementSize);
    }

    private static VfState SnapshotVf(ModelConfig config, int h, I.Switch.VfSnapshot slot, ref List<string>? discrepancies)
    {
        var owner = slot.IsAllocated ? AdapterDriver.VmOfName(slot.OwnerVmName) : -1;
        var expectedMac = owner >= 0 && owner < config.VmCount ? config.MacAddress(owner) : 0;
        var expectedNic = owner >= 0 && owner < config.VmCount ? I.Datacenter.VmNicName(owner) : "";
        if (slot.MacAddress.Value != expectedMac || slot.NicName != expectedNic)
        {
            ReportText(ref discrepancies, h, $"vf{slot.VfId}.MacNic", $"{Enumerations.Mac(expectedMac)}/{expectedNic}{(owner < 0 ? " (free slot)" : "")}", $"{Enumerations.Mac(slot.MacAddress.Value)}/{slot.NicName}");
        }

        var blocks = SnapshotBlocks(config, h, slot, ref discrepancies);
        return new VfState(slot.VfId, owner, slot.Rid, AdapterDriver.ToModel(slot.Device), slot.RemovalRequested, slot.CommandRegister, slot.MsixEnabled,
            slot.InterruptPending, slot.DmaActive, slot.PowerD3, ValueArray.Create<byte>(blocks), slot.PendingInvalidation)
        {
            MsiEnabled = slot.MsiEnabled,
            SpoofedFrames = SpoofCount(slot),
        };
    }
}
