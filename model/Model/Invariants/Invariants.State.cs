// State invariants: what every reachable model state satisfies.
namespace SriovVerification.Model;

/// <summary>The state invariants.</summary>
public static partial class Invariants
{
    private static void Inv01SingleDefaultSwitch(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        if (host.Switches.Length > 1)
        {
            Report(ref violations, "INV-01", $"host {h} has {host.Switches.Length} NIC switches, expected at most 1");
        }

        foreach (var s in host.Switches)
        {
            if (s.SwitchId != 0 || !s.External)
            {
                Report(ref violations, "INV-01", $"host {h} has switch {s.SwitchId} (external {s.External}), expected only the default switch 0, External");
            }
        }
    }

    private static void Inv02DefaultVPort(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var index = SriovModel.VPortIndex(host, 0);
        var hasSwitch = host.Switches.Length > 0;
        if (hasSwitch != index >= 0)
        {
            Report(ref violations, "INV-02", $"host {h}: switch exists {hasSwitch} but default VPort exists {index >= 0}");
        }

        if (index >= 0 && (!host.VPorts[index].IsOnPf || !host.VPorts[index].Activated))
        {
            var v = host.VPorts[index];
            Report(ref violations, "INV-02", $"host {h}: default VPort attached to {v.AttachedVfId}, activated {v.Activated}; expected the PF, Activated");
        }
    }

    private static void Inv03VPortIds(ModelConfig config, int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var previous = -1;
        foreach (var v in host.VPorts)
        {
            if (v.VPortId <= previous)
            {
                Report(ref violations, "INV-03", $"host {h}: VPort id {v.VPortId} duplicated or out of order after {previous}");
            }

            if (v.VPortId < 0 || v.VPortId > config.MaxNumVPorts - 1)
            {
                Report(ref violations, "INV-03", $"host {h}: VPort id {v.VPortId} outside 0 … {config.MaxNumVPorts - 1}");
            }

            previous = v.VPortId;
        }
    }

    private static void Inv04VfVPorts(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var vports = host.VPorts.Items;
        for (var i = 0; i < vports.Length; i++)
        {
            var v = vports[i];
            if (v.IsOnPf)
            {
                continue;
            }

            if (v.VPortId == 0 || VfOf(host, v.AttachedVfId) is not { IsAllocated: true })
            {
                Report(ref violations, "INV-04", $"host {h}: VPort {v.VPortId} attached to VF {v.AttachedVfId}, which is not an allocated VF");
            }

            for (var j = i + 1; j < vports.Length; j++)
            {
                if (vports[j].AttachedVfId == v.AttachedVfId)
                {
                    Report(ref violations, "INV-04", $"host {h}: VF {v.AttachedVfId} has VPorts {v.VPortId} and {vports[j].VPortId}");
                }
            }
        }
    }

    private static void Inv05VfIds(ModelConfig config, int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var allocated = 0;
        for (var i = 0; i < host.Vfs.Length; i++)
        {
            var vf = host.Vfs[i];
            if (vf.VfId != i)
            {
                Report(ref violations, "INV-05", $"host {h}: VF at position {i} has VFId {vf.VfId}");
            }

            if (vf.IsAllocated)
            {
                allocated++;
                if (i >= host.NumVfs)
                {
                    Report(ref violations, "INV-05", $"host {h}: allocated VF {vf.VfId} is not below NumVFs {host.NumVfs}");
                }
            }
        }

        if (allocated > host.NumVfs || host.NumVfs > config.TotalVfs || host.Vfs.Length > host.NumVfs)
        {
            Report(ref violations, "INV-05", $"host {h}: {allocated} allocated of {host.Vfs.Length} VFs, NumVFs {host.NumVfs}, TotalVFs {config.TotalVfs}");
        }
    }

