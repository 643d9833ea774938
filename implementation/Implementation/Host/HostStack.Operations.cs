// Host room: the host stack's own sequences.
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation.Host;

/// <content>The host stack's own sequences: connect, attach, detach, removal and migration.</content>
public sealed partial class HostStack
{
    private NdisStatus Issue(OidRequest request) => Miniport.Request(request).Status;

    internal AdapterResult Connect(VirtualMachine vm)
    {
        var result = Miniport.Request(NdisRequests.SetFilter((int)NdisConstants.DefaultVPortId, vm.MacAddress, vm.VlanId));
        if (!result.IsSuccess)
        {
            return AdapterResult.Refused(result.Status, "SET_FILTER of the VM's MAC+VLAN refused");
        }

        var filterId = (int)NdisRequests.Decode<NdisReceiveFilterParameters>(result).FilterId;
        vmFilterIds = vmFilterIds.SetItem(vm.Index, filterId);
        return AdapterResult.With(new AdapterData.FilterCreated(filterId));
    }

    internal NdisStatus Disconnect(VirtualMachine vm)
    {
        if (!vmFilterIds.TryGetValue(vm.Index, out var filterId))
        {
            return NdisStatus.Success;
        }

        vmFilterIds = vmFilterIds.Remove(vm.Index);

        var status = Issue(NdisRequests.ClearFilter(filterId));
        return status == NdisStatus.FileNotFound ? NdisStatus.Success : status;
    }

    /// <summary>Moves the VM's filter to <paramref name="destinationVPortId"/> when it is not there already.</summary>
    internal NdisStatus MoveVmFilterTo(VirtualMachine vm, int destinationVPortId)
    {
        if (FilterIdOf(vm) is not int filterId || Miniport.FindFilter(filterId) is not { } filter || filter.VPortId == destinationVPortId)
        {
            return NdisStatus.Success;
        }

        return Issue(NdisRequests.MoveFilter(filterId, filter.VPortId, destinationVPortId));
    }

    internal AdapterResult AttachVf(VirtualMachine vm, int queuePairs)
    {
        var allocate = Miniport.Request(NdisRequests.AllocateVf(vm.Name, VirtualMachine.NicName(vm.Index), vm.MacAddress));
        if (!allocate.IsSuccess)
        {
            return AdapterResult.Refused(allocate.Status, "ALLOCATE_VF refused");
        }

        var vfParameters = NdisRequests.Decode<NdisNicSwitchVfParameters>(allocate);
        var vfId = (int)vfParameters.VFId;
        StepBoundary(YieldPoints.AttachAfterAllocate);
        var create = Miniport.Request(NdisRequests.CreateVPort((ushort)vfId, queuePairs));
        if (!create.IsSuccess)
        {
            Issue(NdisRequests.FreeVf(vfId));
            return AdapterResult.Refused(create.Status, "CREATE_VPORT refused; VF freed again");
        }

        var vportId = (int)NdisRequests.Decode<NdisNicSwitchVPortParameters>(create).VPortId;
        StepBoundary(YieldPoints.AttachAfterCreateVPort);
        if (Options.FilterMovePolicy == FilterMovePolicy.HostDriven)
        {
            var move = MoveVmFilterTo(vm, vportId);
            if (move != NdisStatus.Success)
            {
                Issue(NdisRequests.DeleteVPort(vportId));
                Issue(NdisRequests.FreeVf(vfId));
                return AdapterResult.Refused(move, "MOVE_FILTER to the VF's VPort refused; VPort deleted and VF freed again");
            }

            StepBoundary(YieldPoints.AttachAfterMoveFilter);
        }

        Miniport.SetDevice(Miniport.FindVf(vfId)!, VfDeviceState.Offered);
        return AdapterResult.With(new AdapterData.VfAttached(vfId, (int)vfParameters.RequestorId, vportId));
    }

