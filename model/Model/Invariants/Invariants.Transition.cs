// Transition invariants: what one accepted or refused step may change, host by host.
namespace SriovVerification.Model;

/// <summary>The transition invariants.</summary>
public static partial class Invariants
{
    /// <summary>Checks every transition invariant on the step <paramref name="before"/> —<paramref name="command"/>→ <paramref name="transition"/>; empty when all hold.</summary>
    public static IReadOnlyList<InvariantViolation> CheckTransition(ModelConfig config, ModelState before, Command command, Transition transition)
    {
        List<InvariantViolation>? violations = null;
        var descriptor = CommandDescriptors.Of(command);
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
            Inv11VPortDeletion(h, descriptor, b, a, ref violations);
            Inv13FreeVf(h, descriptor, command, b, a, ref violations);
            Inv15Flr(h, descriptor, command, a, ref violations);
            Inv16Scrubbed(h, b, a, ref violations);
            if (!descriptor.Traits.HasFlag(CommandTraits.TearsDownPf))
            {
                // A PF reset makes every VF vanish and a PF halt runs its own order (docs/MODEL.md, "The PF"): neither is a per-VF teardown or a DELETE_SWITCH.
                Inv17TeardownOrder(h, b, a, ref violations);
                Inv18DeleteSwitch(h, b, a, ref violations);
            }

            Inv20Invalidation(h, descriptor, command, b, a, ref violations);
            Inv24NumVfs(config, h, b, a, ref violations);
        }

        Inv12Isolation(config, before, descriptor, command, transition, ref violations);
        Inv14VfOperationIsolation(before, descriptor, command, after, ref violations);
        Inv19AccessBounds(config, descriptor, command, ref violations);
        Inv20Delivered(before, descriptor, command, transition, ref violations);
        Inv22RemovalEnd(descriptor, command, after, ref violations);
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

    private static void Inv11VPortDeletion(int h, CommandDescriptor descriptor, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        foreach (var v in before.VPorts)
        {
            if (v.VPortId == 0 || SriovModel.VPortIndex(after, v.VPortId) >= 0)
            {
                continue;
            }

            if (descriptor.Traits.HasFlag(CommandTraits.DeletesVPort) && SriovModel.FilterCountOnVPort(before, v.VPortId) > 0)
            {
                Report(ref violations, "INV-11", $"host {h}: VPort {v.VPortId} was deleted with {SriovModel.FilterCountOnVPort(before, v.VPortId)} filters on it");
            }

            if (SriovModel.FilterCountOnVPort(after, v.VPortId) > 0)
            {
                Report(ref violations, "INV-11", $"host {h}: filters remain on deleted VPort {v.VPortId}");
            }
        }
    }

    private static void Inv13FreeVf(int h, CommandDescriptor descriptor, Command command, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        if (!descriptor.Traits.HasFlag(CommandTraits.FreesVf) || descriptor.HostOf!(command) != h)
        {
            return;
        }

        var vfId = descriptor.VfIdOf!(command);
        var vf = VfOf(before, vfId);
        if (vf is not { IsAllocated: true } || SriovModel.VPortIdOfVf(before, vfId) >= 0)
        {
            Report(ref violations, "INV-13", $"FREE_VF of VF {vfId} on host {h} succeeded, but it was allocated {vf?.IsAllocated ?? false} with VPort {SriovModel.VPortIdOfVf(before, vfId)}");
        }
    }

    private static void Inv15Flr(int h, CommandDescriptor descriptor, Command command, HostState after, ref List<InvariantViolation>? violations)
    {
        if (!descriptor.Traits.HasFlag(CommandTraits.ResetsVf) || descriptor.HostOf!(command) != h || VfOf(after, descriptor.VfIdOf!(command)) is not { } vf)
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

    private static void Inv20Invalidation(int h, CommandDescriptor descriptor, Command command, HostState before, HostState after, ref List<InvariantViolation>? violations)
    {
        var posted = descriptor.Traits.HasFlag(CommandTraits.PostsInvalidation) && descriptor.HostOf!(command) == h ? descriptor.VfIdOf!(command) : -1;
        for (var i = 0; i < before.Vfs.Length && i < after.Vfs.Length; i++)
        {
            var b = before.Vfs[i];
            var a = after.Vfs[i];
            if (!b.IsAllocated || a.OwnerVm != b.OwnerVm || descriptor.Traits.HasFlag(CommandTraits.DeliversInvalidation))
            {
                continue;
            }

            var expected = b.PendingInvalidation;
            if (posted == i)
            {
                expected |= descriptor.InvalidationMaskOf!(command);
            }

            if ((a.PendingInvalidation & expected) != expected)
            {
                Report(ref violations, "INV-20", $"VF {i} on host {h}: pending invalidation 0x{a.PendingInvalidation:X}, expected ⊇ 0x{expected:X}");
            }
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
}
