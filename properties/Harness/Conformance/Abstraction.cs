using System.Collections.Immutable;
using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// Reads the emulated adapter back into model terms: through the enumeration OIDs and the config-space and config-block
/// OIDs where NDIS has an observable, through the adapter's <c>Query*</c> APIs otherwise (free VF slots, guest device
/// states, VMs). It reads everything a <see cref="ModelState"/> holds, free slots' leftovers included, so a defect shows
/// at the step where it happens. Reading changes nothing of the adapter's state (the OID log records the reads).
/// </summary>
public static partial class Abstraction
{
    private const int ReadOnlyBytesLength = 4;

    /// <summary>Room for the one NIC switch an adapter can have.</summary>
    private const int EnumerationBufferBytes = I.Ndis.NdisNicSwitchInfoArray.RevisionSizeBytes + I.Ndis.NdisNicSwitchInfo.SizeBytes;

    /// <summary>The abstraction of <paramref name="adapter"/> as a model state.</summary>
    public static ModelState Read(I.Datacenter adapter, ModelConfig config) => Observe(adapter, config).State;

    /// <summary>
    /// The per-step reading: the switch through <c>OID_NIC_SWITCH_ENUM_SWITCHES</c> (its NDIS_NIC_SWITCH_INFO counters are
    /// checked against the lists), VFs, VPorts, filters and VMs through the adapter's <c>Query*</c> snapshots (no OID round
    /// trips, so a step costs one read). <see cref="ObserveThroughOids"/> reads the same through the enumeration,
    /// config-space and config-block OIDs; the two agree (a property test holds them to it).
    /// </summary>
    public static AdapterReading Observe(I.Datacenter adapter, ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(config);
        List<string>? discrepancies = null;
        var hosts = ImmutableArray.CreateBuilder<HostState>(config.HostCount);
        for (var h = 0; h < config.HostCount; h++)
        {
            hosts.Add(QueryHost(adapter, config, h, ref discrepancies));
        }

        return new AdapterReading(new ModelState(hosts.MoveToImmutable(), ReadVms(adapter, config)), ToArray(discrepancies));
    }

    /// <summary>The abstraction read through the NDIS observables: enumeration OIDs, config-space and config-block OIDs.</summary>
    public static AdapterReading ObserveThroughOids(I.Datacenter adapter, ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(config);
        List<string>? discrepancies = null;
        var hosts = ImmutableArray.CreateBuilder<HostState>(config.HostCount);
        for (var h = 0; h < config.HostCount; h++)
        {
            hosts.Add(ReadHost(adapter, config, h, ref discrepancies));
        }

        return new AdapterReading(new ModelState(hosts.MoveToImmutable(), ReadVms(adapter, config)), ToArray(discrepancies));
    }

    /// <summary>
    /// The model MAC index a filter's MAC test reads back as: <see cref="Command.SetFilter.NoMac"/> without a MAC test, the
    /// index of the MAC otherwise, or <see cref="UnknownFilterMac"/> for a MAC no index has (so it differs from both).
    /// </summary>
    private static int FilterMacIndexOf(ModelConfig config, I.Ndis.MacAddress? mac) =>
        mac is not { } address ? Command.SetFilter.NoMac : AdapterDriver.MacIndexOf(config, address.Value) is var index and >= 0 ? index : UnknownFilterMac;

    /// <summary>The MAC index of a filter's MAC test that no model MAC has.</summary>
    private const int UnknownFilterMac = -2;

    private static ValueArray<string> ToArray(List<string>? discrepancies) =>
        discrepancies is null ? ValueArray<string>.Empty : ValueArray.Create<string>(discrepancies.ToArray());

    private static ImmutableArray<VmState> ReadVms(I.Datacenter adapter, ModelConfig config)
    {
        var vms = ImmutableArray.CreateBuilder<VmState>(config.VmCount);
        for (var v = 0; v < config.VmCount; v++)
        {
            var vm = adapter.QueryVm(v);
            vms.Add(new VmState(vm.Host, vm.Migrating, vm.MigrationDestination, AdapterDriver.ToModel(vm.DataPath), vm.Connected));
        }

        return vms.MoveToImmutable();
    }

