namespace SriovVerification.Model;

/// <summary>The transition invariants.</summary>
public static partial class Invariants
{
    /// <summary>Checks every transition invariant on the step <paramref name="before"/> —<paramref name="command"/>→ <paramref name="transition"/>; empty when all hold.</summary>
    public static IReadOnlyList<InvariantViolation> CheckTransition(ModelConfig config, ModelState before, Command command, Transition transition)
    {
        List<InvariantViolation>? violations = null;
        var after = transition.State;
        var accepted = transition.Outcome.IsSuccess;

        Inv25RefusalChangesNothing(before, command, transition, ref violations);
        if (!accepted || before.Hosts.Length != after.Hosts.Length)
        {
            return violations is null ? [] : violations;
        }

        for (var h = 0; h < before.Hosts.Length; h++)
        {
            var b = before.Hosts[h];
            var a = after.Hosts[h];
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            Inv03AttachmentStable(h, b, a, ref violations);
            Inv08VPortStates(h, b, a, ref violations);
            Inv11VPortDeletion(h, command, b, a, ref violations);
            Inv13FreeVf(h, command, b, a, ref violations);
            Inv15Flr(h, command, a, ref violations);
            Inv16Scrubbed(h, b, a, ref violations);
            if (command is not (Command.PfHalt or Command.PfReset))
            {
                // A PF reset makes every VF vanish and a PF halt runs its own order (docs/MODEL.md, "The PF"): neither is a per-VF teardown or a DELETE_SWITCH.
                Inv17TeardownOrder(h, b, a, ref violations);
                Inv18DeleteSwitch(h, b, a, ref violations);
            }

            Inv20Invalidation(h, command, b, a, ref violations);
            Inv24NumVfs(config, h, b, a, ref violations);
        }

        Inv12Isolation(config, before, command, transition, ref violations);
        Inv14VfOperationIsolation(before, command, after, ref violations);
        Inv19AccessBounds(config, command, ref violations);
        Inv20Delivered(before, command, transition, ref violations);
        Inv22RemovalEnd(before, command, after, ref violations);
        return violations is null ? [] : violations;
    }

    private static void Inv25RefusalChangesNothing(ModelState before, Command command, Transition transition, ref List<InvariantViolation>? violations)
    {
        if (!transition.Outcome.IsSuccess && !ReferenceEquals(before, transition.State) && before != transition.State)
        {
            Report(ref violations, "INV-25", $"{command} was refused with {transition.Outcome.Status.ToNdisName()} but changed the state");
        }
    }

    private static void Inv03AttachmentStable(int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        foreach (var v in after.VPorts)
        {
            var index = SriovModel.VPortIndex(before, v.VPortId);
            if (index >= 0 && before.VPorts[index].AttachedVfId != v.AttachedVfId && before.Switches.Length > 0 && after.Switches.Length > 0)
            {
                Report(ref violations, "INV-03", $"host {h}: VPort {v.VPortId} attachment changed from {before.VPorts[index].AttachedVfId} to {v.AttachedVfId}");
            }
        }
    }

    private static void Inv08VPortStates(int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        foreach (var v in after.VPorts)
        {
            var index = SriovModel.VPortIndex(before, v.VPortId);
            if (index >= 0 && before.VPorts[index].Activated && !v.Activated && before.VPorts[index].AttachedVfId == v.AttachedVfId)
            {
                Report(ref violations, "INV-08", $"host {h}: VPort {v.VPortId} went Activated → Deactivated");
            }

            if (!v.IsOnPf && !v.Activated)
            {
                Report(ref violations, "INV-08", $"host {h}: VF VPort {v.VPortId} (VF {v.AttachedVfId}) is Deactivated");
            }
        }
    }

    private static void Inv11VPortDeletion(int h, Command command, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        foreach (var v in before.VPorts)
        {
            if (v.VPortId == 0 || SriovModel.VPortIndex(after, v.VPortId) >= 0)
            {
                continue;
            }

            if (command is Command.DeleteVPort && SriovModel.FilterCountOnVPort(before, v.VPortId) > 0)
            {
                Report(ref violations, "INV-11", $"host {h}: VPort {v.VPortId} was deleted with {SriovModel.FilterCountOnVPort(before, v.VPortId)} filters on it");
            }

            if (SriovModel.FilterCountOnVPort(after, v.VPortId) > 0)
            {
                Report(ref violations, "INV-11", $"host {h}: filters remain on deleted VPort {v.VPortId}");
            }
        }
    }

