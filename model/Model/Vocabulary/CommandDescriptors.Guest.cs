// The descriptor rows of the guest's events and of frames.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model;

/// <content>The guest's events (VF miniport, NetVSC, protocol binds, invalidations) and frames from the wire or a guest.</content>
public static partial class CommandDescriptors
{
    private static IEnumerable<CommandDescriptor> GuestRows() =>
    [
        VfEvent<GuestInitializeVf>(Actor.Guest, "GUEST_VF_INITIALIZE", Model.VfTrigger.Initialize, c => c.Vm) with
        {
            SelfLoopTrigger = Model.VfTrigger.Initialize, Weight = 7,
        },
        VfEvent<GuestBindNetVsc>(Actor.Guest, "NETVSC_BIND", Model.VfTrigger.Bind, c => c.Vm) with { Weight = 7 },
        Row<GuestBindProtocol>(Actor.Guest, "PROTOCOL_BIND") with
        {
            VfTrigger = Model.VfTrigger.Bind, KernelTriggers = [nameof(Model.VfTrigger.Bind)],
            RepresentativeProfilesOf = Representatives<GuestBindProtocol>(null, _ => true), KindsRepresentative = "the guest's protocol binds",
        },
        Row<GuestSwitchDataPath>(Actor.Guest, "NETVSC_SWITCH_DATA_PATH", HostStackKind) with
        {
            KernelTriggers = [nameof(Model.VfTrigger.SwitchToVf)], SelfLoopTrigger = Model.VfTrigger.SwitchToVf,
            VmTriggerOf = On((GuestSwitchDataPath c) => (VmTrigger?)(c.Target == DataPath.Vf ? VmTrigger.SwitchToVf : VmTrigger.SwitchToSynthetic)),
            GateOf = On((GuestSwitchDataPath c) => new CandidateGateClass(
                c.Target == DataPath.Vf ? CandidateGateKind.SwitchDataPathToVf : CandidateGateKind.SwitchDataPathToSynthetic, c.Vm, 0)),
            Weight = 6,
        },
        VfEvent<GuestPauseVf>(Actor.Guest, "GUEST_VF_PAUSE", Model.VfTrigger.Pause, c => c.Vm) with { Weight = 5 },
        VfEvent<GuestUnbindNetVsc>(Actor.Guest, "NETVSC_UNBIND", Model.VfTrigger.Unbind, c => c.Vm) with { Weight = 5 },
        VfEvent<GuestHaltVf>(Actor.Guest, "GUEST_VF_HALT", Model.VfTrigger.Halt, c => c.Vm) with { Weight = 5 },
        Row<GuestHandleInvalidation>(Actor.Guest, "OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK") with
        {
            Traits = CommandTraits.DeliversInvalidation, KernelTriggers = [nameof(Model.VfTrigger.HandleInvalidation)],
            SelfLoopTrigger = Model.VfTrigger.HandleInvalidation,
            GateOf = VfEventGate<GuestHandleInvalidation>(Model.VfTrigger.HandleInvalidation, c => c.Vm),
            RepresentativeProfilesOf = Representatives<GuestHandleInvalidation>(_ => true), ConformanceRepresentative = "GuestHandleInvalidation", Weight = 3,
        },
        Row<ReceiveFrame>(Actor.Wire, "FRAME_RECEIVE") with
        {
            FrameOf = (c, _) => c is ReceiveFrame r ? new FrameAddress(r.Host, r.MacIndex, r.Vlan, -1) : FrameAddress.None,
            RepresentativeProfilesOf = Representatives<ReceiveFrame>(c => c.MacIndex == 0), ConformanceRepresentative = "a received frame to VM 0's MAC on each VLAN",
        },
        Row<GuestSendFrame>(Actor.Guest, "FRAME_SEND") with
        {
            Traits = CommandTraits.SentByGuest,
            FrameOf = (c, before) => c is GuestSendFrame s && s.Vm >= 0 && s.Vm < before.Vms.Length
                ? new FrameAddress(before.Vms[s.Vm].Host, s.MacIndex, s.Vlan, s.Vm)
                : FrameAddress.None,
            RepresentativeProfilesOf = Representatives<GuestSendFrame>(c => c.SpoofSource || c.SourceMacIndex >= 0),
            ConformanceRepresentative = "a spoofed send, a send with another MAC named as its source",
        },
    ];
}
