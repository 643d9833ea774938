// Switch room: the NIC switch's routing of one frame: the filter match, the VPort, the VF or the extensible switch, drops and their record.
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation.Switch;

/// <content>Routing of one frame against one switch table version, the extensible switch behind the default VPort, and the records of each outcome.</content>
internal sealed partial class NicSwitchForwarding
{
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

    /// <summary>Where the frame goes on the switch table version the caller holds a reader epoch of; <paramref name="vport"/> is the VPort it reached.</summary>
    private FrameOutcome Route(HostStack host, MacAddress destination, int vlan, VirtualMachine? sender, long id, out RoutingTable.VPortRoute? vport)
    {
        var senderIndex = sender?.Index ?? -1;
        var connections = host.VmFilterIds;
        var table = host.Miniport.Routing;
        vport = null;
        if (!table.SwitchExists)
        {
            fabric.Scheduler.Yield(YieldPoints.ReceiveAfterLookup);
            return ExtensibleSwitch(id, host, destination, vlan, senderIndex, nobody: null);
        }

        var filter = table.Match(destination, vlan);
        var addressee = host.VmOnHost(destination, vlan);
        if (addressee is not null && connections.TryGetValue(addressee.Index, out var addresseeFilterId) && filter?.FilterId != addresseeFilterId && !table.HasFilter(addresseeFilterId))
        {
            fabric.DataPathLog.Append(DataPathEventKind.FilterMissing, id, host.HostIndex, addressee.Index, -1, 0, addressee.Guest.DataPath);
        }
        else if (filter is not null && table.RouteCount(filter.FilterId) > 1)
        {
            fabric.DataPathLog.Append(DataPathEventKind.FilterOnTwoVPorts, id, host.HostIndex, addressee?.Index ?? -1, filter.VPortId, 0, addressee?.Guest.DataPath ?? DataPath.Synthetic);
        }

        vport = table.VPorts.GetValueOrDefault(filter?.VPortId ?? (int)NdisConstants.DefaultVPortId);
        fabric.Scheduler.Yield(YieldPoints.ReceiveAfterLookup);
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

    /// <summary>Whether the frame matches no filter, or one on the default VPort.</summary>
    private static bool ResolvesToDefaultVPort(RoutingTable table, MacAddress destination, int vlan) =>
        (table.Match(destination, vlan)?.VPortId ?? (int)NdisConstants.DefaultVPortId) == (int)NdisConstants.DefaultVPortId;

    /// <summary>A send the NIC switch drops before routing it: the drop, written to the data-path log with its reason and the sender.</summary>
    private FrameOutcome SendDropped(long id, HostStack host, VirtualMachine sender, MacAddress destination, int vlan, string reason)
    {
        fabric.DataPathLog.Append(DataPathEventKind.SendDropped, id, host.HostIndex, sender.Index, -1, 0, sender.Guest.DataPath, reason);
        return Dropped(id, host, destination, vlan, sender.Index, reason);
    }

    /// <summary>A drop with its reason.</summary>
    private static FrameOutcome Dropped(long id, HostStack host, MacAddress destination, int vlan, int sender, string reason) =>
        new(id, host.HostIndex, destination, vlan, sender, FrameFate.Dropped, -1, DataPath.Synthetic, reason);

    /// <summary>Records an indication to a VM, or a drop of a frame addressed to a VM on this host, in the data-path log.</summary>
    private void Record(HostStack host, FrameOutcome outcome, RoutingTable.VPortRoute? vport)
    {
        if (outcome.Fate == FrameFate.DeliveredToVm)
        {
            fabric.DataPathLog.Append(DataPathEventKind.Indicated, outcome.FrameId, host.HostIndex, outcome.Vm, vport?.VPortId ?? -1, vport?.Incarnation ?? 0, outcome.Path);
        }
        else if (outcome.Fate == FrameFate.Dropped && host.VmOnHost(outcome.Destination, outcome.Vlan) is { } addressee)
        {
            var reason = outcome.DropReason;
            var attachedVfId = vport?.AttachedVfId ?? VPort.AttachedToPf;
            if (reason == DropReasons.VfNotRunning && host.Miniport.Routing.Vfs.FirstOrDefault(f => f.VfId == attachedVfId) is { } vf)
            {
                reason += FormattableString.Invariant($" ({vf.Function.Device})");
            }

            fabric.DataPathLog.Append(DataPathEventKind.Dropped, outcome.FrameId, host.HostIndex, addressee.Index, vport?.VPortId ?? -1, vport?.Incarnation ?? 0,
                addressee.Guest.DataPath, reason);
        }
        else if (outcome.Fate == FrameFate.Dropped)
        {
            // Addressed to no VM on this host: still every drop is logged with its reason (the sender's, or -1 from the wire).
            fabric.DataPathLog.Append(DataPathEventKind.SendDropped, outcome.FrameId, host.HostIndex, outcome.SenderVm, vport?.VPortId ?? -1, vport?.Incarnation ?? 0,
                DataPath.Synthetic, outcome.DropReason);
        }
    }
}
