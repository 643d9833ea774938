// Host room: the PF's own lifecycle as the stack drives it.

namespace SriovVerification.Implementation.Host;

/// <content>The PF's own lifecycle as the stack drives it: halt in the spec's order, initialize again, recover from a reset.</content>
public sealed partial class HostStack
{
    /// <summary>
    /// PF halt (spec section 3): every guest off its VF (its device gone, the VM on the synthetic path), every filter
    /// cleared (the VMs disconnected), the nondefault VPorts deleted, the VFs reset and freed, DELETE_SWITCH, then the
    /// miniport halts. Returns INVALID_DEVICE_REQUEST when it is halted already.
    /// </summary>
    internal AdapterResult HaltPf()
    {
        if (Miniport.Halted)
        {
            return AdapterResult.Refused(NdisStatus.InvalidDeviceRequest, $"the PF of host {HostIndex} is halted already");
        }

        foreach (var snapshot in Miniport.Vfs.Where(v => v.IsAllocated))
        {
            var vf = Miniport.FindVf(snapshot.VfId)!;
            vf.RemovalDeadlineTicks = null;
            Miniport.SetDmaActive(vf, false);
            Miniport.SetDevice(vf, VfDeviceState.Absent);
            if (VmByName(vf.OwnerVmName) is { } owner)
            {
                owner.Guest.DataPath = DataPath.Synthetic;
            }
        }

        foreach (var filter in Miniport.Filters)
        {
            Issue(NdisRequests.ClearFilter(filter.FilterId));
        }

        vmFilterIds = vmFilterIds.Clear();
        foreach (var vport in Miniport.VPorts.Where(p => p.VPortId != NdisConstants.DefaultVPortId))
        {
            Issue(NdisRequests.DeleteVPort(vport.VPortId));
        }

        foreach (var vf in Miniport.Vfs.Where(v => v.IsAllocated))
        {
            Issue(NdisRequests.ResetVf(vf.VfId));
            Issue(NdisRequests.FreeVf(vf.VfId));
        }

        if (Miniport.SwitchExists)
        {
            Issue(NdisRequests.DeleteSwitch());
        }

        connectionsToRestore.Clear();
        observedDevices.Clear();
        switchToRecreateNumVfs = null;
        Miniport.Halt();
        return AdapterResult.Ok;
    }

    /// <summary>NDIS initializes the halted PF miniport again; INVALID_DEVICE_REQUEST when it is not halted.</summary>
    internal AdapterResult InitializePf()
    {
        if (!Miniport.Halted)
        {
            return AdapterResult.Refused(NdisStatus.InvalidDeviceRequest, $"the PF of host {HostIndex} is not halted");
        }

        Miniport.Initialize();
        return AdapterResult.Ok;
    }

    /// <summary>After a PF reset: the switch again with the NumVFs it had, then the connected VMs' filters on the default VPort.</summary>
    internal IReadOnlyList<string> RecoverFromPfReset()
    {
        var actions = new List<string>();
        RebuildAfterPfReset(actions);
        return actions;
    }
}
