namespace SriovVerification.Implementation;

/// <content>Frames: from the wire and from guests, through the NIC switch and the extensible switch.</content>
public sealed partial class Datacenter
{
    /// <summary>A unicast frame arrives at <paramref name="host"/>'s physical port. Data: <see cref="AdapterData.FrameRouted"/>.</summary>
    public AdapterResult ReceiveFrame(int host, MacAddress destination, int vlan) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return InvalidDeviceRequest($"no host {host}");
        }

        return Routed(Resolve(stack, destination, vlan, sender: null));
    });

    /// <summary>
    /// The guest of <paramref name="vm"/> sends a unicast frame on its current data path (with
    /// <paramref name="spoofSource"/>, from a source MAC not its own). Data: <see cref="AdapterData.FrameRouted"/>.
    /// </summary>
    public AdapterResult GuestSendFrame(int vm, MacAddress destination, int vlan, bool spoofSource = false) => Checked(() =>
    {
        if (Vm(vm) is not { } v)
        {
            return InvalidDeviceRequest("no such VM");
        }

        return SendFrom(v, spoofSource ? DatacenterOptions.ForeignMacAddress : v.MacAddress, destination, vlan);
    });

    /// <summary>A frame from <paramref name="v"/>'s guest with the given source MAC, on its current data path.</summary>
    private AdapterResult SendFrom(VirtualMachine v, MacAddress source, MacAddress destination, int vlan)
    {
        var host = hosts[v.Host];
        var frameId = nextFrameId++;
        if (v.Migrating)
        {
            return Routed(Dropped(frameId, host, destination, vlan, v.Index, DropReasons.VmPausedForMigration));
        }

        // Anti-spoofing: on the VF path the VF checks the source against the MAC programmed at ALLOCATE_VF; on the
        // synthetic path the extensible switch port checks it against the VM network adapter's MAC.
        var vf = host.VfOf(v);
        var onVf = v.Guest.DataPath == DataPath.Vf && vf is not null;
        var allowedSource = onVf ? vf!.MacAddress : v.MacAddress;
        var allowedVlan = onVf ? vf!.VlanId : v.VlanId;
        var checksSource = !(onVf && host.Options.Adapter.Has(DefectCatalog.NoAntiSpoofing));
        if (checksSource && source != allowedSource)
        {
            return Routed(Dropped(frameId, host, destination, vlan, v.Index, DropReasons.SourceMacSpoofed));
        }

        if (vlan != allowedVlan)
        {
            return Routed(Dropped(frameId, host, destination, vlan, v.Index, DropReasons.VlanNotAllowed));
        }

        if (destination == v.MacAddress && vlan == v.VlanId)
        {
            return Routed(Dropped(frameId, host, destination, vlan, v.Index, DropReasons.AddressedToSender));
        }

        return Routed(Resolve(host, destination, vlan, v, frameId));
    }

    private AdapterResult Routed(FrameOutcome outcome)
    {
        frameLog.Add(outcome);
        if (outcome.Fate == FrameFate.DeliveredToVm)
        {
            deliveries.Add(new FrameDelivery(outcome.FrameId, outcome.Vm, outcome.Path));
        }

        return AdapterResult.With(new AdapterData.FrameRouted(outcome));
    }

    private FrameOutcome Resolve(HostStack host, MacAddress destination, int vlan, VirtualMachine? sender, long? frameId = null)
    {
        var id = frameId ?? nextFrameId++;
        var senderIndex = sender?.Index ?? -1;
        var miniport = host.Miniport;
        if (!miniport.SwitchExists)
        {
            return ExtensibleSwitch(id, host, destination, vlan, senderIndex, nobody: null);
        }

        var filter = miniport.MatchFilter(destination, vlan);
        var vport = miniport.FindVPort(filter?.VPortId ?? (int)NdisConstants.DefaultVPortId);
        if (vport is null)
        {
            return Dropped(id, host, destination, vlan, senderIndex, filter is null ? DropReasons.NoDefaultVPort : DropReasons.VPortDeleted);
        }

        if (!vport.IsOnPf)
        {
            var vf = miniport.FindVf(vport.AttachedVfId);
            var owner = vf is { IsAllocated: true } ? host.VmByName(vf.OwnerVmName) : null;
            var running = vf is not null && owner is not null && vf.Device is VfDeviceState.Initialized or VfDeviceState.Bound && !vf.PowerD3;
            if (!running)
            {
                return Dropped(id, host, destination, vlan, senderIndex, DropReasons.VfNotRunning);
            }

            miniport.RaiseInterrupt(vf!);
            return new FrameOutcome(id, host.HostIndex, destination, vlan, senderIndex, FrameFate.DeliveredToVm, owner!.Index, DataPath.Vf, "");
        }

        if (vport.VPortId != (int)NdisConstants.DefaultVPortId)
        {
            return vport.Activated
                ? new FrameOutcome(id, host.HostIndex, destination, vlan, senderIndex, FrameFate.DeliveredToHost, -1, DataPath.Synthetic, "")
                : Dropped(id, host, destination, vlan, senderIndex, DropReasons.VPortNotActivated);
        }

        return ExtensibleSwitch(id, host, destination, vlan, senderIndex, sender is null ? FrameFate.DeliveredToHost : FrameFate.SentToWire);
    }

    /// <summary>The Hyper-V extensible switch: a VM on this host with that MAC and VLAN gets the frame over the synthetic path.</summary>
    private static FrameOutcome ExtensibleSwitch(long id, HostStack host, MacAddress destination, int vlan, int sender, FrameFate? nobody)
    {
        var vm = host.VmOnHost(destination, vlan);
        if (vm is not null)
        {
            return vm.Migrating
                ? Dropped(id, host, destination, vlan, sender, DropReasons.VmPausedForMigration)
                : new FrameOutcome(id, host.HostIndex, destination, vlan, sender, FrameFate.DeliveredToVm, vm.Index, DataPath.Synthetic, "");
        }

        return nobody is FrameFate fate
            ? new FrameOutcome(id, host.HostIndex, destination, vlan, sender, fate, -1, DataPath.Synthetic, "")
            : Dropped(id, host, destination, vlan, sender, DropReasons.NoDestination);
    }

    private static FrameOutcome Dropped(long id, HostStack host, MacAddress destination, int vlan, int sender, string reason) =>
        new(id, host.HostIndex, destination, vlan, sender, FrameFate.Dropped, -1, DataPath.Synthetic, reason);

    /// <summary>Every frame's outcome, in order.</summary>
    public IReadOnlyList<FrameOutcome> FrameLog => frameLog;

    /// <summary>Every delivery of a frame to a VM, in order.</summary>
    public IReadOnlyList<FrameDelivery> Deliveries => deliveries;

    /// <summary>Frames delivered to <paramref name="vm"/> over <paramref name="path"/>.</summary>
    public int DeliveredCount(int vm, DataPath path) => deliveries.Count(d => d.Vm == vm && d.Path == path);

    /// <summary>Frames addressed to <paramref name="vm"/>'s MAC and VLAN that were dropped, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCountsFor(int vm) =>
        frameLog.Where(f => f.Fate == FrameFate.Dropped && Vm(vm) is { } v && f.Destination == v.MacAddress && f.Vlan == v.VlanId)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames dropped anywhere, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCounts =>
        frameLog.Where(f => f.Fate == FrameFate.Dropped)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames delivered to a VM other than the one owning the destination MAC and VLAN (isolation breaches).</summary>
    public int MisdeliveredCount => deliveries.Count(d =>
        frameLog.First(f => f.FrameId == d.FrameId) is var frame && (Vm(d.Vm) is not { } v || v.MacAddress != frame.Destination || v.VlanId != frame.Vlan));

    /// <summary>Frames delivered more than once.</summary>
    public int DuplicatedCount => deliveries.GroupBy(d => d.FrameId).Count(g => g.Count() > 1);
}
