// Switch room: the NIC switch's forwarding of sends from guests: the VPort stamp, anti-spoofing and VLAN checks, then routing.
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation.Switch;

/// <summary>
/// The NIC switch's forwarding: a receive from the physical port or a send from a guest is resolved against one
/// published version of the switch table (no lock; a reader epoch that DELETE_VPORT waits for), handed to the VF, the
/// PF's VPorts or the Hyper-V extensible switch, or dropped with a reason; every outcome is recorded in the frame log
/// and the data-path log.
/// </summary>
internal sealed partial class NicSwitchForwarding(Fabric fabric, FrameRecords records)
{
    /// <summary>A unicast frame arrives at <paramref name="stack"/>'s physical port.</summary>
    public AdapterResult Receive(HostStack stack, MacAddress destination, int vlan) =>
        Routed(Resolve(stack, destination, vlan, sender: null, records.NextFrameId()));

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
    public AdapterResult GuestSendFrame(int vm, MacAddress destination, int vlan, bool spoofSource, int stampVPortId, MacAddress? source)
    {
        if (fabric.Vm(vm) is not { } v || stampVPortId < -1)
        {
            return Fabric.InvalidDeviceRequest("no such VM, or a VPortId stamp out of domain");
        }

        if (source is { } named && (spoofSource || named.Value == 0))
        {
            return Fabric.InvalidDeviceRequest("a named source MAC that is all zeros, or together with a spoofed source");
        }

        return SendFrom(v, source ?? (spoofSource ? DatacenterOptions.ForeignMacAddress : v.MacAddress), destination, vlan, stampVPortId);
    }

    /// <summary>A frame from <paramref name="v"/>'s guest with the given source MAC, on its current data path.</summary>
    public AdapterResult SendFrom(VirtualMachine v, MacAddress source, MacAddress destination, int vlan, int stampVPortId = -1)
    {
        var host = fabric.Hosts[v.Host];
        var frameId = records.NextFrameId();
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

        fabric.Scheduler.Yield(YieldPoints.SendAfterStamp);
        var epoch = host.Miniport.EnterReader();
        try
        {
            return SendOnTable(host, v, frameId, source, destination, vlan, stamp, stampVf);
        }
        finally
        {
            host.Miniport.ExitReader(epoch);
        }
    }

    /// <summary>The send on the switch table version the sender holds a reader epoch of: the stamp checked, the source and VLAN checked, then routed.</summary>
    private AdapterResult SendOnTable(HostStack host, VirtualMachine v, long frameId, MacAddress source, MacAddress destination, int vlan,
        RoutingTable.VPortRoute? stamp, RoutingTable.VfRoute? stampVf)
    {
        var table = host.Miniport.Routing;
        if (stamp is not null && !fabric.Options.Adapter.Has(DefectCatalog.SendStampedWithStaleVPort)
            && !(table.VPorts.TryGetValue(stamp.VPortId, out var live) && live.Incarnation == stamp.Incarnation))
        {
            stamp = table.VPorts.GetValueOrDefault((int)NdisConstants.DefaultVPortId);
            stampVf = null;
        }

        var onVf = stamp is { IsOnPf: false } && stampVf is not null;
        if (stamp is not null)
        {
            fabric.DataPathLog.Append(DataPathEventKind.Transmitted, frameId, host.HostIndex, v.Index, stamp.VPortId, stamp.Incarnation, onVf ? DataPath.Vf : DataPath.Synthetic);
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
                var counted = fabric.Options.Adapter.Has(DefectCatalog.SpoofCountedOnWrongVf) ? table.VfProgrammedWith(source) : stampVf;
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

        if (onVf && fabric.Options.Adapter.Has(DefectCatalog.VfHairpinSendLost) && ResolvesToDefaultVPort(table, destination, vlan))
        {
            // Completed to NetVSC as sent, never handed to the extensible switch: no frame log entry, no event.
            var lost = Route(host, destination, vlan, v, frameId, out _);
            return AdapterResult.With(new AdapterData.FrameRouted(lost));
        }

        return Routed(Resolve(host, destination, vlan, v, frameId));
    }


    /// <summary>
    /// A send stamped earlier with <paramref name="stampVPortId"/>: kept when it is the VPort of the current VF data
    /// path (<paramref name="stamp"/>), else the default VPort. False: dropped (the defect that black-holes a stamp of a
    /// deleted VPort).
    /// </summary>
    private bool Restamp(RoutingTable table, int stampVPortId, ref RoutingTable.VPortRoute? stamp, ref RoutingTable.VfRoute? stampVf)
    {
        var named = table.VPorts.GetValueOrDefault(stampVPortId);
        if (named is null && table.VPorts.ContainsKey((int)NdisConstants.DefaultVPortId) && fabric.Options.Adapter.Has(DefectCatalog.SendStampOfDeletedVPortDropped))
        {
            return false;
        }

        var honoured = named is not null && stampVf is not null && stamp is not null && named.VPortId == stamp.VPortId;
        stampVf = honoured ? stampVf : null;
        stamp = honoured ? stamp : table.VPorts.GetValueOrDefault((int)NdisConstants.DefaultVPortId);
        return true;
    }

    /// <summary>Records <paramref name="outcome"/> in the frame log and answers it.</summary>
    private AdapterResult Routed(FrameOutcome outcome)
    {
        records.Add(outcome);
        return AdapterResult.With(new AdapterData.FrameRouted(outcome));
    }
}
