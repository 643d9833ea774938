namespace SriovVerification.Implementation;

/// <content>Host virtualization stack events.</content>
public sealed partial class Datacenter
{
    /// <summary>The VM's network adapter connects to its host's switch: its MAC+VLAN filter is set on the default VPort. Data: <see cref="AdapterData.FilterCreated"/>.</summary>
    public AdapterResult VmConnect(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || v.Migrating)
        {
            return InvalidDeviceRequest("VM does not exist or is migrating");
        }

        var host = hosts[v.Host];
        if (host.IsConnected(v))
        {
            return InvalidDeviceRequest("VM is connected already");
        }

        if (!host.Miniport.SwitchExists)
        {
            return InvalidDeviceRequest("host has no NIC switch");
        }

        return host.Connect(v);
    });

    /// <summary>The VM's network adapter disconnects: its filter is cleared (only while it has no VF).</summary>
    public AdapterResult VmDisconnect(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || !hosts[v.Host].IsConnected(v))
        {
            return InvalidDeviceRequest("VM is not connected");
        }

        if (hosts[v.Host].VfOf(v) is not null)
        {
            return InvalidDeviceRequest("VM has a VF");
        }

        var status = hosts[v.Host].Disconnect(v);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "CLEAR_FILTER refused");
    });

    /// <summary>
    /// The stack attaches a VF: ALLOCATE_VF, CREATE_VPORT, under the host-driven policy MOVE_FILTER of the VM's filter to
    /// the new VPort, then the VPCI offer; a refused step undoes the earlier ones. Data: <see cref="AdapterData.VfAttached"/>.
    /// </summary>
    public AdapterResult HostAttachVf(int vm, int queuePairs = 1) => Checked(() =>
    {
        if (Vm(vm) is not { } v)
        {
            return InvalidDeviceRequest("no such VM");
        }

        var host = hosts[v.Host];
        if (!host.Miniport.SriovEnabled)
        {
            return AdapterResult.Refused(NdisStatus.NotSupported, "SR-IOV is disabled on the VM's host");
        }

        if (v.Migrating || !host.IsConnected(v) || host.VfOf(v) is not null)
        {
            return InvalidDeviceRequest("VM is migrating, not connected, or has a VF");
        }

        return host.AttachVf(v, queuePairs);
    });

    /// <summary>The stack moves the VM's filter to its VF's VPort (<see cref="DataPath.Vf"/>) or back to the default VPort.</summary>
    public AdapterResult MoveVmFilter(int vm, DataPath target) => Checked(() =>
    {
        if (Vm(vm) is not { } v || !hosts[v.Host].IsConnected(v))
        {
            return InvalidDeviceRequest("VM is not connected");
        }

        var host = hosts[v.Host];
        int destination;
        if (target == DataPath.Vf)
        {
            var vport = host.VfOf(v) is { } vf ? host.Miniport.VPortOfVf(vf) : null;
            if (vport is null)
            {
                return InvalidDeviceRequest("VM has no VF with a VPort");
            }

            destination = vport.VPortId;
        }
        else
        {
            if (v.Guest.DataPath == DataPath.Vf)
            {
                return InvalidDeviceRequest("VM is on the VF data path");
            }

            destination = (int)NdisConstants.DefaultVPortId;
        }

        var status = host.MoveVmFilterTo(v, destination);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "MOVE_FILTER refused");
    });

    /// <summary>The VPCI VSP offers the VM's VF (which has a VPort) to the guest.</summary>
    public AdapterResult OfferVf(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || hosts[v.Host].VfOf(v) is not { } vf || hosts[v.Host].Miniport.VPortOfVf(vf) is null)
        {
            return InvalidDeviceRequest("VM has no VF with a VPort");
        }

        if (vf.Device != VfDeviceState.Absent || vf.RemovalDeadlineTicks is not null)
        {
            return InvalidDeviceRequest("VF device present or removal pending");
        }

        hosts[v.Host].Offer(vf);
        return AdapterResult.Ok;
    });

    /// <summary>The stack asks the guest to remove the VF gracefully; the removal time-out starts (an offer not yet taken is revoked at once).</summary>
    public AdapterResult RequestVfRemoval(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || hosts[v.Host].VfOf(v) is not { } vf)
        {
            return InvalidDeviceRequest("VM has no VF");
        }

        if (vf.Device == VfDeviceState.Absent || vf.RemovalDeadlineTicks is not null)
        {
            return InvalidDeviceRequest("VF device absent or removal already pending");
        }

        hosts[v.Host].RequestRemoval(vf, options.RemovalTimeoutTicks);
        return AdapterResult.Ok;
    });

    /// <summary>
    /// The VM's removal time-out expires: virtual time advances to its deadline and that time-out fires (surprise
    /// removal, synthetic path, filter back to the default VPort). Other VMs' time-outs fire on <see cref="AdvanceTime"/>.
    /// </summary>
    public AdapterResult RemovalTimeout(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || hosts[v.Host].VfOf(v) is not { } vf)
        {
            return InvalidDeviceRequest("VM has no VF");
        }

        if (vf.RemovalDeadlineTicks is not long deadline || vf.Device == VfDeviceState.Absent)
        {
            return InvalidDeviceRequest("no removal pending");
        }

        Clock.AdvanceTo(deadline);
        hosts[v.Host].SurpriseRemove(v, vf);
        return AdapterResult.Ok;
    });

    /// <summary>
    /// The VM's VF is surprise removed at any moment, with no graceful removal before it: a present device becomes
    /// SurpriseRemoved (the VF miniport is halted next); a VF not yet offered has no device to remove. Either way the
    /// stack recovers the VM to the synthetic path with its filter on the default VPort (INV-22).
    /// </summary>
    public AdapterResult SurpriseRemoveVf(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || v.Migrating || hosts[v.Host].VfOf(v) is not { } vf)
        {
            return InvalidDeviceRequest("VM has no VF");
        }

        var stack = hosts[v.Host];
        if (stack.Miniport.VPortOfVf(vf) is null || vf.Device == VfDeviceState.SurpriseRemoved)
        {
            return InvalidDeviceRequest("VF has no VPort, or is already surprise removed");
        }

        if (vf.RemovalDeadlineTicks is null && options.Adapter.Has(DefectCatalog.UnrequestedSurpriseRemovalNotRecovered))
        {
            stack.Miniport.SetDevice(vf, vf.Device == VfDeviceState.Absent ? VfDeviceState.Absent : VfDeviceState.SurpriseRemoved);
            return AdapterResult.Ok;
        }

        stack.SurpriseRemove(v, vf, keepAbsent: true);
        return AdapterResult.Ok;
    });

    /// <summary>The stack detaches the VM's VF once the guest is off it: MOVE_FILTER back, CLEAR_FILTER of others, DELETE_VPORT, RESET_VF, FREE_VF.</summary>
    public AdapterResult HostDetachVf(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || hosts[v.Host].VfOf(v) is not { } vf)
        {
            return InvalidDeviceRequest("VM has no VF");
        }

        if (vf.Device != VfDeviceState.Absent)
        {
            return InvalidDeviceRequest("VF device still present in the guest");
        }

        var status = hosts[v.Host].DetachVf(v, vf);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "a teardown OID was refused");
    });

    /// <summary>Live migration starts: the VM (without a VF) pauses on its host and its filter there is cleared.</summary>
    public AdapterResult LiveMigrationStart(int vm, int destinationHost) => Checked(() =>
    {
        if (Vm(vm) is not { } v || v.Migrating || destinationHost == v.Host || Host(destinationHost) is null)
        {
            return InvalidDeviceRequest("VM migrating, or destination invalid");
        }

        if (hosts[v.Host].VfOf(v) is not null)
        {
            return InvalidDeviceRequest("VM has a VF");
        }

        var status = hosts[v.Host].Disconnect(v);
        v.Migrating = true;
        v.MigrationDestination = destinationHost;
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "CLEAR_FILTER refused");
    });

    /// <summary>The migrating VM resumes on its destination on the synthetic path, connected there when that host has a switch and the filter can be set.</summary>
    public AdapterResult LiveMigrationResume(int vm) => Checked(() =>
    {
        if (Vm(vm) is not { } v || !v.Migrating)
        {
            return InvalidDeviceRequest("VM is not migrating");
        }

        v.Host = v.MigrationDestination;
        v.Migrating = false;
        v.MigrationDestination = -1;
        v.Guest.DataPath = DataPath.Synthetic;
        var host = hosts[v.Host];
        if (host.Miniport.SwitchExists)
        {
            host.Connect(v);
        }

        return AdapterResult.Ok;
    });
}
