// Host room: the virtualization stack's VF events: attach, the VPCI offer, graceful and surprise removal, the removal time-out, detach.

namespace SriovVerification.Implementation.Host;

/// <content>The VF of a VM as the virtualization stack attaches, offers, removes and detaches it.</content>
internal sealed partial class VirtualizationStack
{
    /// <summary>
    /// The stack attaches a VF: ALLOCATE_VF, CREATE_VPORT, under the host-driven policy MOVE_FILTER of the VM's filter to
    /// the new VPort, then the VPCI offer; a refused step undoes the earlier ones. Data: <see cref="AdapterData.VfAttached"/>.
    /// </summary>
    public AdapterResult HostAttachVf(int vm, int queuePairs = 1)
    {
        if (fabric.Vm(vm) is not { } v)
        {
            return Fabric.InvalidDeviceRequest("no such VM");
        }

        var host = fabric.Hosts[v.Host];
        if (!host.Miniport.SriovEnabled)
        {
            return AdapterResult.Refused(NdisStatus.NotSupported, "SR-IOV is disabled on the VM's host");
        }

        if (v.Migrating || !host.IsConnected(v) || host.VfOf(v) is not null)
        {
            return Fabric.InvalidDeviceRequest("VM is migrating, not connected, or has a VF");
        }

        return host.AttachVf(v, queuePairs);
    }

    /// <summary>The VPCI VSP offers the VM's VF (which has a VPort) to the guest.</summary>
    public AdapterResult OfferVf(int vm)
    {
        if (fabric.Vm(vm) is not { } v || fabric.Hosts[v.Host].VfOf(v) is not { } vf || fabric.Hosts[v.Host].Miniport.VPortOfVf(vf) is null)
        {
            return Fabric.InvalidDeviceRequest("VM has no VF with a VPort");
        }

        if (vf.Device != VfDeviceState.Absent || vf.RemovalDeadlineTicks is not null)
        {
            return Fabric.InvalidDeviceRequest("VF device present or removal pending");
        }

        fabric.Hosts[v.Host].Offer(vf);
        return AdapterResult.Ok;
    }

    /// <summary>The stack asks the guest to remove the VF gracefully; the removal time-out starts (an offer not yet taken is revoked at once).</summary>
    public AdapterResult RequestVfRemoval(int vm)
    {
        if (fabric.Vm(vm) is not { } v || fabric.Hosts[v.Host].VfOf(v) is not { } vf)
        {
            return Fabric.InvalidDeviceRequest("VM has no VF");
        }

        if (vf.Device == VfDeviceState.Absent || vf.RemovalDeadlineTicks is not null)
        {
            return Fabric.InvalidDeviceRequest("VF device absent or removal already pending");
        }

        fabric.Hosts[v.Host].RequestRemoval(vf, fabric.Options.RemovalTimeoutTicks);
        return AdapterResult.Ok;
    }

    /// <summary>
    /// The VM's removal time-out expires: virtual time advances to its deadline and that time-out fires (surprise
    /// removal, synthetic path, filter back to the default VPort). Other VMs' time-outs fire on <see cref="AdvanceTime"/>.
    /// </summary>
    public AdapterResult RemovalTimeout(int vm)
    {
        if (fabric.Vm(vm) is not { } v || fabric.Hosts[v.Host].VfOf(v) is not { } vf)
        {
            return Fabric.InvalidDeviceRequest("VM has no VF");
        }

        if (vf.RemovalDeadlineTicks is not long deadline || vf.Device == VfDeviceState.Absent)
        {
            return Fabric.InvalidDeviceRequest("no removal pending");
        }

        fabric.Clock.AdvanceTo(deadline);
        fabric.Hosts[v.Host].SurpriseRemove(v, vf);
        return AdapterResult.Ok;
    }

    /// <summary>
    /// The VM's VF is surprise removed at any moment, with no graceful removal before it: a present device becomes
    /// SurpriseRemoved (the VF miniport is halted next); a VF not yet offered has no device to remove. Either way the
    /// stack recovers the VM to the synthetic path with its filter on the default VPort (INV-22).
    /// </summary>
    public AdapterResult SurpriseRemoveVf(int vm)
    {
        if (fabric.Vm(vm) is not { } v || v.Migrating || fabric.Hosts[v.Host].VfOf(v) is not { } vf)
        {
            return Fabric.InvalidDeviceRequest("VM has no VF");
        }

        var stack = fabric.Hosts[v.Host];
        if (stack.Miniport.VPortOfVf(vf) is null || vf.Device == VfDeviceState.SurpriseRemoved)
        {
            return Fabric.InvalidDeviceRequest("VF has no VPort, or is already surprise removed");
        }

        if (vf.RemovalDeadlineTicks is null && fabric.Options.Adapter.Has(DefectCatalog.UnrequestedSurpriseRemovalNotRecovered))
        {
            stack.Miniport.SetDevice(vf, vf.Device == VfDeviceState.Absent ? VfDeviceState.Absent : VfDeviceState.SurpriseRemoved);
            return AdapterResult.Ok;
        }

        stack.SurpriseRemove(v, vf, keepAbsent: true);
        return AdapterResult.Ok;
    }

    /// <summary>The stack detaches the VM's VF once the guest is off it: MOVE_FILTER back, CLEAR_FILTER of others, DELETE_VPORT, RESET_VF, FREE_VF.</summary>
    public AdapterResult HostDetachVf(int vm)
    {
        if (fabric.Vm(vm) is not { } v || fabric.Hosts[v.Host].VfOf(v) is not { } vf)
        {
            return Fabric.InvalidDeviceRequest("VM has no VF");
        }

        if (vf.Device != VfDeviceState.Absent)
        {
            return Fabric.InvalidDeviceRequest("VF device still present in the guest");
        }

        var status = fabric.Hosts[v.Host].DetachVf(v, vf);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "a teardown OID was refused");
    }

}