    private static void Inv13FreeVf(int h, Command command, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        if (command is not Command.FreeVf free || free.Host != h)
        {
            return;
        }

        var vf = VfOf(before, free.VfId);
        if (vf is not { IsAllocated: true } || SriovModel.VPortIdOfVf(before, free.VfId) >= 0)
        {
            Report(ref violations, "INV-13", $"FREE_VF of VF {free.VfId} on host {h} succeeded, but it was allocated {vf?.IsAllocated ?? false} with VPort {SriovModel.VPortIdOfVf(before, free.VfId)}");
        }
    }

    private static void Inv15Flr(int h, Command command, HostState after, ref List<InvariantViolation>? violations)
    {
        if (command is not Command.ResetVf reset || reset.Host != h || VfOf(after, reset.VfId) is not { } vf)
        {
            return;
        }

        if (vf.InterruptPending || vf.DmaActive || vf.CommandRegister != 0 || vf.MsixEnabled || vf.MsiEnabled)
        {
            Report(ref violations, "INV-15", $"after FLR VF {vf.VfId} on host {h} has interrupt pending {vf.InterruptPending}, DMA {vf.DmaActive}, Command {Hex(vf.CommandRegister)}, MSI {vf.MsiEnabled}, MSI-X {vf.MsixEnabled}");
        }
    }

    private static void Inv16Scrubbed(int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        for (var i = 0; i < after.Vfs.Length; i++)
        {
            var vf = after.Vfs[i];
            var old = VfOf(before, i);
            if (!vf.IsAllocated || (old is { IsAllocated: true } && old.OwnerVm == vf.OwnerVm))
            {
                continue;
            }

            var blocksClean = true;
            foreach (var b in vf.ConfigBlocks)
            {
                blocksClean &= b == 0;
            }

            if (!blocksClean || vf.PendingInvalidation != 0 || vf.CommandRegister != 0 || vf.MsixEnabled || vf.MsiEnabled || vf.InterruptPending || vf.DmaActive || vf.PowerD3 || vf.RemovalRequested || vf.SpoofedFrames != 0)
            {
                Report(ref violations, "INV-16", $"VF {vf.VfId} on host {h} allocated to VM {vf.OwnerVm} carries state of its previous tenant (config blocks {vf.ConfigBlocks}, pending 0x{vf.PendingInvalidation:X}, Command {Hex(vf.CommandRegister)}, MSI {vf.MsiEnabled}, MSI-X {vf.MsixEnabled}, interrupt {vf.InterruptPending}, DMA {vf.DmaActive}, D3 {vf.PowerD3}, spoofed {vf.SpoofedFrames})");
            }
        }
    }

    private static void Inv17TeardownOrder(int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        foreach (var v in before.VPorts)
        {
            if (v.IsOnPf || SriovModel.VPortIndex(after, v.VPortId) >= 0 || VfOf(before, v.AttachedVfId) is not { } vf || after.Switches.Length == 0)
            {
                continue;
            }

            if (vf.Device != VfDeviceState.Absent)
            {
                Report(ref violations, "INV-17", $"host {h}: VPort {v.VPortId} of VF {vf.VfId} deleted while the guest device is {vf.Device}");
            }
        }

        for (var i = 0; i < before.Vfs.Length; i++)
        {
            var vf = before.Vfs[i];
            if (!vf.IsAllocated || VfOf(after, i) is not { IsAllocated: false } freed)
            {
                continue;
            }

            if (vf.Device != VfDeviceState.Absent || SriovModel.VPortIdOfVf(after, i) >= 0)
            {
                Report(ref violations, "INV-17", $"host {h}: VF {i} freed with guest device {vf.Device}, VPort {SriovModel.VPortIdOfVf(after, i)}");
            }

            if (freed.InterruptPending || freed.DmaActive || freed.CommandRegister != 0 || freed.MsixEnabled || freed.MsiEnabled)
            {
                Report(ref violations, "INV-17", $"host {h}: VF {i} freed without a reset (interrupt {freed.InterruptPending}, DMA {freed.DmaActive})");
            }
        }
    }

    private static void Inv18DeleteSwitch(int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        if (before.Switches.Length == 0 || after.Switches.Length > 0)
        {
            return;
        }

        var allocated = SriovModel.AllocatedVfCount(before);
        var nondefault = SriovModel.NondefaultVPortCount(before);
        if (allocated > 0 || nondefault > 0 || before.Filters.Length > 0)
        {
            Report(ref violations, "INV-18", $"host {h}: switch deleted with {allocated} VFs allocated, {nondefault} nondefault VPorts, {before.Filters.Length} filters");
        }
    }

