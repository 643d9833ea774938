// Guest room: NetVSC in a guest: protocol binding to the VF miniport, the data-path switch, unbinding.
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation.Guest;

/// <content>NetVSC: which protocol binds to the VF miniport, NetVSC's bind and unbind, and its switch of the data path.</content>
internal sealed partial class Guests
{
    /// <summary>
    /// NDIS in <paramref name="vm"/>'s guest binds protocol <paramref name="protocolName"/> to the VF miniport, or (with
    /// <paramref name="toVfMiniport"/> false) to the PF miniport: NetVSC to the VF miniport is <see cref="GuestBindNetVsc"/> (null: that bind follows, under the state lock);
    /// the PF miniport is not in the guest, and the VF miniport refuses every other protocol.
    /// </summary>
    public AdapterResult? GuestBindProtocol(int vm, string protocolName, bool toVfMiniport)
    {
        ArgumentNullException.ThrowIfNull(protocolName);
        if (fabric.Vm(vm) is null)
        {
            return Fabric.InvalidDeviceRequest("no such VM");
        }

        if (!toVfMiniport)
        {
            return Fabric.InvalidDeviceRequest("binding refused: the PF miniport is not in the guest; NetVSC binds only to the VF miniport");
        }

        var isNetVsc = string.Equals(protocolName, VfMiniport.NetVscProtocolName, StringComparison.Ordinal);
        if (!isNetVsc && GuestVf(vm) is not { Vf.Device: VfDeviceState.Initialized or VfDeviceState.Bound })
        {
            return Fabric.InvalidDeviceRequest("binding refused: no VF miniport initialized in the guest");
        }

        if (!VfMiniport.AcceptsBinding(protocolName, fabric.Options.Adapter.Has(DefectCatalog.VfMiniportBindsAnyProtocol)))
        {
            return Fabric.InvalidDeviceRequest($"binding refused: the VF miniport binds only {VfMiniport.NetVscProtocolName}, not {protocolName}");
        }

        return isNetVsc ? null : AdapterResult.Ok;
    }

    /// <summary>NDIS binds NetVSC to the VF miniport.</summary>
    public AdapterResult GuestBindNetVsc(int vm)
    {
        if (GuestVf(vm) is not var (v, host, vf) || vf.Device != VfDeviceState.Initialized || vf.RemovalDeadlineTicks is not null)
        {
            return Fabric.InvalidDeviceRequest("VF miniport not initialized, or removal pending");
        }

        host.Miniport.SetDevice(vf, VfDeviceState.Bound);
        if (host.Options.Adapter.Has(DefectCatalog.GuestSendsBeforeVfReady))
        {
            // NetVSC starts transmitting on the VF as soon as it is bound.
            v.Guest.DataPath = DataPath.Vf;
        }

        return AdapterResult.Ok;
    }

    /// <summary>NetVSC switches the data path; under the guest-driven policy the host moves the VM's filter first.</summary>
    public AdapterResult GuestSwitchDataPath(int vm, DataPath target)
    {
        if (fabric.Vm(vm) is not { } v)
        {
            return Fabric.InvalidDeviceRequest("no such VM");
        }

        return target == DataPath.Synthetic ? SwitchToSynthetic(v) : SwitchToVf(vm, v);
    }

    /// <summary>NetVSC leaves the VF data path (under the guest-driven policy the filter goes back to the default VPort first).</summary>
    private AdapterResult SwitchToSynthetic(VirtualMachine v)
    {
        var host = fabric.Hosts[v.Host];
        if (v.Guest.DataPath != DataPath.Vf)
        {
            return Fabric.InvalidDeviceRequest("VM is not on the VF data path");
        }

        if (fabric.Options.FilterMovePolicy == FilterMovePolicy.GuestDriven)
        {
            host.MoveVmFilterTo(v, (int)NdisConstants.DefaultVPortId);
        }

        v.Guest.DataPath = DataPath.Synthetic;
        fabric.DataPathLog.Append(DataPathEventKind.DataPathSwitched, 0, host.HostIndex, v.Index, -1, 0, DataPath.Synthetic);
        return AdapterResult.Ok;
    }

