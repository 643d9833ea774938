// The parts of the datacenter every room shares: the VMs, the hosts, the options, the clock, the data-path log and the scheduler seam.
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation;

/// <summary>
/// What the rooms of the datacenter (the virtualization stack, the guests, the NIC switch's forwarding) share: the VMs
/// and the hosts, the options, the virtual clock, the data-path log, the scheduler seam and the yield boundary of
/// composite operations. The <see cref="Datacenter"/> owns it and wires it into each room.
/// </summary>
internal sealed class Fabric(DatacenterOptions options, VirtualClock clock, DataPathLog dataPathLog)
{
    private IScheduler scheduler = NoScheduler.Instance;

    public DatacenterOptions Options { get; } = options;

    public VirtualClock Clock { get; } = clock;

    public DataPathLog DataPathLog { get; } = dataPathLog;

    public List<VirtualMachine> Vms { get; } = [];

    public List<HostStack> Hosts { get; } = [];

    /// <summary>The interleaving seam; <see cref="NoScheduler"/> unless a harness injects one.</summary>
    public IScheduler Scheduler { get => scheduler; set => scheduler = value ?? NoScheduler.Instance; }

    /// <summary>The boundary between two atomic steps of a composite operation (the datacenter's yield seam).</summary>
    public Action<string> StepBoundary { get; set; } = _ => { };

    public VirtualMachine? Vm(int vm) => vm >= 0 && vm < Vms.Count ? Vms[vm] : null;

    public HostStack? Host(int host) => host >= 0 && host < Hosts.Count ? Hosts[host] : null;

    public static AdapterResult InvalidDeviceRequest(string reason) => AdapterResult.Refused(NdisStatus.InvalidDeviceRequest, reason);
}