    private static void Inv20Invalidation(int h, Command command, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        for (var i = 0; i < before.Vfs.Length && i < after.Vfs.Length; i++)
        {
            var b = before.Vfs[i];
            var a = after.Vfs[i];
            if (!b.IsAllocated || a.OwnerVm != b.OwnerVm || command is Command.GuestHandleInvalidation)
            {
                continue;
            }

            var expected = b.PendingInvalidation;
            if (command is Command.InvalidateConfigBlock inv && inv.Host == h && inv.VfId == i)
            {
                expected |= inv.Mask;
            }

            if ((a.PendingInvalidation & expected) != expected)
            {
                Report(ref violations, "INV-20", $"VF {i} on host {h}: pending invalidation 0x{a.PendingInvalidation:X}, expected ⊇ 0x{expected:X}");
            }
        }
    }

    private static void Inv20Delivered(ModelState before, Command command, Transition transition, ref List<InvariantViolation>? violations)
    {
        if (command is not Command.GuestHandleInvalidation handle || handle.Vm < 0 || handle.Vm >= before.Vms.Length)
        {
            return;
        }

        var vm = before.Vms[handle.Vm];
        if (vm.Host < 0 || vm.Host >= before.Hosts.Length || VfOf(before.Hosts[vm.Host], SriovModel.VfIdOwnedBy(before.Hosts[vm.Host], handle.Vm)) is not { } vf)
        {
            return;
        }

        var delivered = transition.Outcome.Data is OutcomeData.InvalidationDelivered d ? d.Mask : 0UL;
        if ((delivered & vf.PendingInvalidation) != vf.PendingInvalidation)
        {
            Report(ref violations, "INV-20", $"VM {handle.Vm} received invalidation mask 0x{delivered:X}, expected ⊇ 0x{vf.PendingInvalidation:X}");
        }
    }

    private static void Inv24NumVfs(ModelConfig config, int h, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        if (after.NumVfs > config.TotalVfs)
        {
            Report(ref violations, "INV-24", $"host {h}: NumVFs {after.NumVfs} exceeds TotalVFs {config.TotalVfs}");
        }

        if (after.NumVfs != before.NumVfs && before.VfEnable && after.VfEnable)
        {
            Report(ref violations, "INV-24", $"host {h}: NumVFs changed {before.NumVfs} → {after.NumVfs} while VF Enable was set");
        }
    }

    private static void Inv12Isolation(ModelConfig config, ModelState before, Command command, Transition transition, ref List<InvariantViolation>? violations)
    {
        if (transition.Outcome.Data is not OutcomeData.Frame { Fate: FrameFate.DeliveredToVm } frame)
        {
            return;
        }

        var (host, mac, vlan, sender) = command switch
        {
            Command.ReceiveFrame r => (r.Host, r.MacIndex, r.Vlan, -1),
            Command.GuestSendFrame s when s.Vm >= 0 && s.Vm < before.Vms.Length => (before.Vms[s.Vm].Host, s.MacIndex, s.Vlan, s.Vm),
            _ => (-1, -1, -1, -1),
        };
        var v = frame.Vm;
        if (v >= 0 && v < before.Vms.Length && before.Vms[v].Host == host && frame.Path == DataPath.Vf && SteeredToVfOf(before.Hosts[host], v, mac, vlan))
        {
            // A filter set by the management OS on the VM's VF VPort steers this MAC+VLAN to that VM (docs/MODEL.md, decision 12).
            return;
        }

        if (v < 0 || v >= before.Vms.Length || v == sender || mac != ModelConfig.MacIndexOf(v) || vlan != config.VlanOf(v) || before.Vms[v].Host != host)
        {
            Report(ref violations, "INV-12", $"{command} delivered to VM {v}, whose MAC+VLAN it does not match (or the sender, or on another host)");
            return;
        }

        if (frame.Path == DataPath.Vf && host >= 0 && host < before.Hosts.Length)
        {
            var hostState = before.Hosts[host];
            var filter = SriovModel.FilterIndexRouting(hostState, mac, vlan);
            var vportId = SriovModel.VPortIdOfVf(hostState, SriovModel.VfIdOwnedBy(hostState, v));
            if (filter < 0 || vportId < 0 || hostState.Filters[filter].VPortId != vportId)
            {
                Report(ref violations, "INV-12", $"{command} delivered to VM {v} over its VF, but no filter steers it to VPort {vportId}");
            }
        }
    }