    private static void Inv06Rids(ModelConfig config, int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var vfs = host.Vfs.Items;
        for (var i = 0; i < vfs.Length; i++)
        {
            var vf = vfs[i];
            if (!vf.IsAllocated)
            {
                continue;
            }

            var expected = config.RidOf(host.NumVfs, vf.VfId);
            if (vf.Rid != expected)
            {
                Report(ref violations, "INV-06", $"VF {vf.VfId} on host {h} has RID {Hex(vf.Rid)}, expected {Hex(expected)}");
            }

            if (vf.Rid == config.PfRid)
            {
                Report(ref violations, "INV-06", $"VF {vf.VfId} on host {h} has the PF's RID {Hex(vf.Rid)}");
            }

            for (var j = i + 1; j < vfs.Length; j++)
            {
                if (vfs[j].IsAllocated && vfs[j].Rid == vf.Rid)
                {
                    Report(ref violations, "INV-06", $"VFs {vf.VfId} and {vfs[j].VfId} on host {h} share RID {Hex(vf.Rid)}");
                }
            }
        }
    }

    private static void Inv07Limits(ModelConfig config, int h, HostState host, ref List<InvariantViolation>? violations)
    {
        if (host.VPorts.Length > config.MaxNumVPorts)
        {
            Report(ref violations, "INV-07", $"host {h} has {host.VPorts.Length} VPorts, MaxNumVPorts {config.MaxNumVPorts}");
        }

        var sum = SriovModel.QueuePairSum(host);
        if (sum > config.MaxNumQueuePairs)
        {
            Report(ref violations, "INV-07", $"host {h} has {sum} queue pairs in use, MaxNumQueuePairs {config.MaxNumQueuePairs}");
        }
    }

    private static void Inv09FiltersOnVPorts(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var previous = 0;
        foreach (var f in host.Filters)
        {
            if (f.FilterId <= previous)
            {
                Report(ref violations, "INV-09", $"host {h}: filter id {f.FilterId} zero, duplicated or out of order after {previous}");
            }

            if (SriovModel.VPortIndex(host, f.VPortId) < 0)
            {
                Report(ref violations, "INV-09", $"host {h}: filter {f.FilterId} is on VPort {f.VPortId}, which does not exist");
            }

            previous = f.FilterId;
        }
    }

    private static void Inv19ReadOnlyBits(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        foreach (var vf in host.Vfs)
        {
            if ((vf.CommandRegister & ~VfConfigSpace.CommandBusMasterEnable) != 0)
            {
                Report(ref violations, "INV-19", $"VF {vf.VfId} on host {h} has Command register {Hex(vf.CommandRegister)}: read-only bits set");
            }
        }
    }

    private static void Inv26DevicePresence(int h, HostState host, ref List<InvariantViolation>? violations)
    {
        foreach (var vf in host.Vfs)
        {
            if (vf.Device != VfDeviceState.Absent && (!vf.IsAllocated || SriovModel.VPortIdOfVf(host, vf.VfId) < 0))
            {
                Report(ref violations, "INV-26", $"VF {vf.VfId} on host {h} has guest device {vf.Device} but allocated {vf.IsAllocated}, VPort {SriovModel.VPortIdOfVf(host, vf.VfId)}");
            }
        }
    }

    private static void Inv28VfOwners(ModelState state, int h, HostState host, ref List<InvariantViolation>? violations)
    {
        var vfs = host.Vfs.Items;
        for (var i = 0; i < vfs.Length; i++)
        {
            var vf = vfs[i];
            if (!vf.IsAllocated)
            {
                continue;
            }

            if (vf.OwnerVm >= state.Vms.Length || state.Vms[vf.OwnerVm].Host != h || state.Vms[vf.OwnerVm].Migrating)
            {
                Report(ref violations, "INV-28", $"VF {vf.VfId} on host {h} is allocated to VM {vf.OwnerVm}, which does not run on host {h} or is migrating");
            }

            for (var j = i + 1; j < vfs.Length; j++)
            {
                if (vfs[j].OwnerVm == vf.OwnerVm)
                {
                    Report(ref violations, "INV-28", $"VM {vf.OwnerVm} owns VFs {vf.VfId} and {vfs[j].VfId} on host {h}");
                }
            }
        }
    }

    private static HostState? HostOf(ModelState state, VmState vm) =>
        vm.Host >= 0 && vm.Host < state.Hosts.Length ? state.Hosts[vm.Host] : null;

