using SriovVerification.Model.Kernel;

namespace SriovVerification.Model;

/// <summary>The VF lifecycle's table.</summary>
public static partial class ModelMachines
{
    private static void DefineVfLifecycle(MachineBuilder<VfPhase, VfTrigger, VfContext> b)
    {
        var machine = b.Machine;
        var idr = NdisStatus.InvalidDeviceRequest;
        var noRemoval = new Guard<VfContext>(c => !c.RemovalPending, NoRemovalPending, idr);
        var removal = new Guard<VfContext>(c => c.RemovalPending, RemovalPending, idr);
        var synthetic = new Guard<VfContext>(c => c.Owner is { DataPath: DataPath.Synthetic }, "data path Synthetic", idr);
        var connected = new Guard<VfContext>(c => c.Owner is { Connected: true }, "VM connected", idr);
        var filterReady = new Guard<VfContext>(
            c => c.Config.FilterMovePolicy == FilterMovePolicy.GuestDriven || c.OwnerFilterOnVPort,
            "guest-driven, or VM's filter on the VF's VPort",
            idr);
        var quiesced = new Guard<VfContext>(c => !c.Vf.DmaActive, "VF reset (FLR) since its VF miniport initialized it", idr);
        var invalidation = new Guard<VfContext>(c => c.Vf.PendingInvalidation != 0, "invalidation pending", idr);
        var noFilter = new Guard<VfContext>(c => !c.HasFilterOnVPort, "no filter on the VPort", NdisStatus.InvalidParameter);

        machine.Configure(VfPhase.Free)
            .OnEntryFrom(VfTrigger.Free, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Free))
            .Permit(VfTrigger.Allocate, VfPhase.Allocated);

        machine.Configure(VfPhase.Allocated)
            .OnEntryFrom(VfTrigger.Allocate, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Allocate))
            .Permit(VfTrigger.CreateVPort, VfPhase.Attached)
            .Permit(VfTrigger.Free, VfPhase.Free)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Attached)
            .PermitIf(b.Trigger(VfTrigger.Offer), VfPhase.Offered, b.When(noRemoval))
            .PermitIf(b.Trigger(VfTrigger.DeleteVPort), VfPhase.Allocated, b.When(noFilter))
            .PermitReentry(VfTrigger.SurpriseRemove)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Offered)
            .Permit(VfTrigger.Initialize, VfPhase.Initialized)
            .Permit(VfTrigger.RequestRemoval, VfPhase.Attached)
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Initialized)
            .OnEntryFrom(VfTrigger.Initialize, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.Initialize))
            .PermitIf(b.Trigger(VfTrigger.Bind), VfPhase.Bound, b.When(noRemoval))
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(noRemoval))
            .PermitIf(b.Trigger(VfTrigger.Pause), VfPhase.Unbound, b.When(removal, synthetic))
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(invalidation))
            .PermitReentryIf(b.Trigger(VfTrigger.Initialize), b.When(quiesced))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Bound)
            .PermitReentryIf(b.Trigger(VfTrigger.SwitchToVf), b.When(noRemoval, connected, filterReady))
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(noRemoval))
            .PermitIf(b.Trigger(VfTrigger.Pause), VfPhase.Paused, b.When(removal, synthetic))
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(invalidation))
            .PermitReentryIf(b.Trigger(VfTrigger.Initialize), b.When(quiesced))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Paused)
            .Permit(VfTrigger.Unbind, VfPhase.Unbound)
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(invalidation))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Unbound)
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitIf(b.Trigger(VfTrigger.RemovalTimeout), VfPhase.SurpriseRemoved, b.When(removal))
            .Permit(VfTrigger.SurpriseRemove, VfPhase.SurpriseRemoved)
            .PermitReentryIf(b.Trigger(VfTrigger.HandleInvalidation), b.When(invalidation))
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.SurpriseRemoved)
            .OnEntryFrom(VfTrigger.RemovalTimeout, EffectAppliedByTheModel, VfEffects.EntryDescription(VfTrigger.RemovalTimeout))
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitReentryIf(b.Trigger(VfTrigger.RequestRemoval), b.When(noRemoval))
            .PermitReentryIf(b.Trigger(VfTrigger.RemovalTimeout), b.When(removal))
            .Ignore(VfTrigger.PfOperation);
    }
}
