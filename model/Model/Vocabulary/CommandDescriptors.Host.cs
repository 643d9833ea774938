// The descriptor rows of the host virtualization stack's events.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model;

/// <content>The host virtualization stack's events: VM network adapters, VF attach and detach, removal, migration.</content>
public static partial class CommandDescriptors
{
    private static IEnumerable<CommandDescriptor> HostRows() =>
    [
        Row<VmConnect>(Actor.Host, "VM_NIC_CONNECT", HostStackKind) with
        {
            VmTriggerOf = _ => VmTrigger.Connect, GateOf = VmGate<VmConnect>(CandidateGateKind.VmConnect, c => c.Vm), Weight = 6,
        },
        Row<VmDisconnect>(Actor.Host, "VM_NIC_DISCONNECT", HostStackKind) with
        {
            VmTriggerOf = _ => VmTrigger.Disconnect, GateOf = VmGate<VmDisconnect>(CandidateGateKind.VmDisconnect, c => c.Vm), Weight = 2,
        },
        Row<HostAttachVf>(Actor.Host, "HOST_ATTACH_VF", HostStackKind) with
        {
            KernelTriggers = [nameof(Model.VfTrigger.Allocate), nameof(Model.VfTrigger.CreateVPort), nameof(Model.VfTrigger.Offer)],
            VmTriggerOf = _ => VmTrigger.AttachVf, GateOf = VmGate<HostAttachVf>(CandidateGateKind.HostAttachVf, c => c.Vm), Weight = 8,
        },
        Row<ClientClearFilter>(Actor.Host, "HOST_CLIENT_CLEAR_FILTER") with
        {
            Traits = CommandTraits.SteeredToLegal,
            RepresentativeProfilesOf = Representatives<ClientClearFilter>(null, c => c.FilterId == 1), KindsRepresentative = "the client's filter clear",
        },
        Row<MoveVmFilter>(Actor.Host, "HOST_MOVE_VM_FILTER", HostStackKind) with
        {
            VmTriggerOf = On((MoveVmFilter c) => (VmTrigger?)(c.Target == DataPath.Vf ? VmTrigger.MoveFilterToVf : VmTrigger.MoveFilterToSynthetic)),
            GateOf = On((MoveVmFilter c) => new CandidateGateClass(
                c.Target == DataPath.Vf ? CandidateGateKind.MoveVmFilterToVf : CandidateGateKind.MoveVmFilterToSynthetic, c.Vm, 0)),
            Weight = 3,
        },
        VfEvent<OfferVf>(Actor.Host, "VPCI_OFFER_VF", Model.VfTrigger.Offer, c => c.Vm) with { Weight = 3 },
        VfEvent<RequestVfRemoval>(Actor.Host, "HOST_REQUEST_VF_REMOVAL", Model.VfTrigger.RequestRemoval, c => c.Vm) with
        {
            SelfLoopTrigger = Model.VfTrigger.RequestRemoval, Weight = 5,
        },
        VfEvent<RemovalTimeout>(Actor.Host, "HOST_REMOVAL_TIMEOUT", Model.VfTrigger.RemovalTimeout, c => c.Vm) with
        {
            Traits = CommandTraits.EndsRemoval, SelfLoopTrigger = Model.VfTrigger.RemovalTimeout, Weight = 4,
        },
        Row<HostDetachVf>(Actor.Host, "HOST_DETACH_VF", HostStackKind) with
        {
            Traits = CommandTraits.EndsRemoval | CommandTraits.DetachesVf, KernelTriggers = [nameof(Model.VfTrigger.DeleteVPort), nameof(Model.VfTrigger.Free)],
            GateOf = VmGate<HostDetachVf>(CandidateGateKind.HostDetachVf, c => c.Vm), Weight = 7,
        },
        Row<SurpriseRemoveVf>(Actor.Host, "VF_SURPRISE_REMOVAL") with
        {
            Traits = CommandTraits.EndsRemoval, VfTrigger = Model.VfTrigger.SurpriseRemove, KernelTriggers = [nameof(Model.VfTrigger.SurpriseRemove)],
            SelfLoopTrigger = Model.VfTrigger.SurpriseRemove,
            RepresentativeProfilesOf = Representatives<SurpriseRemoveVf>(null, _ => true), KindsRepresentative = "surprise removal", Weight = 2,
        },
        Row<LiveMigrationStart>(Actor.Host, "LIVE_MIGRATION_START", HostStackKind) with
        {
            VmTriggerOf = _ => VmTrigger.MigrationStart,
            GateOf = On((LiveMigrationStart c) => new CandidateGateClass(CandidateGateKind.LiveMigrationStart, c.Vm, c.DestinationHost)),
        },
        Row<LiveMigrationResume>(Actor.Host, "LIVE_MIGRATION_RESUME", HostStackKind) with
        {
            VmTriggerOf = _ => VmTrigger.MigrationResume, GateOf = VmGate<LiveMigrationResume>(CandidateGateKind.LiveMigrationResume, c => c.Vm), Weight = 4,
        },
    ];

    /// <summary>
    /// A host-stack kind that fires one VF lifecycle <paramref name="trigger"/> on its VM's VF, gated on the VF's phase
    /// configuring it.
    /// </summary>
    private static CommandDescriptor VfEvent<T>(Actor actor, string traceName, VfTrigger trigger, Func<T, int> vm)
        where T : Command =>
        Row<T>(actor, traceName, HostStackKind) with
        {
            VfTrigger = trigger, KernelTriggers = [trigger.ToString()], GateOf = VfEventGate(trigger, vm),
        };
}
