// The host virtualization stack's commands: VM connect, VF attach and detach, removal, migration.

namespace SriovVerification.Model;

/// <summary>The host virtualization stack's commands (<c>docs/MODEL.md</c>, "Host virtualization stack").</summary>
public static partial class SriovModel
{
    private static Transition VmConnect(ModelConfig config, ModelState state, Command.VmConnect c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var fired = FireVm(config, state, c.Vm, VmTrigger.Connect, out var firedContext);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var next = ConnectVm(config, state, c.Vm, state.Vms[c.Vm].Host, out var filterId, out refusal);
        return next is null ? refusal : Accept(ArriveVm(fired, firedContext, next), new OutcomeData.FilterCreated(filterId));
    }

    /// <summary>Sets <paramref name="vm"/>'s filter on the default VPort of <paramref name="hostIndex"/> and marks it connected.</summary>
    private static ModelState? ConnectVm(ModelConfig config, ModelState state, int vm, int hostIndex, out int filterId, out Transition refusal)
    {
        var host = state.Hosts[hostIndex];
        var mac = ModelConfig.MacIndexOf(vm);
        var vlan = config.VlanOf(vm);
        filterId = -1;
        if (FilterIndexMatching(host, mac, vlan) >= 0)
        {
            refusal = Refuse(state, NdisStatus.InvalidParameter, "a filter with the VM's MAC and VLAN exists");
            return null;
        }

        if (host.Filters.Length >= config.MaxReceiveFilters)
        {
            refusal = Refuse(state, NdisStatus.Resources, "filter table full");
            return null;
        }

        refusal = null!;
        filterId = SmallestFreeFilterId(host);
        var next = WithHost(state, hostIndex, InsertFilter(host, new FilterState(filterId, 0, mac, vlan, vm)));
        return WithVm(next, vm, next.Vms[vm] with { Connected = true });
    }

    private static Transition VmDisconnect(ModelConfig config, ModelState state, Command.VmDisconnect c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var fired = FireVm(config, state, c.Vm, VmTrigger.Disconnect, out var firedContext);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var vm = state.Vms[c.Vm];
        return Accept(ArriveVm(fired, firedContext, WithVm(ClearVmFilter(state, vm.Host, c.Vm), c.Vm, vm with { Connected = false })));
    }

    private static ModelState ClearVmFilter(ModelState state, int hostIndex, int vm)
    {
        if (hostIndex < 0 || hostIndex >= state.Hosts.Length)
        {
            return state;
        }

        var host = state.Hosts[hostIndex];
        var index = FilterIndexOwnedBy(host, vm);
        return index < 0 ? state : WithHost(state, hostIndex, host with { Filters = host.Filters.RemoveAt(index) });
    }

    /// <summary>Moves <paramref name="vm"/>'s filter on <paramref name="hostIndex"/> to <paramref name="vportId"/> (no change when absent or already there).</summary>
    private static ModelState MoveVmFilterTo(ModelState state, int hostIndex, int vm, int vportId)
    {
        var host = state.Hosts[hostIndex];
        var index = FilterIndexOwnedBy(host, vm);
        if (index < 0 || host.Filters[index].VPortId == vportId)
        {
            return state;
        }

        return WithHost(state, hostIndex, host with { Filters = host.Filters.SetItem(index, host.Filters[index] with { VPortId = vportId }) });
    }