    /// <summary>NetVSC moves to the VF data path once the VF is bound and the VM's filter is (or is moved) on the VF's VPort.</summary>
    private AdapterResult SwitchToVf(int vm, VirtualMachine v)
    {
        var host = fabric.Hosts[v.Host];
        if (v.Guest.DataPath != DataPath.Synthetic || GuestVf(vm) is not var (_, _, vf) || vf.Device != VfDeviceState.Bound
            || vf.RemovalDeadlineTicks is not null || !host.IsConnected(v) || host.Miniport.VPortOfVf(vf) is not { } vport)
        {
            return Fabric.InvalidDeviceRequest("VF path not ready");
        }

        var refusal = fabric.Options.FilterMovePolicy == FilterMovePolicy.HostDriven ? HostMovedFilter(v, host, vport) : GuestMovesFilter(vm, v, host, vf, vport);
        if (refusal is not null)
        {
            return refusal;
        }

        v.Guest.DataPath = DataPath.Vf;
        fabric.DataPathLog.Append(DataPathEventKind.DataPathSwitched, 0, host.HostIndex, v.Index, vport.VPortId, 0, DataPath.Vf);
        return AdapterResult.Ok;
    }

    /// <summary>Under the host-driven policy: the stack has moved the VM's filter to the VF's VPort already, else a refusal.</summary>
    private static AdapterResult? HostMovedFilter(VirtualMachine v, HostStack host, VPort vport) =>
        host.FilterIdOf(v) is not int filterId || host.Miniport.FindFilter(filterId)?.VPortId != vport.VPortId
            ? Fabric.InvalidDeviceRequest("VM's filter is not on the VF's VPort")
            : null;

    /// <summary>
    /// Under the guest-driven policy: the host moves the VM's filter to the VF's VPort and acknowledges; NetVSC completes
    /// the switch in a later step unless the VF was revoked meanwhile (then the filter goes back). Null: the switch goes on.
    /// </summary>
    private AdapterResult? GuestMovesFilter(int vm, VirtualMachine v, HostStack host, VirtualFunction vf, VPort vport)
    {
        var status = host.MoveVmFilterTo(v, vport.VPortId);
        if (status != NdisStatus.Success)
        {
            return AdapterResult.Refused(status, "MOVE_FILTER to the VF's VPort refused");
        }

        // The host acknowledged the switch; NetVSC completes it in a later step, unless the VF was revoked meanwhile.
        fabric.StepBoundary(YieldPoints.SwitchAfterFilterMove);
        if (GuestVf(vm) is not var (_, _, now) || !ReferenceEquals(now, vf) || now.Device != VfDeviceState.Bound
            || now.RemovalDeadlineTicks is not null || v.Guest.DataPath != DataPath.Synthetic)
        {
            if (!fabric.Options.Adapter.Has(DefectCatalog.SwitchDataPathCompletionDropped)
                && host.FilterIdOf(v) is int filterId && host.Miniport.FindFilter(filterId)?.VPortId == vport.VPortId)
            {
                host.MoveVmFilterTo(v, (int)NdisConstants.DefaultVPortId);
            }

            return Fabric.InvalidDeviceRequest("VF revoked during the data-path switch");
        }

        return null;
    }

    /// <summary>NetVSC unbinds from the paused VF miniport.</summary>
    public AdapterResult GuestUnbindNetVsc(int vm)
    {
        if (GuestVf(vm) is not var (_, host, vf) || vf.Device != VfDeviceState.Paused)
        {
            return Fabric.InvalidDeviceRequest("VF miniport not paused");
        }

        host.Miniport.SetDevice(vf, VfDeviceState.Unbound);
        return AdapterResult.Ok;
    }
}
