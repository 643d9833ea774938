// Harness/Conformance: the abstraction function, reading the emulated adapter back into model terms (one reader, two sources)
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
    public static AdapterReading Observe(I.Datacenter adapter, ModelConfig config) => Observe(adapter, config, SnapshotParts, null, ReadScope.All);

    /// <summary>The abstraction read through the NDIS observables: enumeration OIDs, config-space and config-block OIDs.</summary>
    public static AdapterReading ObserveThroughOids(I.Datacenter adapter, ModelConfig config) => Observe(adapter, config, OidParts, null, ReadScope.All);

    /// <summary>What one source reads of host <paramref name="h"/>'s switch, VPorts, filters and VFs, reporting what disagrees within it.</summary>
    private delegate HostParts PartsReader(I.Datacenter adapter, ModelConfig config, int h, ref List<string>? discrepancies);

    /// <summary>One host as a source read it, before the checks both sources share.</summary>
    private readonly record struct HostParts(
        IReadOnlyList<I.Ndis.NdisNicSwitchInfo> SwitchInfos,
        ImmutableArray<VPortState> VPorts,
        ImmutableArray<FilterState> Filters,
        ImmutableArray<VfState> Vfs,
        int AllocatedVfs);

    /// <summary>
    /// The one reader: the hosts in <paramref name="scope"/> (every host without <paramref name="previous"/>) read through
    /// <paramref name="parts"/>, the others kept from <paramref name="previous"/>, and every VM.
    /// </summary>
    private static AdapterReading Observe(I.Datacenter adapter, ModelConfig config, PartsReader parts, ModelState? previous, ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(config);
        List<string>? discrepancies = null;
        var hosts = ImmutableArray.CreateBuilder<HostState>(config.HostCount);
        for (var h = 0; h < config.HostCount; h++)
        {
            hosts.Add(previous is null || scope.Includes(h) || h >= previous.Hosts.Length ? ReadHost(adapter, config, h, parts, ref discrepancies) : previous.Hosts[h]);
        }

        return new AdapterReading(new ModelState(hosts.MoveToImmutable(), ReadVms(adapter, config)), ToArray(discrepancies));
    }

    /// <summary>
    /// One host: its capability, what <paramref name="parts"/> reads, then the checks of the switch's counters, the queue
    /// pairs in use and the capability against what was read.
    /// </summary>
    private static HostState ReadHost(I.Datacenter adapter, ModelConfig config, int h, PartsReader parts, ref List<string>? discrepancies)
    {
        var capability = adapter.QueryCapability(h);
        var read = parts(adapter, config, h, ref discrepancies);
        var switches = ImmutableArray.CreateBuilder<NicSwitchState>(read.SwitchInfos.Count);
        foreach (var s in read.SwitchInfos)
        {
            switches.Add(new NicSwitchState((int)s.SwitchId, s.SwitchType == I.Ndis.NdisConstants.NicSwitchTypeExternal, (int)s.NumVFs));
        }

        var queuePairSum = 0;
        var activeVPorts = 0;
        foreach (var vport in read.VPorts)
        {
            queuePairSum += vport.QueuePairs;
            activeVPorts += vport.Activated ? 1 : 0;
        }

        if (switches.Count > 0 || read.VPorts.Length > 0)
        {
            var queuePairsInUse = adapter.Hosts[h].Miniport.QueuePairsInUse;
            if (queuePairsInUse != queuePairSum)
            {
                Report(ref discrepancies, h, "QueuePairsInUse", queuePairSum, queuePairsInUse);
            }
        }

        CheckSwitchCounters(read, activeVPorts, h, ref discrepancies);
        CapabilityCheck.Check(config, h, capability, ref discrepancies);
        return new HostState(switches.MoveToImmutable(), capability.NumVfs, capability.VfEnable, read.Vfs, read.VPorts, read.Filters)
        {
            Halted = adapter.Hosts[h].Miniport.Halted,
        };
    }

    private static void CheckSwitchCounters(HostParts read, int activeVPorts, int h, ref List<string>? discrepancies)
    {
        foreach (var s in read.SwitchInfos)
        {
            if (s.NumAllocatedVFs != read.AllocatedVfs)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumAllocatedVFs", read.AllocatedVfs, (int)s.NumAllocatedVFs);
            }

            if (s.NumVPorts != read.VPorts.Length)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumVPorts", read.VPorts.Length, (int)s.NumVPorts);
            }

            if (s.NumActiveVPorts != activeVPorts)
            {
                Report(ref discrepancies, h, $"switch{s.SwitchId}.NumActiveVPorts", activeVPorts, (int)s.NumActiveVPorts);
            }
        }
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

    private static void Report(ref List<string>? discrepancies, int h, string field, int expected, int actual) =>
        ReportText(ref discrepancies, h, field, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));

    private static void ReportText(ref List<string>? discrepancies, int h, string field, string expected, string actual) =>
        (discrepancies ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"host{h}.{field}: expected {expected}, actual {actual}"));
}