    /// <summary>The first checks of a VF attach: the VM in range, its host in range, SR-IOV enabled there.</summary>
    private static bool AttachRefused(ModelConfig config, ModelState state, int vmIndex, out Transition refusal)
    {
        if (VmRefused(state, vmIndex, out refusal))
        {
            return true;
        }

        var vm = state.Vms[vmIndex];
        if (vm.Host < 0 || vm.Host >= state.Hosts.Length)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, "the VM's host is out of range");
            return true;
        }

        if (!config.IsSriovEnabled(vm.Host))
        {
            refusal = Refuse(state, NdisStatus.NotSupported, "SR-IOV disabled on the VM's host");
            return true;
        }

        return false;
    }

    private static Transition HostAttachVf(ModelConfig config, ModelState state, Command.HostAttachVf c)
    {
        if (AttachRefused(config, state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        var attach = FireVm(config, state, c.Vm, VmTrigger.AttachVf, out var attachContext);
        if (!attach.IsSuccess)
        {
            return RefuseFromMachine(state, attach, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var hostIndex = vm.Host;
        var host = state.Hosts[hostIndex];

        // ALLOCATE_VF
        var allocated = AllocateFreeVf(config, state, hostIndex, c.Vm, out var vfId);
        if (allocated is null)
        {
            return Refuse(state, NdisStatus.Resources, "no free VF");
        }

        if (c.QueuePairs < 1 || c.QueuePairs > config.MaxNumQueuePairsPerNonDefaultVPort)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "queue pairs out of 1 … MaxNumQueuePairsPerNonDefaultVPort");
        }

        if (host.VPorts.Length >= config.MaxNumVPorts || QueuePairSum(host) + c.QueuePairs > config.MaxNumQueuePairs)
        {
            return Refuse(state, NdisStatus.Resources, "no VPort id or queue pairs left");
        }

        // CREATE_VPORT (Activated)
        var createContext = new VfContext(config, allocated, hostIndex, vfId);
        var created = ModelMachines.VfLifecycle.Fire(VfTrigger.CreateVPort, createContext);
        if (!created.IsSuccess)
        {
            return RefuseFromMachine(state, created, NdisStatus.InvalidParameter, VfSubject(hostIndex, vfId));
        }

        var vportId = SmallestFreeVPortId(allocated.Hosts[hostIndex]);
        var next = WithHost(allocated, hostIndex, InsertVPort(allocated.Hosts[hostIndex], new VPortState(vportId, vfId, true, c.QueuePairs)));
        ArriveVf(created, createContext, next);

        // Host-driven policy: MOVE_FILTER of the VM's filter to the VF's VPort.
        if (config.FilterMovePolicy == FilterMovePolicy.HostDriven)
        {
            next = MoveVmFilterTo(next, hostIndex, c.Vm, vportId);
        }

        // The VPCI offer.
        var offerContext = new VfContext(config, next, hostIndex, vfId);
        var offered = ModelMachines.VfLifecycle.Fire(VfTrigger.Offer, offerContext);
        if (!offered.IsSuccess)
        {
            return RefuseFromMachine(state, offered, NdisStatus.InvalidDeviceRequest, VfSubject(hostIndex, vfId));
        }

        var nextHost = next.Hosts[hostIndex];
        next = ArriveVf(offered, offerContext, WithHost(next, hostIndex, WithVf(nextHost, VfEffects.After(offered, offerContext, nextHost.Vfs[vfId]))));
        return Accept(ArriveVm(attach, attachContext, next), new OutcomeData.VfAttached(vfId, config.RidOf(nextHost.NumVfs, vfId), vportId));
    }

    private static Transition MoveVmFilter(ModelConfig config, ModelState state, Command.MoveVmFilter c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        if (c.Target is not (DataPath.Vf or DataPath.Synthetic))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not defined");
        }

        var fired = FireVm(config, state, c.Vm, c.Target == DataPath.Vf ? VmTrigger.MoveFilterToVf : VmTrigger.MoveFilterToSynthetic, out var firedContext);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var vm = state.Vms[c.Vm];
        var host = state.Hosts[vm.Host];
        var vportId = c.Target == DataPath.Vf ? VPortIdOfVf(host, VfIdOwnedBy(host, c.Vm)) : 0;
        return Accept(ArriveVm(fired, firedContext, MoveVmFilterTo(state, vm.Host, c.Vm, vportId)));
    }

    /// <summary>The prologue of a VF event of a VM: VM in range and owning a VF on its host.</summary>
    private static bool VmVfRefused(ModelState state, int vm, out int vfId, out Transition refusal)
    {
        vfId = -1;
        if (VmRefused(state, vm, out refusal))
        {
            return true;
        }

        vfId = VfOfVm(state, vm);
        if (vfId < 0)
        {
            refusal = Refuse(state, NdisStatus.InvalidDeviceRequest, "VM has no VF on its host");
            return true;
        }

        return false;
    }

    /// <summary>Fires <paramref name="trigger"/> on <paramref name="vm"/>'s VF; on success the VF follows the transition taken (<see cref="VfEffects.After"/>).</summary>
    private static Transition FireVmVf(ModelConfig config, ModelState state, int vm, VfTrigger trigger)
    {
        if (VmVfRefused(state, vm, out var vfId, out var refusal))
        {
            return refusal;
        }

        var hostIndex = state.Vms[vm].Host;
        var context = new VfContext(config, state, hostIndex, vfId);
        var fired = ModelMachines.VfLifecycle.Fire(trigger, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VfSubject(hostIndex, vfId));
        }

        var host = state.Hosts[hostIndex];
        return Accept(ArriveVf(fired, context, WithHost(state, hostIndex, WithVf(host, VfEffects.After(fired, context, host.Vfs[vfId])))));
    }

    private static Transition OfferVf(ModelConfig config, ModelState state, Command.OfferVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Offer);

    private static Transition RequestVfRemoval(ModelConfig config, ModelState state, Command.RequestVfRemoval c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.RequestRemoval);

    private static Transition RemovalTimeout(ModelConfig config, ModelState state, Command.RemovalTimeout c) =>
        SurpriseRemoval(config, state, c.Vm, VfTrigger.RemovalTimeout);

    private static Transition SurpriseRemoveVf(ModelConfig config, ModelState state, Command.SurpriseRemoveVf c) =>
        SurpriseRemoval(config, state, c.Vm, VfTrigger.SurpriseRemove);

    /// <summary>A surprise removal (after the time-out, or unrequested): the stack recovers the VM to the synthetic path (INV-22).</summary>
    private static Transition SurpriseRemoval(ModelConfig config, ModelState state, int vmIndex, VfTrigger trigger)
    {
        var fired = FireVmVf(config, state, vmIndex, trigger);
        if (!fired.Outcome.IsSuccess)
        {
            return fired;
        }

        var next = fired.State;
        var vm = next.Vms[vmIndex];
        var host = next.Hosts[vm.Host];
        var vportId = VPortIdOfVf(host, VfIdOwnedBy(host, vmIndex));
        var index = FilterIndexOwnedBy(host, vmIndex);
        if (index >= 0 && host.Filters[index].VPortId == vportId)
        {
            next = MoveVmFilterTo(next, vm.Host, vmIndex, 0);
        }

        if (vm.DataPath != DataPath.Synthetic)
        {
            var synthetic = FireVm(config, next, vmIndex, VmTrigger.SwitchToSynthetic, out var syntheticContext);
            next = WithVm(next, vmIndex, vm with { DataPath = DataPath.Synthetic });
            if (synthetic.IsSuccess)
            {
                ArriveVm(synthetic, syntheticContext, next);
            }
        }

        return Accept(next);
    }

    private static Transition HostDetachVf(ModelConfig config, ModelState state, Command.HostDetachVf c)
    {
        if (VmVfRefused(state, c.Vm, out var vfId, out var refusal))
        {
            return refusal;
        }

        var hostIndex = state.Vms[c.Vm].Host;
        if (state.Hosts[hostIndex].Vfs[vfId].Device != VfDeviceState.Absent)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "guest device not Absent");
        }

        // MOVE_FILTER of the VM's filter back to the default VPort; CLEAR_FILTER of the others on the VF's VPort.
        var next = MoveVmFilterTo(state, hostIndex, c.Vm, 0);
        var host = next.Hosts[hostIndex];
        var vportId = VPortIdOfVf(host, vfId);
        if (vportId >= 0)
        {
            if (FilterCountOnVPort(host, vportId) > 0)
            {
                var filters = host.Filters.Items.RemoveAll(f => f.VPortId == vportId);
                next = WithHost(next, hostIndex, host with { Filters = filters });
            }

            // DELETE_VPORT
            var deleteContext = new VfContext(config, next, hostIndex, vfId);
            var deleted = ModelMachines.VfLifecycle.Fire(VfTrigger.DeleteVPort, deleteContext);
            if (!deleted.IsSuccess)
            {
                return RefuseFromMachine(state, deleted, NdisStatus.InvalidDeviceRequest, VfSubject(hostIndex, vfId));
            }

            host = next.Hosts[hostIndex];
            next = ArriveVf(deleted, deleteContext, WithHost(next, hostIndex, host with { VPorts = host.VPorts.RemoveAt(VPortIndex(host, vportId)) }));
        }

        // RESET_VF, then FREE_VF (scrubbed).
        var freeContext = new VfContext(config, next, hostIndex, vfId);
        var freed = ModelMachines.VfLifecycle.Fire(VfTrigger.Free, freeContext);
        if (!freed.IsSuccess)
        {
            return RefuseFromMachine(state, freed, NdisStatus.InvalidDeviceRequest, VfSubject(hostIndex, vfId));
        }

        host = next.Hosts[hostIndex];
        return Accept(ArriveVf(freed, freeContext, WithHost(next, hostIndex, WithVf(host, VfEffects.After(freed, freeContext, host.Vfs[vfId])))));
    }

    private static Transition LiveMigrationStart(ModelConfig config, ModelState state, Command.LiveMigrationStart c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var fired = FireVm(config, state, c.Vm, VmTrigger.MigrationStart, out var firedContext, c.DestinationHost);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var vm = state.Vms[c.Vm];
        var next = ClearVmFilter(state, vm.Host, c.Vm);
        return Accept(ArriveVm(fired, firedContext, WithVm(next, c.Vm, vm with { Migrating = true, MigrationDestination = c.DestinationHost, Connected = false })));
    }

    private static Transition LiveMigrationResume(ModelConfig config, ModelState state, Command.LiveMigrationResume c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var fired = FireVm(config, state, c.Vm, VmTrigger.MigrationResume, out var firedContext);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var destination = state.Vms[c.Vm].MigrationDestination;
        var next = ArriveVm(fired, firedContext, WithVm(state, c.Vm, new VmState(destination, false, -1, DataPath.Synthetic, false)));

        // The VM reconnects on the destination when its switch exists and takes the VM's filter.
        var connect = FireVm(config, next, c.Vm, VmTrigger.Connect, out var connectContext);
        if (connect.IsSuccess && ConnectVm(config, next, c.Vm, destination, out _, out _) is { } connected)
        {
            next = ArriveVm(connect, connectContext, connected);
        }

        return Accept(next);
    }
}
