// Host room: the host stack's recovery: after a PF reset, and its recovery pass over time-outs, detach retries and rebuilds.
using System.Globalization;

namespace SriovVerification.Implementation.Host;

/// <content>
/// Recovery: what the stack does after a PF reset, and a recovery pass that drives every VF of this host towards a
/// settled state (on the VF path, or detached) with time-outs instead of waiting for a guest that may never answer.
/// </content>
public sealed partial class HostStack
{
    private readonly SortedSet<int> connectionsToRestore = [];
    private readonly Dictionary<int, (VfDeviceState State, long SinceTicks)> observedDevices = [];
    private int? switchToRecreateNumVfs;

    /// <summary>The PF was reset: the VMs fall back to the synthetic path and the stack remembers what to rebuild.</summary>
    internal void OnPfReset(int numVfs)
    {
        if (numVfs > 0)
        {
            switchToRecreateNumVfs = numVfs;
        }

        foreach (var vm in vmFilterIds.Keys)
        {
            connectionsToRestore.Add(vm);
        }

        vmFilterIds = vmFilterIds.Clear();
        observedDevices.Clear();
        foreach (var vm in vms.Where(v => v.Host == HostIndex && !Options.Adapter.Has(DefectCatalog.PfResetLeavesVfPath)))
        {
            vm.Guest.DataPath = DataPath.Synthetic;
        }
    }

    /// <summary>
    /// One recovery pass at the current virtual time. Each rule acts at most once per VF or VM per pass; a refused OID
    /// leaves its rule pending for the next pass (retry). Returns what it did, one line per action.
    /// </summary>
    internal IReadOnlyList<string> Recover(RecoveryPolicy policy)
    {
        var actions = new List<string>();
        RebuildAfterPfReset(actions);
        FireDueRemovalTimeouts();
        foreach (var vfId in observedDevices.Keys.Where(id => Miniport.FindVf(id) is not { IsAllocated: true }).ToList())
        {
            observedDevices.Remove(vfId);
        }

        foreach (var snapshot in Miniport.Vfs.Where(v => v.IsAllocated))
        {
            var vf = Miniport.FindVf(snapshot.VfId)!;
            var vm = VmByName(vf.OwnerVmName);
            var age = Observe(vf);
            if (vm is null)
            {
                continue;
            }

            if (vf.Device == VfDeviceState.SurpriseRemoved && age >= policy.HaltTimeoutTicks)
            {
                vf.RemovalDeadlineTicks = null;
                Miniport.SetDmaActive(vf, false);
                Miniport.SetDevice(vf, VfDeviceState.Absent);
                actions.Add(Line($"VF {vf.VfId} (VM {vm.Index}): halt never came, device revoked"));
            }
            else if (vf.Device is VfDeviceState.Offered or VfDeviceState.Initialized or VfDeviceState.Bound
                && vm.Guest.DataPath == DataPath.Synthetic && vf.RemovalDeadlineTicks is null && age >= policy.SetupTimeoutTicks)
            {
                RequestRemoval(vf, Options.RemovalTimeoutTicks);
                actions.Add(Line($"VF {vf.VfId} (VM {vm.Index}): initialization not finished after {age} ticks, removal requested"));
            }
            else if (vf.Device == VfDeviceState.Absent && age >= policy.SetupTimeoutTicks)
            {
                var status = DetachVf(vm, vf);
                actions.Add(Line($"VF {vf.VfId} (VM {vm.Index}): not in the guest, detach: {status}"));
            }
        }

        return actions;
    }

    /// <summary>The rebuild after a PF reset: the switch again with the NumVFs it had, then the VMs' filters on the default VPort.</summary>
    private void RebuildAfterPfReset(List<string> actions)
    {
        if (switchToRecreateNumVfs is int numVfs && !Miniport.SwitchExists && Miniport.SriovEnabled)
        {
            var status = Issue(NdisRequests.CreateSwitch(numVfs));
            actions.Add(Line($"re-create the NIC switch (NumVFs={numVfs}): {status}"));
            if (status == NdisStatus.Success)
            {
                switchToRecreateNumVfs = null;
            }
        }

        if (Miniport.SwitchExists)
        {
            foreach (var index in connectionsToRestore.ToList())
            {
                var vm = vms[index];
                if (vm.Host != HostIndex || vm.Migrating || IsConnected(vm))
                {
                    connectionsToRestore.Remove(index);
                    continue;
                }

                var result = Connect(vm);
                actions.Add(Line($"restore VM {index}'s filter on the default VPort: {result.Status}"));
                if (result.IsSuccess)
                {
                    connectionsToRestore.Remove(index);
                }
            }
        }
    }

    /// <summary>What the stack still has to do before this host is settled; empty when nothing is pending.</summary>
    internal IReadOnlyList<string> PendingObligations()
    {
        var pending = new List<string>();
        if (switchToRecreateNumVfs is int numVfs && !Miniport.SwitchExists)
        {
            pending.Add(Line($"NIC switch absent after a PF reset, re-create pending (NumVFs={numVfs})"));
        }

        foreach (var index in connectionsToRestore)
        {
            pending.Add(Line($"VM {index}'s filter not restored after a PF reset"));
        }

        foreach (var vf in Miniport.Vfs.Where(v => v.IsAllocated))
        {
            var vm = VmByName(vf.OwnerVmName);
            var onVfPath = vm?.Guest.DataPath == DataPath.Vf;
            var what = vf.Device switch
            {
                VfDeviceState.Bound when onVfPath && !vf.RemovalRequested => null,
                VfDeviceState.SurpriseRemoved => "halt pending",
                VfDeviceState.Paused or VfDeviceState.Unbound => "halt pending",
                VfDeviceState.Absent => "detach pending",
                VfDeviceState.Offered => "guest initialization pending",
                _ when vf.RemovalRequested => $"removal pending until tick {vf.RemovalDeadlineTicks}",
                _ => "data-path switch pending",
            };
            if (what is not null)
            {
                pending.Add(Line($"VF {vf.VfId} (VM {vm?.Index ?? -1}) still {vf.Device}, {what}"));
            }
        }

        foreach (var (oid, status) in Miniport.InjectedOidFailures)
        {
            pending.Add(Line($"injected {status} for {oid} not yet taken"));
        }

        return pending;
    }

    /// <summary>Ticks the VF's device has been in its current state, as far as the recovery passes have seen it.</summary>
    private long Observe(VirtualFunction vf)
    {
        if (!observedDevices.TryGetValue(vf.VfId, out var seen) || seen.State != vf.Device)
        {
            seen = (vf.Device, Clock.NowTicks);
            observedDevices[vf.VfId] = seen;
        }

        return Clock.NowTicks - seen.SinceTicks;
    }

    private string Line(FormattableString text) => string.Create(CultureInfo.InvariantCulture, $"host {HostIndex}: ") + text.ToString(CultureInfo.InvariantCulture);
}
