// The emulated world's wiring: the hosts, VMs and rooms put together, the entry points a harness calls, and the datacenter's own structural checks.
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation;

/// <summary>
/// The emulated world: Hyper-V hosts, each with its own SR-IOV adapter (PF miniport) and virtualization stack, and
/// VMs with their guests, over one virtual clock and one seeded generator. One method per protocol step (OID
/// requests through a host's management path, host-stack and guest events, frames); read-back queries for a harness.
/// </summary>
public sealed partial class Datacenter
{
    private readonly DatacenterOptions options;
    private readonly Fabric fabric;
    private readonly List<VirtualMachine> vms;
    private readonly List<HostStack> hosts;
    private readonly FrameRecords frames;
    private readonly VirtualizationStack stack;
    private readonly Guests guests;
    private readonly NicSwitchForwarding forwarding;
    private readonly HostilePaths hostile;

    /// <summary>Creates the datacenter described by <paramref name="options"/>.</summary>
    public Datacenter(DatacenterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HostCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.VmCount, 1);
        foreach (var name in options.Adapter.Defects)
        {
            if (DefectCatalog.Find(name) is null)
            {
                throw new ArgumentException($"unknown defect '{name}'", nameof(options));
            }
        }

        this.options = options;
        Clock = new VirtualClock();
        Random = new DeterministicRandom(options.Seed);
        fabric = new Fabric(options, Clock, DataPathLog) { StepBoundary = StepBoundary };
        vms = fabric.Vms;
        hosts = fabric.Hosts;
        frames = new FrameRecords(fabric);
        stack = new VirtualizationStack(fabric);
        guests = new Guests(fabric);
        forwarding = new NicSwitchForwarding(fabric, frames);
        hostile = new HostilePaths(fabric, forwarding);
        for (var v = 0; v < options.VmCount; v++)
        {
            var host = options.InitialHostOf(v);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, options.HostCount, nameof(options));
            vms.Add(new VirtualMachine(v, DatacenterOptions.VmMacAddress(v), options.VlanOf(v), host));
        }

        for (var h = 0; h < options.HostCount; h++)
        {
            var adapter = options.Adapter with { SriovEnabled = options.IsSriovEnabled(h) };
            var miniport = new PfMiniport(adapter, Random) { EventLog = DataPathLog, HostIndex = h };
            hosts.Add(new HostStack(h, miniport, vms, Clock, options) { StepBoundary = StepBoundary });
        }

        AssertInvariants();
    }

    /// <summary>The options it was created with.</summary>
    public DatacenterOptions Options => options;

    /// <summary>The virtual clock.</summary>
    public VirtualClock Clock { get; }

    /// <summary>The seeded generator every adapter draws from.</summary>
    public DeterministicRandom Random { get; }

    /// <summary>The hosts (index = host).</summary>
    public IReadOnlyList<HostStack> Hosts => hosts;

    /// <summary>The MAC address of VM <paramref name="vm"/>'s network adapter.</summary>
    public static MacAddress VmMacAddress(int vm) => DatacenterOptions.VmMacAddress(vm);

    /// <summary>The name of VM <paramref name="vm"/> (<c>VM-n</c>), the <c>VMName</c> of its ALLOCATE_VF.</summary>
    public static string VmName(int vm) => VirtualMachine.VmName(vm);

    /// <summary>The name of VM <paramref name="vm"/>'s network adapter, the <c>NicName</c> of its ALLOCATE_VF.</summary>
    public static string VmNicName(int vm) => VirtualMachine.NicName(vm);

    /// <summary>Advances virtual time by <paramref name="ticks"/> and fires every removal time-out that falls due.</summary>
    public AdapterResult AdvanceTime(long ticks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        return Checked(() => stack.AdvanceTime(ticks));
    }

    /// <summary>
    /// Checks the structural integrity of every adapter and of the datacenter's own tables; throws
    /// <see cref="AdapterInvariantException"/> naming the first broken one.
    /// </summary>
    public void AssertInvariants()
    {
        foreach (var host in hosts)
        {
            host.Miniport.AssertInvariants();
            foreach (var (vm, _) in host.VmFilterIds)
            {
                Require(vm >= 0 && vm < vms.Count && vms[vm].Host == host.HostIndex && !vms[vm].Migrating, "vm-port-on-its-host",
                    $"host {host.HostIndex} holds a port for VM {vm}, which runs on host {(vm >= 0 && vm < vms.Count ? vms[vm].Host : -1)}");
            }

            Require(ValuesDistinct(host.VmFilterIds), "vm-filter-ids-distinct",
                $"host {host.HostIndex} maps two VMs to one filter");
        }

        foreach (var vm in vms)
        {
            Require(vm.Host >= 0 && vm.Host < hosts.Count, "vm-host-range", $"VM {vm.Index} on host {vm.Host}");
            Require(vm.Migrating == (vm.MigrationDestination >= 0), "vm-migration-destination",
                $"VM {vm.Index} migrating={vm.Migrating} destination={vm.MigrationDestination}");
        }

        lock (frames.Gate)
        {
            Require(frames.DeliveryCount <= frames.OutcomeCount, "delivery-log-bounded", $"{frames.DeliveryCount} deliveries for {frames.OutcomeCount} frames");
        }
    }

    private static void Require(bool condition, string invariantName, [InterpolatedStringHandlerArgument(nameof(condition))] ref InvariantMessage message)
    {
        if (!condition)
        {
            throw new AdapterInvariantException(invariantName, message.ToStringAndClear());
        }
    }

    private static bool ValuesDistinct(ImmutableDictionary<int, int> map)
    {
        foreach (var (key, value) in map)
        {
            foreach (var (otherKey, otherValue) in map)
            {
                if (otherKey < key && otherValue == value)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private VirtualMachine? Vm(int vm) => fabric.Vm(vm);

    private HostStack? Host(int host) => fabric.Host(host);

    private AdapterResult Checked(Func<AdapterResult> operation) => Configuration(operation);

    private static AdapterResult InvalidDeviceRequest(string reason) => Fabric.InvalidDeviceRequest(reason);
}