    private static HostState QueryHost(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies)
    {
        var stack = adapter.Hosts[h];
        var capability = adapter.QueryCapability(h);
        var slots = adapter.QueryVfs(h);
        var vportSnapshots = adapter.QueryVPorts(h);
        var filterSnapshots = adapter.QueryFilters(h);
        IReadOnlyList<I.Ndis.NdisNicSwitchInfo> switchInfos = [];
        if (config.IsSriovEnabled(h) && adapter.QuerySwitchExists(h))
        {
            var result = stack.ManagementRequest(I.Ndis.NdisRequests.EnumerateSwitches(EnumerationBufferBytes));
            if (result.IsSuccess)
            {
                var array = I.Ndis.NdisRequests.Decode<I.Ndis.NdisNicSwitchInfoArray>(result);
                switchInfos = I.Ndis.NdisRequests.DecodeElements<I.Ndis.NdisNicSwitchInfo>(result, array.FirstElementOffset, array.NumElements, array.ElementSize);
            }
            else
            {
                ReportText(ref discrepancies, h, "OID_NIC_SWITCH_ENUM_SWITCHES", "SUCCESS", $"{result.Status} (BytesNeeded={result.BytesNeeded.ToString(CultureInfo.InvariantCulture)})");
            }
        }

        var switches = ImmutableArray.CreateBuilder<NicSwitchState>(switchInfos.Count);
        foreach (var s in switchInfos)
        {
            switches.Add(new NicSwitchState((int)s.SwitchId, s.SwitchType == I.Ndis.NdisConstants.NicSwitchTypeExternal, (int)s.NumVFs));
        }

        var vports = ImmutableArray.CreateBuilder<VPortState>(vportSnapshots.Count);
        var queuePairSum = 0;
        var activeVPorts = 0;
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
            queuePairSum += p.QueuePairs;
            activeVPorts += p.Activated ? 1 : 0;
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
            var slot = slots[i];
            var owner = slot.IsAllocated ? AdapterDriver.VmOfName(slot.OwnerVmName) : -1;
            allocated += slot.IsAllocated ? 1 : 0;
            var expectedMac = owner >= 0 && owner < config.VmCount ? config.MacAddress(owner) : 0;
            var expectedNic = owner >= 0 && owner < config.VmCount ? I.Datacenter.VmNicName(owner) : "";
            if (slot.MacAddress.Value != expectedMac || slot.NicName != expectedNic)
            {
                ReportText(ref discrepancies, h, $"vf{slot.VfId}.MacNic", $"{Enumerations.Mac(expectedMac)}/{expectedNic}{(owner < 0 ? " (free slot)" : "")}", $"{Enumerations.Mac(slot.MacAddress.Value)}/{slot.NicName}");
            }

            var blocks = new byte[config.ConfigBlocks.Length];
            for (var b = 0; b < blocks.Length && b < slot.ConfigBlocks.Count; b++)
            {
                blocks[b] = Fill(ref discrepancies, h, slot.VfId, config.ConfigBlocks[b].BlockId, slot.ConfigBlocks[b]);
            }

            vfs.Add(new VfState(slot.VfId, owner, slot.Rid, AdapterDriver.ToModel(slot.Device), slot.RemovalRequested, slot.CommandRegister, slot.MsixEnabled,
                slot.InterruptPending, slot.DmaActive, slot.PowerD3, ValueArray.Create<byte>(blocks), slot.PendingInvalidation)
            {
                MsiEnabled = slot.MsiEnabled,
                SpoofedFrames = SpoofCount(slot),
            });
        }

        if (switches.Count > 0 || vports.Count > 0)
        {
            var queuePairsInUse = stack.Miniport.QueuePairsInUse;
            if (queuePairsInUse != queuePairSum)
            {
                Report(ref discrepancies, h, "QueuePairsInUse", queuePairSum, queuePairsInUse);
            }
        }

        foreach (var s in switchInfos)
        {
            if (s.NumAllocatedVFs != allocated)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumAllocatedVFs", allocated, (int)s.NumAllocatedVFs);
            }

