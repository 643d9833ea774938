// The VM attachment machine's table: the VM preconditions of host-stack and guest commands.

namespace SriovVerification.Model;

/// <summary>The VM attachment's table: the VM preconditions of the host-stack and guest commands, as guards.</summary>
public static partial class ModelMachines
{
    /// <summary>Guard description: the VM owns no VF on its host.</summary>
    public const string VmHasNoVf = "VM has no VF on its host";

    private static void DefineVmAttachment(MachineBuilder<VmPhase, VmTrigger, VmContext> b)
    {
        var idr = NdisStatus.InvalidDeviceRequest;
        var hostHasSwitch = new Guard<VmContext>(c => c.HostHasSwitch, "the VM's host has a switch", idr);
        var noVf = new Guard<VmContext>(c => c.VfId < 0, VmHasNoVf, idr);
        var vfHasVPort = new Guard<VmContext>(c => c.VfHasVPort, "VM's VF has a VPort", idr);
        var destinationOther = new Guard<VmContext>(
            c => c.DestinationHost != c.VmState.Host && c.DestinationHost >= 0 && c.DestinationHost < c.State.Hosts.Length,
            "destination is another host",
            idr);
        var destinationInRange = new Guard<VmContext>(
            c => c.VmState.MigrationDestination >= 0 && c.VmState.MigrationDestination < c.State.Hosts.Length,
            "destination host in range",
            idr);

        b.Machine.Configure(VmPhase.Disconnected)
            .PermitIf(b.Trigger(VmTrigger.Connect), VmPhase.SyntheticPath, b.When(hostHasSwitch))
            .PermitIf(b.Trigger(VmTrigger.MigrationStart), VmPhase.Migrating, b.When(destinationOther, noVf));

        b.Machine.Configure(VmPhase.SyntheticPath)
            .OnEntryFrom(VmTrigger.Connect, EffectAppliedByTheModel, "VM's filter on its host's switch")
            .PermitIf(b.Trigger(VmTrigger.Disconnect), VmPhase.Disconnected, b.When(noVf))
            .PermitReentryIf(b.Trigger(VmTrigger.AttachVf), b.When(noVf, hostHasSwitch))
            .PermitReentryIf(b.Trigger(VmTrigger.MoveFilterToVf), b.When(vfHasVPort))
            .PermitReentry(VmTrigger.MoveFilterToSynthetic)
            .Permit(VmTrigger.SwitchToVf, VmPhase.VfPath)
            .PermitIf(b.Trigger(VmTrigger.MigrationStart), VmPhase.Migrating, b.When(destinationOther, noVf));

        b.Machine.Configure(VmPhase.VfPath)
            .PermitReentryIf(b.Trigger(VmTrigger.MoveFilterToVf), b.When(vfHasVPort))
            .Permit(VmTrigger.SwitchToSynthetic, VmPhase.SyntheticPath);

        b.Machine.Configure(VmPhase.Migrating)
            .OnEntryFrom(VmTrigger.MigrationStart, EffectAppliedByTheModel, "disconnected; filter cleared on the source host")
            .PermitIf(b.Trigger(VmTrigger.MigrationResume), VmPhase.Disconnected, b.When(destinationInRange));
    }
}
