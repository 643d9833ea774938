namespace SriovVerification.Implementation;

/// <content>Frames: from the wire and from guests, through the NIC switch and the extensible switch.</content>
public sealed partial class Datacenter
{
    /// <summary>A unicast frame arrives at <paramref name="host"/>'s physical port. Data: <see cref="AdapterData.FrameRouted"/>.</summary>
    /// <remarks>Runs concurrently with OID requests and guest events: it takes no lock, only a switch table version.</remarks>
    public AdapterResult ReceiveFrame(int host, MacAddress destination, int vlan)
    {
        if (Host(host) is not { } stack)
        {
            return InvalidDeviceRequest($"no host {host}");
        }

        return Routed(Resolve(stack, destination, vlan, sender: null, NextFrameId()));
    }

    /// <summary>
    /// The guest of <paramref name="vm"/> sends a unicast frame on its current data path (with
    /// <paramref name="spoofSource"/>, from a source MAC not its own). Data: <see cref="AdapterData.FrameRouted"/>.
    /// </summary>
    /// <remarks>
    /// NetVSC stamps the send with the VPort of its data path (the VF's VPort, or the default VPort), or with
    /// <paramref name="stampVPortId"/> when it is not -1 (a send stamped earlier); when the NIC switch takes the frame, a
    /// stamp that is not the VPort of the VM's current VF data path (a VPort deleted meanwhile) is replaced by the
    /// default VPort. <paramref name="source"/> names the source MAC (another VM's, say); null: the VM's own, or the
    /// foreign MAC with <paramref name="spoofSource"/> (both together are refused).
    /// </remarks>
    public AdapterResult GuestSendFrame(int vm, MacAddress destination, int vlan, bool spoofSource = false, int stampVPortId = -1, MacAddress? source = null)
    {
        if (Vm(vm) is not { } v || stampVPortId < -1)
        {
            return InvalidDeviceRequest("no such VM, or a VPortId stamp out of domain");
        }

        if (source is { } named && (spoofSource || named.Value == 0))
        {
            return InvalidDeviceRequest("a named source MAC that is all zeros, or together with a spoofed source");
        }

        return SendFrom(v, source ?? (spoofSource ? DatacenterOptions.ForeignMacAddress : v.MacAddress), destination, vlan, stampVPortId);
    }