            if (s.NumVPorts != vportSnapshots.Count)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumVPorts", vportSnapshots.Count, (int)s.NumVPorts);
            }

            if (s.NumActiveVPorts != activeVPorts)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumActiveVPorts", activeVPorts, (int)s.NumActiveVPorts);
            }
        }

        CapabilityCheck.Check(config, h, capability, ref discrepancies);
        return new HostState(switches.MoveToImmutable(), capability.NumVfs, capability.VfEnable, vfs.MoveToImmutable(), vports.MoveToImmutable(), filters.MoveToImmutable())
        {
            Halted = adapter.Hosts[h].Miniport.Halted,
        };
    }

    private static HostState ReadHost(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies)
    {
        var capability = adapter.QueryCapability(h);
        var slots = adapter.QueryVfs(h);
        var oids = config.IsSriovEnabled(h) && !adapter.Hosts[h].Miniport.Halted;

        IReadOnlyList<I.Ndis.NdisNicSwitchInfo> switchInfos = oids ? Enumerated<OidData.SwitchesEnumerated>(adapter.EnumerateSwitches(h)).Switches : [];
        IReadOnlyList<I.Ndis.NdisNicSwitchVfInfo> vfInfos = oids ? Enumerated<OidData.VfsEnumerated>(adapter.EnumerateVfs(h)).Vfs : [];
        IReadOnlyList<I.Ndis.NdisNicSwitchVPortInfo> vportInfos = oids ? Enumerated<OidData.VPortsEnumerated>(adapter.EnumerateVPorts(h)).VPorts : [];
        IReadOnlyList<I.Switch.FilterSnapshot> filterInfos = oids ? Enumerated<OidData.FiltersEnumerated>(adapter.EnumerateFilters(h)).Filters : [];

        var switches = ImmutableArray.CreateBuilder<NicSwitchState>(switchInfos.Count);
        foreach (var s in switchInfos)
        {
            switches.Add(new NicSwitchState((int)s.SwitchId, s.SwitchType == I.Ndis.NdisConstants.NicSwitchTypeExternal, (int)s.NumVFs));
        }

        var vports = ImmutableArray.CreateBuilder<VPortState>(vportInfos.Count);
        var queuePairSum = 0;
        var activeVPorts = 0;
        foreach (var p in vportInfos)
        {
            var vport = new VPortState((int)p.VPortId, AdapterDriver.VfIdOfFunction(p.AttachedFunctionId), p.VPortState == I.Ndis.NdisConstants.VPortStateActivated, (int)p.NumQueuePairs)
            {
                NameIndex = NameIndexOf(p.VPortName),
                InterruptModeration = (int)p.InterruptModeration,
                AffinityMask = AffinityOf(p.ProcessorAffinity),
                LookaheadSplit = (p.Flags & I.Ndis.NdisConstants.VPortInfoLookaheadSplitEnabled) != 0,
                LookaheadSize = (int)p.LookaheadSize,
            };
            vports.Add(vport);
            queuePairSum += vport.QueuePairs;
            activeVPorts += vport.Activated ? 1 : 0;
        }

        var filters = ImmutableArray.CreateBuilder<FilterState>(filterInfos.Count);
        foreach (var f in filterInfos)
        {
            filters.Add(new FilterState((int)f.FilterId, (int)f.VPortId, FilterMacIndexOf(config, f.MacAddress), (int)f.VlanId, adapter.QueryFilterOwner(h, (int)f.FilterId)));
        }

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

        var vfs = ImmutableArray.CreateBuilder<VfState>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
        {
            vfs.Add(ReadVf(adapter, config, h, slots[i], FindVfInfo(vfInfos, slots[i].VfId), ref discrepancies));
        }

        if (switches.Count > 0 || vports.Count > 0)
        {
            var queuePairsInUse = adapter.Hosts[h].Miniport.QueuePairsInUse;
            if (queuePairsInUse != queuePairSum)
            {
                Report(ref discrepancies, h, "QueuePairsInUse", queuePairSum, queuePairsInUse);
            }
        }

        foreach (var s in switchInfos)
        {
            var allocated = 0;
            foreach (var vf in vfs)
            {
                allocated += vf.IsAllocated ? 1 : 0;
            }

            if (s.NumAllocatedVFs != allocated)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumAllocatedVFs", allocated, (int)s.NumAllocatedVFs);
            }

            if (s.NumVPorts != vportInfos.Count)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumVPorts", vportInfos.Count, (int)s.NumVPorts);
            }

            if (s.NumActiveVPorts != activeVPorts)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumActiveVPorts", activeVPorts, (int)s.NumActiveVPorts);
            }
        }

        CapabilityCheck.Check(config, h, capability, ref discrepancies);
        return new HostState(switches.MoveToImmutable(), capability.NumVfs, capability.VfEnable, vfs.MoveToImmutable(), vports.MoveToImmutable(), filters.MoveToImmutable())
        {
            Halted = adapter.Hosts[h].Miniport.Halted,
        };
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

    private static void Report(ref List<string>? discrepancies, int h, string field, int expected, int actual) =>
        ReportText(ref discrepancies, h, field, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));

    private static void ReportText(ref List<string>? discrepancies, int h, string field, string expected, string actual) =>
        (discrepancies ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"host{h}.{field}: expected {expected}, actual {actual}"));
}