    internal void Offer(VirtualFunction vf) => Miniport.SetDevice(vf, VfDeviceState.Offered);

    internal void RequestRemoval(VirtualFunction vf, long removalTimeoutTicks)
    {
        if (vf.Device == VfDeviceState.Offered)
        {
            Miniport.SetDevice(vf, VfDeviceState.Absent);
            return;
        }

        vf.RemovalDeadlineTicks = Clock.NowTicks + removalTimeoutTicks;
    }

    /// <summary>
    /// The removal time-out fired: <c>NdisDevicePnPEventSurpriseRemoved</c> to the VF miniport (its halt is now pending),
    /// NetVSC falls back to the synthetic path, and the stack moves the VM's filter back to the default VPort.
    /// </summary>
    internal void SurpriseRemove(VirtualMachine vm, VirtualFunction vf, bool keepAbsent = false)
    {
        vf.RemovalDeadlineTicks = null;
        if (!(keepAbsent && vf.Device == VfDeviceState.Absent))
        {
            Miniport.SetDevice(vf, VfDeviceState.SurpriseRemoved);
        }

        vm.Guest.DataPath = DataPath.Synthetic;
        if (Options.Adapter.Has(DefectCatalog.SurpriseRemovalSkipsFilterMove))
        {
            return;
        }

        var vport = Miniport.VPortOfVf(vf);
        if (vport is not null && FilterIdOf(vm) is int filterId && Miniport.FindFilter(filterId)?.VPortId == vport.VPortId)
        {
            MoveVmFilterTo(vm, (int)NdisConstants.DefaultVPortId);
        }
    }

    /// <summary>Teardown after the guest is off the VF: filter back, other filters cleared, DELETE_VPORT, RESET_VF, FREE_VF.</summary>
    internal NdisStatus DetachVf(VirtualMachine vm, VirtualFunction vf)
    {
        var vport = Miniport.VPortOfVf(vf);
        if (vport is not null)
        {
            var status = MoveVmFilterTo(vm, (int)NdisConstants.DefaultVPortId);
            if (status != NdisStatus.Success)
            {
                return status;
            }

            StepBoundary(YieldPoints.DetachAfterMoveFilter);
            foreach (var other in Miniport.FiltersOn(vport.VPortId))
            {
                status = Issue(NdisRequests.ClearFilter(other.FilterId));
                if (status != NdisStatus.Success)
                {
                    return status;
                }

                var owner = FilterOwner(other.FilterId);
                if (owner >= 0)
                {
                    vmFilterIds = vmFilterIds.Remove(owner);
                }
            }

            StepBoundary(YieldPoints.DetachAfterClearFilters);
            status = Issue(NdisRequests.DeleteVPort(vport.VPortId));
            if (status != NdisStatus.Success)
            {
                return status;
            }

            StepBoundary(YieldPoints.DetachAfterDeleteVPort);
        }

        var reset = Issue(NdisRequests.ResetVf(vf.VfId));
        if (reset != NdisStatus.Success)
        {
            return reset;
        }

        StepBoundary(YieldPoints.DetachAfterResetVf);
        return Issue(NdisRequests.FreeVf(vf.VfId));
    }

    /// <summary>Fires every removal time-out on this host that is due at the current virtual time, earliest first.</summary>
    internal void FireDueRemovalTimeouts()
    {
        var due = Miniport.Vfs
            .Where(v => v.RemovalDeadlineTicks is long t && t <= Clock.NowTicks)
            .OrderBy(v => v.RemovalDeadlineTicks)
            .ThenBy(v => v.VfId)
            .ToList();
        foreach (var snapshot in due)
        {
            var vf = Miniport.FindVf(snapshot.VfId)!;
            var vm = VmByName(vf.OwnerVmName);
            if (vm is not null)
            {
                SurpriseRemove(vm, vf);
            }
            else
            {
                vf.RemovalDeadlineTicks = null;
            }
        }
    }
}
