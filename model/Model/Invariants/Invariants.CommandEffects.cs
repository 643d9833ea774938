// Transition invariants on a command's own effect: frame isolation, VF operation isolation, access bounds, delivery, removal end.
namespace SriovVerification.Model;

/// <content>The transition invariants that read the command's arguments through its <see cref="CommandDescriptor"/>.</content>
public static partial class Invariants
{
    private static void Inv20Delivered(ModelState before, CommandDescriptor descriptor, Command command, Transition transition, ref List<InvariantViolation>? violations)
    {
        var vmIndex = descriptor.Traits.HasFlag(CommandTraits.DeliversInvalidation) ? descriptor.VmOf!(command) : -1;
        if (vmIndex < 0 || vmIndex >= before.Vms.Length)
        {
            return;
        }

        var vm = before.Vms[vmIndex];
        if (vm.Host < 0 || vm.Host >= before.Hosts.Length || VfOf(before.Hosts[vm.Host], SriovModel.VfIdOwnedBy(before.Hosts[vm.Host], vmIndex)) is not { } vf)
        {
            return;
        }

        var delivered = transition.Outcome.Data is OutcomeData.InvalidationDelivered d ? d.Mask : 0UL;
        if ((delivered & vf.PendingInvalidation) != vf.PendingInvalidation)
        {
            Report(ref violations, "INV-20", $"VM {vmIndex} received invalidation mask 0x{delivered:X}, expected ⊇ 0x{vf.PendingInvalidation:X}");
        }
    }

    private static void Inv12Isolation(ModelConfig config, ModelState before, CommandDescriptor descriptor, Command command, Transition transition, ref List<InvariantViolation>? violations)
    {
        if (transition.Outcome.Data is not OutcomeData.Frame { Fate: FrameFate.DeliveredToVm } frame)
        {
            return;
        }

        var (host, mac, vlan, sender) = descriptor.FrameOf?.Invoke(command, before) ?? FrameAddress.None;
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

    private static void Inv14VfOperationIsolation(ModelState before, CommandDescriptor descriptor, Command command, ModelState after, ref List<InvariantViolation>? violations)
    {
        if (!descriptor.Traits.HasFlag(CommandTraits.VfOperation) || ReferenceEquals(before, after))
        {
            return;
        }

        var target = descriptor.HostOf!(command);
        var vfId = descriptor.VfIdOf!(command);
        if (target < 0)
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

    private static void Inv19AccessBounds(ModelConfig config, CommandDescriptor descriptor, Command command, ref List<InvariantViolation>? violations)
    {
        var (offset, length, bufferOffset, bufferLength) = descriptor.ConfigAccessOf?.Invoke(command) ?? new ConfigAccess(0, 1, 0, 1);
        if (offset < 0 || length < 1 || bufferOffset < 0 || (long)offset + length > config.VfConfigSpaceSizeBytes || (long)bufferOffset + length > bufferLength)
        {
            Report(ref violations, "INV-19", $"{command} succeeded outside the config space ({config.VfConfigSpaceSizeBytes} bytes) or the buffer");
        }
    }

    private static void Inv22RemovalEnd(CommandDescriptor descriptor, Command command, ModelState after, ref List<InvariantViolation>? violations)
    {
        var vmIndex = descriptor.Traits.HasFlag(CommandTraits.EndsRemoval) ? descriptor.VmOf!(command) : -1;
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
