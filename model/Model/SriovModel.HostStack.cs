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

        var vm = state.Vms[c.Vm];
        if (vm.Migrating || vm.Connected)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM migrating or already connected");
        }

        if (vm.Host < 0 || vm.Host >= state.Hosts.Length || state.Hosts[vm.Host].Switches.Length == 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "the VM's host has no switch");
        }

        var next = ConnectVm(config, state, c.Vm, vm.Host, out var filterId, out refusal);
        return next is null ? refusal : Accept(next, new OutcomeData.FilterCreated(filterId));
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

        var vm = state.Vms[c.Vm];
        if (!vm.Connected)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM not connected");
        }

        if (VfOfVm(state, c.Vm) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM has a VF on its host");
        }

        return Accept(WithVm(ClearVmFilter(state, vm.Host, c.Vm), c.Vm, vm with { Connected = false }));
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

    private static Transition HostAttachVf(ModelConfig config, ModelState state, Command.HostAttachVf c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        if (vm.Host < 0 || vm.Host >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "the VM's host is out of range");
        }

        if (!config.IsSriovEnabled(vm.Host))
        {
            return Refuse(state, NdisStatus.NotSupported, "SR-IOV disabled on the VM's host");
        }

        if (vm.Migrating || !vm.Connected || VfOfVm(state, c.Vm) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM migrating, not connected, or already has a VF");
        }

        var hostIndex = vm.Host;
        var host = state.Hosts[hostIndex];
        if (host.Switches.Length == 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "the VM's host has no switch");
        }

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
        var created = ModelMachines.VfLifecycle.Fire(VfTrigger.CreateVPort, new VfContext(config, allocated, hostIndex, vfId));
        if (!created.IsSuccess)
        {
            return RefuseFromMachine(state, created, NdisStatus.InvalidParameter, VfTrigger.CreateVPort, VfSubject(hostIndex, vfId));
        }

        var vportId = SmallestFreeVPortId(allocated.Hosts[hostIndex]);
        var next = WithHost(allocated, hostIndex, InsertVPort(allocated.Hosts[hostIndex], new VPortState(vportId, vfId, true, c.QueuePairs)));

        // Host-driven policy: MOVE_FILTER of the VM's filter to the VF's VPort.
        if (config.FilterMovePolicy == FilterMovePolicy.HostDriven)
        {
            next = MoveVmFilterTo(next, hostIndex, c.Vm, vportId);
        }

        // The VPCI offer.
        var offered = ModelMachines.VfLifecycle.Fire(VfTrigger.Offer, new VfContext(config, next, hostIndex, vfId));
        if (!offered.IsSuccess)
        {
            return RefuseFromMachine(state, offered, NdisStatus.InvalidDeviceRequest, VfTrigger.Offer, VfSubject(hostIndex, vfId));
        }

        var nextHost = next.Hosts[hostIndex];
        next = WithHost(next, hostIndex, WithVf(nextHost, nextHost.Vfs[vfId] with { Device = VfDeviceState.Offered }));
        return Accept(next, new OutcomeData.VfAttached(vfId, config.RidOf(vfId), vportId));
    }

    private static Transition MoveVmFilter(ModelConfig config, ModelState state, Command.MoveVmFilter c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        if (!vm.Connected || vm.Host < 0 || vm.Host >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM not connected");
        }

        var host = state.Hosts[vm.Host];
        switch (c.Target)
        {
            case DataPath.Vf:
                var vfId = VfIdOwnedBy(host, c.Vm);
                var vportId = vfId < 0 ? -1 : VPortIdOfVf(host, vfId);
                if (vportId < 0)
                {
                    return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM has no VF with a VPort");
                }

                return Accept(MoveVmFilterTo(state, vm.Host, c.Vm, vportId));
            case DataPath.Synthetic:
                if (vm.DataPath == DataPath.Vf)
                {
                    return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM's data path is Vf");
                }

                return Accept(MoveVmFilterTo(state, vm.Host, c.Vm, 0));
            default:
                return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not defined");
        }
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

    /// <summary>Fires <paramref name="trigger"/> on <paramref name="vm"/>'s VF; on success sets its device state by <paramref name="effect"/>.</summary>
    private static Transition FireVmVf(ModelConfig config, ModelState state, int vm, VfTrigger trigger, Func<VfState, VfState> effect)
    {
        if (VmVfRefused(state, vm, out var vfId, out var refusal))
        {
            return refusal;
        }

        var hostIndex = state.Vms[vm].Host;
        var fired = ModelMachines.VfLifecycle.Fire(trigger, new VfContext(config, state, hostIndex, vfId));
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, trigger, VfSubject(hostIndex, vfId));
        }

        var host = state.Hosts[hostIndex];
        return Accept(WithHost(state, hostIndex, WithVf(host, effect(host.Vfs[vfId]))));
    }

    private static Transition OfferVf(ModelConfig config, ModelState state, Command.OfferVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Offer, vf => vf with { Device = VfDeviceState.Offered });

    private static Transition RequestVfRemoval(ModelConfig config, ModelState state, Command.RequestVfRemoval c) =>
        FireVmVf(
            config,
            state,
            c.Vm,
            VfTrigger.RequestRemoval,
            vf => vf.Device == VfDeviceState.Offered ? vf with { Device = VfDeviceState.Absent } : vf with { RemovalRequested = true });

    private static Transition RemovalTimeout(ModelConfig config, ModelState state, Command.RemovalTimeout c)
    {
        var fired = FireVmVf(config, state, c.Vm, VfTrigger.RemovalTimeout, vf => vf with { Device = VfDeviceState.SurpriseRemoved, RemovalRequested = false });
        if (!fired.Outcome.IsSuccess)
        {
            return fired;
        }

        var next = fired.State;
        var vm = next.Vms[c.Vm];
        var host = next.Hosts[vm.Host];
        var vportId = VPortIdOfVf(host, VfIdOwnedBy(host, c.Vm));
        var index = FilterIndexOwnedBy(host, c.Vm);
        if (index >= 0 && host.Filters[index].VPortId == vportId)
        {
            next = MoveVmFilterTo(next, vm.Host, c.Vm, 0);
        }

        if (vm.DataPath != DataPath.Synthetic)
        {
            next = WithVm(next, c.Vm, vm with { DataPath = DataPath.Synthetic });
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
            var deleted = ModelMachines.VfLifecycle.Fire(VfTrigger.DeleteVPort, new VfContext(config, next, hostIndex, vfId));
            if (!deleted.IsSuccess)
            {
                return RefuseFromMachine(state, deleted, NdisStatus.InvalidDeviceRequest, VfTrigger.DeleteVPort, VfSubject(hostIndex, vfId));
            }

            host = next.Hosts[hostIndex];
            next = WithHost(next, hostIndex, host with { VPorts = host.VPorts.RemoveAt(VPortIndex(host, vportId)) });
        }

        // RESET_VF, then FREE_VF (scrubbed).
        var freed = ModelMachines.VfLifecycle.Fire(VfTrigger.Free, new VfContext(config, next, hostIndex, vfId));
        if (!freed.IsSuccess)
        {
            return RefuseFromMachine(state, freed, NdisStatus.InvalidDeviceRequest, VfTrigger.Free, VfSubject(hostIndex, vfId));
        }

        host = next.Hosts[hostIndex];
        return Accept(WithHost(next, hostIndex, WithVf(host, FreshVf(config, vfId))));
    }

    private static Transition LiveMigrationStart(ModelConfig config, ModelState state, Command.LiveMigrationStart c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        if (vm.Migrating || c.DestinationHost == vm.Host || c.DestinationHost < 0 || c.DestinationHost >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM migrating, or destination is its host or out of range");
        }

        if (VfOfVm(state, c.Vm) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM has a VF (INV-23)");
        }

        var next = ClearVmFilter(state, vm.Host, c.Vm);
        return Accept(WithVm(next, c.Vm, vm with { Migrating = true, MigrationDestination = c.DestinationHost, Connected = false }));
    }

    private static Transition LiveMigrationResume(ModelConfig config, ModelState state, Command.LiveMigrationResume c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        if (!vm.Migrating || vm.MigrationDestination < 0 || vm.MigrationDestination >= state.Hosts.Length)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "VM not migrating");
        }

        var destination = vm.MigrationDestination;
        var next = WithVm(state, c.Vm, new VmState(destination, false, -1, DataPath.Synthetic, false));
        if (next.Hosts[destination].Switches.Length > 0)
        {
            next = ConnectVm(config, next, c.Vm, destination, out _, out _) ?? next;
        }

        return Accept(next);
    }
}