    /// <summary>A frame from <paramref name="v"/>'s guest with the given source MAC, on its current data path.</summary>
    private AdapterResult SendFrom(VirtualMachine v, MacAddress source, MacAddress destination, int vlan, int stampVPortId = -1)
    {
        var host = hosts[v.Host];
        var frameId = NextFrameId();
        if (v.Migrating)
        {
            return Routed(SendDropped(frameId, host, v, destination, vlan, DropReasons.VmPausedForMigration));
        }

        var stampTable = host.Miniport.Routing;
        var stampVf = v.Guest.DataPath == DataPath.Vf ? stampTable.VfOwnedBy(v.Name) : null;
        var stamp = (stampVf is not null ? stampTable.VPortOfVf(stampVf.VfId) : null)
            ?? stampTable.VPorts.GetValueOrDefault((int)NdisConstants.DefaultVPortId);
        if (stampVPortId >= 0 && !Restamp(stampTable, stampVPortId, ref stamp, ref stampVf))
        {
            return Routed(SendDropped(frameId, host, v, destination, vlan, DropReasons.VPortDeleted));
        }

        scheduler.Yield(YieldPoints.SendAfterStamp);
        var epoch = host.Miniport.EnterReader();
        try
        {
            var table = host.Miniport.Routing;
            if (stamp is not null && !options.Adapter.Has(DefectCatalog.SendStampedWithStaleVPort)
                && !(table.VPorts.TryGetValue(stamp.VPortId, out var live) && live.Incarnation == stamp.Incarnation))
            {
                stamp = table.VPorts.GetValueOrDefault((int)NdisConstants.DefaultVPortId);
                stampVf = null;
            }

            var onVf = stamp is { IsOnPf: false } && stampVf is not null;
            if (stamp is not null)
            {
                DataPathLog.Append(DataPathEventKind.Transmitted, frameId, host.HostIndex, v.Index, stamp.VPortId, stamp.Incarnation, onVf ? DataPath.Vf : DataPath.Synthetic);
            }

            // Anti-spoofing: on the VF path the VF checks the source against the MAC programmed at ALLOCATE_VF; on the
            // synthetic path the extensible switch port checks it against the VM network adapter's MAC.
            var allowedSource = onVf ? stampVf!.MacAddress : v.MacAddress;
            // The VLAN is the VM network adapter's port VLAN on either path: ALLOCATE_VF carries none, the VF's VPort
            // filter carries the same one.
            var allowedVlan = v.VlanId;
            var checksSource = !(onVf && host.Options.Adapter.Has(DefectCatalog.NoAntiSpoofing));
            if (checksSource && source != allowedSource)
            {
                if (onVf)
                {
                    // The VF's anti-spoofing check counts the drop on the VF that sent it.
                    var counted = options.Adapter.Has(DefectCatalog.SpoofCountedOnWrongVf) ? table.VfProgrammedWith(source) : stampVf;
                    counted?.Function.CountSpoofedFrame();
                }

                return Routed(SendDropped(frameId, host, v, destination, vlan, DropReasons.SourceMacSpoofed));
            }

            if (vlan != allowedVlan)
            {
                return Routed(SendDropped(frameId, host, v, destination, vlan, DropReasons.VlanNotAllowed));
            }

            if (destination == v.MacAddress && vlan == v.VlanId)
            {
                return Routed(SendDropped(frameId, host, v, destination, vlan, DropReasons.AddressedToSender));
            }

            if (onVf && options.Adapter.Has(DefectCatalog.VfHairpinSendLost) && ResolvesToDefaultVPort(table, destination, vlan))
            {
                // Completed to NetVSC as sent, never handed to the extensible switch: no frame log entry, no event.
                var lost = Route(host, destination, vlan, v, frameId, out _);
                return AdapterResult.With(new AdapterData.FrameRouted(lost));
            }

            return Routed(Resolve(host, destination, vlan, v, frameId));
        }
        finally
        {
            host.Miniport.ExitReader(epoch);
        }
    }

    /// <summary>
    /// A send stamped earlier with <paramref name="stampVPortId"/>: kept when it is the VPort of the current VF data
    /// path (<paramref name="stamp"/>), else the default VPort. False: dropped (the defect that black-holes a stamp of a
    /// deleted VPort).
    /// </summary>
    private bool Restamp(RoutingTable table, int stampVPortId, ref RoutingTable.VPortRoute? stamp, ref RoutingTable.VfRoute? stampVf)
    {
        var named = table.VPorts.GetValueOrDefault(stampVPortId);
        if (named is null && table.VPorts.ContainsKey((int)NdisConstants.DefaultVPortId) && options.Adapter.Has(DefectCatalog.SendStampOfDeletedVPortDropped))
        {
            return false;
        }

        var honoured = named is not null && stampVf is not null && stamp is not null && named.VPortId == stamp.VPortId;
        stampVf = honoured ? stampVf : null;
        stamp = honoured ? stamp : table.VPorts.GetValueOrDefault((int)NdisConstants.DefaultVPortId);
        return true;
    }

    private AdapterResult Routed(FrameOutcome outcome)
    {
        lock (frameLogGate)
        {
            frameLog.Add(outcome);
            if (outcome.Fate == FrameFate.DeliveredToVm)
            {
                deliveries.Add(new FrameDelivery(outcome.FrameId, outcome.Vm, outcome.Path));
            }
        }

        return AdapterResult.With(new AdapterData.FrameRouted(outcome));
    }