    private static bool SteeredToVfOf(HostState host, int vm, int mac, int vlan)
    {
        var filter = SriovModel.FilterIndexRouting(host, mac, vlan);
        var vportId = SriovModel.VPortIdOfVf(host, SriovModel.VfIdOwnedBy(host, vm));
        return filter >= 0 && vportId >= 0 && host.Filters[filter].VPortId == vportId;
    }

    private static bool IsVfOperation(Command command, out int host, out int vfId)
    {
        (host, vfId) = command switch
        {
            Command.FreeVf c => (c.Host, c.VfId),
            Command.ResetVf c => (c.Host, c.VfId),
            Command.SetVfPowerState c => (c.Host, c.VfId),
            Command.ReadVfConfigSpace c => (c.Host, c.VfId),
            Command.WriteVfConfigSpace c => (c.Host, c.VfId),
            Command.ReadVfConfigBlock c => (c.Host, c.VfId),
            Command.WriteVfConfigBlock c => (c.Host, c.VfId),
            Command.InvalidateConfigBlock c => (c.Host, c.VfId),
            _ => (-1, -1),
        };
        return host >= 0;
    }

    private static void Inv14VfOperationIsolation(ModelState before, Command command, ModelState after, ref List<InvariantViolation>? violations)
    {
        if (!IsVfOperation(command, out var target, out var vfId) || ReferenceEquals(before, after))
        {
            return;
        }

        if (before.Vms != after.Vms)
        {
            Report(ref violations, "INV-14", $"{command} changed a VM");
        }

        for (var h = 0; h < before.Hosts.Length; h++)
        {
            var b = before.Hosts[h];
            var a = after.Hosts[h];
            if (h != target)
            {
                if (a != b)
                {
                    Report(ref violations, "INV-14", $"{command} changed host {h}");
                }

                continue;
            }

            if (a.Switches != b.Switches || a.NumVfs != b.NumVfs || a.VfEnable != b.VfEnable || a.VPorts != b.VPorts || a.Filters != b.Filters || a.Vfs.Length != b.Vfs.Length)
            {
                Report(ref violations, "INV-14", $"{command} changed the PF or the switch of host {h}");
                continue;
            }

            for (var i = 0; i < a.Vfs.Length; i++)
            {
                if (i != vfId && a.Vfs[i] != b.Vfs[i])
                {
                    Report(ref violations, "INV-14", $"{command} changed VF {i} on host {h}");
                }
            }
        }
    }

    private static void Inv19AccessBounds(ModelConfig config, Command command, ref List<InvariantViolation>? violations)
    {
        var (offset, length, bufferOffset, bufferLength) = command switch
        {
            Command.ReadVfConfigSpace r => (r.Offset, r.Length, r.BufferOffset, r.BufferLength),
            Command.WriteVfConfigSpace w => (w.Offset, w.Length, w.BufferOffset, w.BufferLength),
            _ => (0, 1, 0, 1),
        };
        if (offset < 0 || length < 1 || bufferOffset < 0 || (long)offset + length > config.VfConfigSpaceSizeBytes || (long)bufferOffset + length > bufferLength)
        {
            Report(ref violations, "INV-19", $"{command} succeeded outside the config space ({config.VfConfigSpaceSizeBytes} bytes) or the buffer");
        }
    }

    private static void Inv22RemovalEnd(ModelState before, Command command, ModelState after, ref List<InvariantViolation>? violations)
    {
        var vmIndex = command switch
        {
            Command.HostDetachVf d => d.Vm,
            Command.RemovalTimeout t => t.Vm,
            Command.SurpriseRemoveVf s => s.Vm,
            _ => -1,
        };
        if (vmIndex < 0 || vmIndex >= after.Vms.Length)
        {
            return;
        }

        var vm = after.Vms[vmIndex];
        if (HostOf(after, vm) is not { } host)
        {
            return;
        }

        var filter = SriovModel.FilterIndexOwnedBy(host, vmIndex);
        if (vm.DataPath != DataPath.Synthetic || (filter >= 0 && host.Filters[filter].VPortId != 0))
        {
            Report(ref violations, "INV-22", $"after {command} VM {vmIndex} is on the {vm.DataPath} path with its filter on VPort {(filter < 0 ? -1 : host.Filters[filter].VPortId)}, expected Synthetic and the default VPort");
        }
    }
}