    private static void Inv10Steering(ModelConfig config, ModelState state, int v, ref List<InvariantViolation>? violations)
    {
        var vm = state.Vms[v];
        if (HostOf(state, vm) is not { } host)
        {
            return;
        }

        var mac = ModelConfig.MacIndexOf(v);
        var vlan = config.VlanOf(v);
        var count = 0;
        var vportId = -1;
        foreach (var f in host.Filters)
        {
            if (f.MacIndex == mac && f.Vlan == vlan)
            {
                count++;
                vportId = f.VPortId;
            }
        }

        if (count > 1)
        {
            Report(ref violations, "INV-10", $"VM {v}'s MAC+VLAN matches {count} filters on host {vm.Host}, expected at most 1");
            return;
        }

        var ownVPort = SriovModel.VPortIdOfVf(host, SriovModel.VfIdOwnedBy(host, v));
        if (vm.DataPath == DataPath.Vf && (count == 0 || vportId != ownVPort || ownVPort < 0))
        {
            Report(ref violations, "INV-10", $"VM {v} is on the VF path but its MAC+VLAN is steered to VPort {vportId}, expected its VF's VPort {ownVPort}");
        }
        else if (vm.DataPath == DataPath.Synthetic && count == 1 && vportId != 0 && vportId != ownVPort)
        {
            Report(ref violations, "INV-10", $"VM {v} is on the synthetic path but its MAC+VLAN is steered to VPort {vportId}, expected the default VPort");
        }
    }

    private static void Inv21VfPathSetUp(ModelState state, int v, ref List<InvariantViolation>? violations)
    {
        var vm = state.Vms[v];
        if (vm.DataPath != DataPath.Vf)
        {
            return;
        }

        var host = HostOf(state, vm);
        var vf = host is null ? null : VfOf(host, SriovModel.VfIdOwnedBy(host, v));
        if (vf is not { Device: VfDeviceState.Bound })
        {
            Report(ref violations, "INV-21", $"VM {v} is on the VF path but its VF device is {(vf is null ? "missing" : vf.Device.ToString())}, expected Bound");
        }
    }

    private static void Inv23NoVfWhileMigrating(ModelState state, int v, ref List<InvariantViolation>? violations)
    {
        if (!state.Vms[v].Migrating)
        {
            return;
        }

        for (var h = 0; h < state.Hosts.Length; h++)
        {
            var vfId = SriovModel.VfIdOwnedBy(state.Hosts[h], v);
            if (vfId >= 0)
            {
                Report(ref violations, "INV-23", $"VM {v} is paused for migration but owns VF {vfId} on host {h}");
            }
        }
    }

    private static void Inv27Connection(ModelState state, int v, ref List<InvariantViolation>? violations)
    {
        var vm = state.Vms[v];
        var ownHost = 0;
        var elsewhere = 0;
        for (var h = 0; h < state.Hosts.Length; h++)
        {
            foreach (var f in state.Hosts[h].Filters)
            {
                if (f.OwnerVm == v)
                {
                    if (h == vm.Host)
                    {
                        ownHost++;
                    }
                    else
                    {
                        elsewhere++;
                    }
                }
            }
        }

        var hasSwitch = HostOf(state, vm) is { Switches.Length: > 0 };
        var expected = vm.Connected ? 1 : 0;
        if (ownHost != expected || elsewhere != 0 || (vm.Connected && !hasSwitch))
        {
            Report(ref violations, "INV-27", $"VM {v} connected {vm.Connected} owns {ownHost} filters on its host {vm.Host} and {elsewhere} elsewhere, expected {expected} and 0");
        }
    }

    private static void Inv29VfPath(ModelState state, int v, ref List<InvariantViolation>? violations)
    {
        var vm = state.Vms[v];
        if (vm.DataPath != DataPath.Vf)
        {
            return;
        }

        var host = HostOf(state, vm);
        var vfId = host is null ? -1 : SriovModel.VfIdOwnedBy(host, v);
        var vf = host is null ? null : VfOf(host, vfId);
        var vportId = host is null ? -1 : SriovModel.VPortIdOfVf(host, vfId);
        var filter = host is null ? -1 : SriovModel.FilterIndexOwnedBy(host, v);
        if (vf is not { Device: VfDeviceState.Bound } || vportId < 0 || filter < 0 || host!.Filters[filter].VPortId != vportId)
        {
            Report(ref violations, "INV-29", $"VM {v} is on the VF path but VF {vfId} is {(vf is null ? "missing" : vf.Device.ToString())}, VPort {vportId}, its filter on VPort {(filter < 0 ? -1 : host!.Filters[filter].VPortId)}");
        }
    }
}