    /// <summary>Resolves a frame against one switch table version, then indicates it (or drops it) and records the event.</summary>
    private FrameOutcome Resolve(HostStack host, MacAddress destination, int vlan, VirtualMachine? sender, long id)
    {
        var miniport = host.Miniport;
        var epoch = miniport.EnterReader();
        try
        {
            var outcome = Route(host, destination, vlan, sender, id, out var vport);
            Record(host, outcome, vport);
            return outcome;
        }
        finally
        {
            miniport.ExitReader(epoch);
        }
    }

    private FrameOutcome Route(HostStack host, MacAddress destination, int vlan, VirtualMachine? sender, long id, out RoutingTable.VPortRoute? vport)
    {
        var senderIndex = sender?.Index ?? -1;
        var connections = host.VmFilterIds;
        var table = host.Miniport.Routing;
        vport = null;
        if (!table.SwitchExists)
        {
            scheduler.Yield(YieldPoints.ReceiveAfterLookup);
            return ExtensibleSwitch(id, host, destination, vlan, senderIndex, nobody: null);
        }

        var filter = table.Match(destination, vlan);
        var addressee = host.VmOnHost(destination, vlan);
        if (addressee is not null && connections.TryGetValue(addressee.Index, out var addresseeFilterId) && filter?.FilterId != addresseeFilterId && !table.HasFilter(addresseeFilterId))
        {
            DataPathLog.Append(DataPathEventKind.FilterMissing, id, host.HostIndex, addressee.Index, -1, 0, addressee.Guest.DataPath);
        }
        else if (filter is not null && table.RouteCount(filter.FilterId) > 1)
        {
            DataPathLog.Append(DataPathEventKind.FilterOnTwoVPorts, id, host.HostIndex, addressee?.Index ?? -1, filter.VPortId, 0, addressee?.Guest.DataPath ?? DataPath.Synthetic);
        }

        vport = table.VPorts.GetValueOrDefault(filter?.VPortId ?? (int)NdisConstants.DefaultVPortId);
        scheduler.Yield(YieldPoints.ReceiveAfterLookup);
        if (vport is null)
        {
            return Dropped(id, host, destination, vlan, senderIndex, filter is null ? DropReasons.NoDefaultVPort : DropReasons.VPortDeleted);
        }

        if (!vport.IsOnPf)
        {
            var attachedVfId = vport.AttachedVfId;
            var vf = table.Vfs.FirstOrDefault(f => f.VfId == attachedVfId);
            var owner = vf is not null ? host.VmByName(vf.OwnerVmName) : null;
            var running = vf is not null && owner is not null && vf.Function.Device is VfDeviceState.Initialized or VfDeviceState.Bound && !vf.Function.PowerD3;
            if (!running)
            {
                return Dropped(id, host, destination, vlan, senderIndex, DropReasons.VfNotRunning);
            }

            if (!vf!.Function.DmaActive)
            {
                return Dropped(id, host, destination, vlan, senderIndex, DropReasons.VfReset);
            }

            if (vf.Function.Device == VfDeviceState.Initialized)
            {
                return Dropped(id, host, destination, vlan, senderIndex, DropReasons.NetVscNotBound);
            }

            host.Miniport.RaiseInterrupt(vf!.Function);
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

    private static bool ResolvesToDefaultVPort(RoutingTable table, MacAddress destination, int vlan) =>
        (table.Match(destination, vlan)?.VPortId ?? (int)NdisConstants.DefaultVPortId) == (int)NdisConstants.DefaultVPortId;

    /// <summary>A send the NIC switch drops before routing it: the drop, written to the data-path log with its reason and the sender.</summary>
    private FrameOutcome SendDropped(long id, HostStack host, VirtualMachine sender, MacAddress destination, int vlan, string reason)
    {
        DataPathLog.Append(DataPathEventKind.SendDropped, id, host.HostIndex, sender.Index, -1, 0, sender.Guest.DataPath, reason);
        return Dropped(id, host, destination, vlan, sender.Index, reason);
    }

    private static FrameOutcome Dropped(long id, HostStack host, MacAddress destination, int vlan, int sender, string reason) =>
        new(id, host.HostIndex, destination, vlan, sender, FrameFate.Dropped, -1, DataPath.Synthetic, reason);

    /// <summary>Records an indication to a VM, or a drop of a frame addressed to a VM on this host, in <see cref="DataPathLog"/>.</summary>
    private void Record(HostStack host, FrameOutcome outcome, RoutingTable.VPortRoute? vport)
    {
        if (outcome.Fate == FrameFate.DeliveredToVm)
        {
            DataPathLog.Append(DataPathEventKind.Indicated, outcome.FrameId, host.HostIndex, outcome.Vm, vport?.VPortId ?? -1, vport?.Incarnation ?? 0, outcome.Path);
        }
        else if (outcome.Fate == FrameFate.Dropped && host.VmOnHost(outcome.Destination, outcome.Vlan) is { } addressee)
        {
            var reason = outcome.DropReason;
            var attachedVfId = vport?.AttachedVfId ?? VPort.AttachedToPf;
            if (reason == DropReasons.VfNotRunning && host.Miniport.Routing.Vfs.FirstOrDefault(f => f.VfId == attachedVfId) is { } vf)
            {
                reason += FormattableString.Invariant($" ({vf.Function.Device})");
            }

            DataPathLog.Append(DataPathEventKind.Dropped, outcome.FrameId, host.HostIndex, addressee.Index, vport?.VPortId ?? -1, vport?.Incarnation ?? 0,
                addressee.Guest.DataPath, reason);
        }
        else if (outcome.Fate == FrameFate.Dropped)
        {
            // Addressed to no VM on this host: still every drop is logged with its reason (the sender's, or -1 from the wire).
            DataPathLog.Append(DataPathEventKind.SendDropped, outcome.FrameId, host.HostIndex, outcome.SenderVm, vport?.VPortId ?? -1, vport?.Incarnation ?? 0,
                DataPath.Synthetic, outcome.DropReason);
        }
    }

    /// <summary>Every frame's outcome, in order.</summary>
    public IReadOnlyList<FrameOutcome> FrameLog
    {
        get
        {
            lock (frameLogGate)
            {
                return frameLog.ToArray();
            }
        }
    }

    /// <summary>Every delivery of a frame to a VM, in order.</summary>
    public IReadOnlyList<FrameDelivery> Deliveries
    {
        get
        {
            lock (frameLogGate)
            {
                return deliveries.ToArray();
            }
        }
    }

    /// <summary>Frames delivered to <paramref name="vm"/> over <paramref name="path"/>.</summary>
    public int DeliveredCount(int vm, DataPath path) => Deliveries.Count(d => d.Vm == vm && d.Path == path);

    /// <summary>Frames addressed to <paramref name="vm"/>'s MAC and VLAN that were dropped, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCountsFor(int vm) =>
        FrameLog.Where(f => f.Fate == FrameFate.Dropped && Vm(vm) is { } v && f.Destination == v.MacAddress && f.Vlan == v.VlanId)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames dropped anywhere, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCounts =>
        FrameLog.Where(f => f.Fate == FrameFate.Dropped)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames delivered to a VM other than the one owning the destination MAC and VLAN (isolation breaches).</summary>
    public int MisdeliveredCount
    {
        get
        {
            var frames = FrameLog.ToDictionary(f => f.FrameId);
            return Deliveries.Count(d =>
                frames[d.FrameId] is var frame && (Vm(d.Vm) is not { } v || v.MacAddress != frame.Destination || v.VlanId != frame.Vlan));
        }
    }

    /// <summary>Frames delivered more than once.</summary>
    public int DuplicatedCount => Deliveries.GroupBy(d => d.FrameId).Count(g => g.Count() > 1);
}
