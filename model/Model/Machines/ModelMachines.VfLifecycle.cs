// The VF lifecycle machine's table, its phases and guards.

namespace SriovVerification.Model;

/// <summary>The VF lifecycle's table.</summary>
public static partial class ModelMachines
{
    private static void DefineVfLifecycle(MachineBuilder<VfPhase, VfTrigger, VfContext> b)
    {
        var g = new VfGuards();
        DefineVfHostPhases(b, g);
        DefineVfGuestPhases(b, g);
    }

    /// <summary>The phases before the guest has the VF: Free, Allocated, Attached, Offered.</summary>
    private static void DefineVfHostPhases(MachineBuilder<VfPhase, VfTrigger, VfContext> b, VfGuards g)
    {
        var machine = b.Machine;
        machine.Configure(VfPhase.Free)
            .OnEntryFrom(VfTrigger.Free, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Free))
            .Permit(VfTrigger.Allocate, VfPhase.Allocated);

        machine.Configure(VfPhase.Allocated)
            .OnEntryFrom(VfTrigger.Allocate, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Allocate))
            .Permit(VfTrigger.CreateVPort, VfPhase.Attached)
            .Permit(VfTrigger.Free, VfPhase.Free)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Attached)
            .PermitIf(b.Trigger(VfTrigger.Offer), VfPhase.Offered, b.When(g.NoRemoval))
            .PermitIf(b.Trigger(VfTrigger.DeleteVPort), VfPhase.Allocated, b.When(g.NoFilter))
            .PermitReentry(VfTrigger.SurpriseRemove)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Offered)
            .Permit(VfTrigger.Initialize, VfPhase.Initialized)
            .Permit(VfTrigger.RequestRemoval, VfPhase.Attached)
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .Ignore(VfTrigger.PfOperation);
    }

    /// <summary>The phases while the guest has the VF, and its removal: Initialized, Bound, Paused, Unbound, SurpriseRemoved.</summary>
    private static void DefineVfGuestPhases(MachineBuilder<VfPhase, VfTrigger, VfContext> b, VfGuards g)
    {
        var machine = b.Machine;
        machine.Configure(VfPhase.Initialized)
            .OnEntryFrom(VfTrigger.Initialize, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Initialize))
            .PermitIf(b.Trigger(VfTrigger.Bind), VfPhase.Bound, b.When(g.NoRemoval))
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(g.NoRemoval))
            .PermitIf(b.Trigger(VfTrigger.Pause), VfPhase.Unbound, b.When(g.Removal, g.Synthetic))
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(g.Removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(g.Invalidation))
            .PermitReentryIf(b.Trigger(VfTrigger.Initialize), b.When(g.Quiesced))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Bound)
            .PermitReentryIf(b.Trigger(VfTrigger.SwitchToVf), b.When(g.NoRemoval, g.Connected, g.FilterReady))
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(g.NoRemoval))
            .PermitIf(b.Trigger(VfTrigger.Pause), VfPhase.Paused, b.When(g.Removal, g.Synthetic))
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(g.Removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(g.Invalidation))
            .PermitReentryIf(b.Trigger(VfTrigger.Initialize), b.When(g.Quiesced))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Paused)
            .Permit(VfTrigger.Unbind, VfPhase.Unbound)
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(g.Removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(g.Invalidation))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Unbound)
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(g.Removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(g.Invalidation))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.SurpriseRemoved)
            .OnEntryFrom(VfTrigger.RemovalTimeout, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.RemovalTimeout))
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(g.NoRemoval))
            .PermitReentryIf(b.Trigger(VfTrigger.RemovalTimeout), b.When(g.Removal))
            .Ignore(VfTrigger.PfOperation);
    }

    /// <summary>The guards of the VF lifecycle's table.</summary>
    private sealed class VfGuards
    {
        private const NdisStatus Idr = NdisStatus.InvalidDeviceRequest;

        public Guard<VfContext> NoRemoval { get; } = new(c => !c.RemovalPending, NoRemovalPending, Idr);

        public Guard<VfContext> Removal { get; } = new(c => c.RemovalPending, RemovalPending, Idr);

        public Guard<VfContext> Synthetic { get; } = new(c => c.Owner is { DataPath: DataPath.Synthetic }, "data path Synthetic", Idr);

        public Guard<VfContext> Connected { get; } = new(c => c.Owner is { Connected: true }, "VM connected", Idr);

        public Guard<VfContext> FilterReady { get; } = new(
            c => c.Config.FilterMovePolicy == FilterMovePolicy.GuestDriven || c.OwnerFilterOnVPort,
            "guest-driven, or VM's filter on the VF's VPort",
            Idr);

        public Guard<VfContext> Quiesced { get; } = new(c => !c.Vf.DmaActive, "VF reset (FLR) since its VF miniport initialized it", Idr);

        public Guard<VfContext> Invalidation { get; } = new(c => c.Vf.PendingInvalidation != 0, "invalidation pending", Idr);

        public Guard<VfContext> NoFilter { get; } = new(c => !c.HasFilterOnVPort, "no filter on the VPort", NdisStatus.InvalidParameter);
    }
}
