// The scenario catalogue: the spec's sequences as the OIDs the virtualization stack issues.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    /// <summary>The spec's sequences written as the OIDs the virtualization stack issues to the PF miniport.</summary>
    private static IReadOnlyList<Scenario> ProtocolScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            VfLifecycleAsOidsScenario(config),
            VfResetReceivesNothingScenario(config),
            VfPathAfterNetvscBindScenario(config),
            SurpriseRemovalUnrequestedScenario(config),
            BindingRefusalsScenario(config),
            SendStampedWithDeletedVportScenario(config),
        ];
    }

    private static Scenario VfLifecycleAsOidsScenario(ModelConfig config) =>
        Scenario.Of(
            "vf-lifecycle-as-oids",
            "Spec section 3 as OIDs: VF initialization (ALLOCATE_VF, CREATE_VPORT, MOVE_FILTER of the VM network adapter's filter "
                + "default VPort -> VF VPort, offer, initialize, bind), teardown (guest off the VF, MOVE_FILTER back, DELETE_VPORT, "
                + "RESET_VF, FREE_VF) and PF halt (CLEAR_FILTER of the VM's filter, DELETE_SWITCH): the PF miniport accepts each. "
                + "A management client's CLEAR of the VM's filter is refused by the host stack; a MOVE to a PF VPort is never issued.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm0),
                new AllocateVf(Host0, Vm0),
                new CreateVPort(Host0, 0, 1),
                new CreateVPort(Host0, CreateVPort.PfFunctionId, 1),
                new MoveFilter(Host0, 1, 0, 2),
                new MoveFilter(Host0, 1, 0, 1),
                new ClientClearFilter(Host0, 1),
                new Enumerate(Host0, EnumerationKind.Filters),
                new OfferVf(Vm0),
                new GuestInitializeVf(Vm0),
                new GuestBindNetVsc(Vm0),
                new GuestSwitchDataPath(Vm0, DataPath.Vf),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new MoveFilter(Host0, 1, 1, 0),
                .. GracefulGuestRemoval(Vm0),
                new MoveFilter(Host0, 1, 1, 0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new DeleteVPort(Host0, 1),
                new ResetVf(Host0, 0),
                new FreeVf(Host0, 0),
                new ClearFilter(Host0, 1),
                new DeleteVPort(Host0, 2),
                new DeleteSwitch(Host0),
                new Enumerate(Host0, EnumerationKind.Switches),
            ]);

    private static Scenario VfResetReceivesNothingScenario(ModelConfig config) =>
        Scenario.Of(
            "vf-reset-receives-nothing",
            "OID_SRIOV_RESET_VF (FLR) of a VF in use: DMA quiesced, queues disabled, no pending interrupt; a frame for the VM is "
                + "dropped (vf reset) and raises no interrupt until the VF miniport initializes the VF again; then the VF path "
                + "delivers again. VPort and filter stay.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new ResetVf(Host0, 0),
                new ReadVfConfigSpace(Host0, 0, 0x04, 2, 0, 2),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new Enumerate(Host0, EnumerationKind.Filters),
                new GuestInitializeVf(Vm0),
                new ReadVfConfigSpace(Host0, 0, 0x04, 2, 0, 2),
                new ReceiveFrame(Host0, Vm0, Untagged),
            ]);

    private static Scenario VfPathAfterNetvscBindScenario(ModelConfig config) =>
        Scenario.Of(
            "vf-path-after-netvsc-bind",
            "Seed 000 / spec section 3 step 5: the VF carries the VM's traffic only once NetVSC is bound to the VF miniport. "
                + "Host-driven: after the attach (filter on the VF's VPort) a frame reaching the initialized but unbound VF is "
                + "a counted loss (netvsc not bound) inside the documented window; after NETVSC_BIND it is delivered path=vf.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm0),
                new HostAttachVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestInitializeVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestBindNetVsc(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestSwitchDataPath(Vm0, DataPath.Vf),
                new ReceiveFrame(Host0, Vm0, Untagged),
            ]);

    private static Scenario SurpriseRemovalUnrequestedScenario(ModelConfig config) =>
        Scenario.Of(
            "surprise-removal-unrequested",
            "A VF surprise removed at any moment, with no graceful removal before it: VM 0's VF in use (on the VF path), VM 1's "
                + "VF offered but not initialized, VM 2's VF not yet offered. Each VM ends on the synthetic path with its filter on "
                + "the default VPort (INV-22); a present device is SurpriseRemoved, then halted; then the teardown.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                new VmConnect(Vm1),
                new HostAttachVf(Vm1),
                new VmConnect(Vm2),
                new AllocateVf(Host0, Vm2),
                new CreateVPort(Host0, 2, 1),
                new MoveVmFilter(Vm2, DataPath.Vf),
                new SurpriseRemoveVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new SurpriseRemoveVf(Vm1),
                new SurpriseRemoveVf(Vm2),
                new Enumerate(Host0, EnumerationKind.Filters),
                new SurpriseRemoveVf(Vm0),
                new GuestHaltVf(Vm0),
                new GuestHaltVf(Vm1),
                new HostDetachVf(Vm0),
                new HostDetachVf(Vm1),
                new HostDetachVf(Vm2),
                new ReceiveFrame(Host0, Vm2, Untagged),
            ]);

    private static Scenario BindingRefusalsScenario(ModelConfig config) =>
        Scenario.Of(
            "binding-refusals",
            "Spec sections 1 and 9.4: with the VF miniport initialized, another protocol binding to it is refused and NetVSC "
                + "binding to the PF miniport is refused, neither changes anything (the VF stays unbound, frames are a counted loss); "
                + "NetVSC binding to the VF miniport succeeds and the VF path carries traffic.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm0),
                new HostAttachVf(Vm0),
                new GuestInitializeVf(Vm0),
                new GuestBindProtocol(Vm0, NetVsc: false, ToVfMiniport: true),
                new GuestBindProtocol(Vm0, NetVsc: true, ToVfMiniport: false),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestBindProtocol(Vm0, NetVsc: true, ToVfMiniport: true),
                new GuestSwitchDataPath(Vm0, DataPath.Vf),
                new ReceiveFrame(Host0, Vm0, Untagged),
            ]);

    private static Scenario SendStampedWithDeletedVportScenario(ModelConfig config) =>
        Scenario.Of(
            "send-stamped-with-deleted-vport",
            "Spec DELETE_VPORT: a send NetVSC stamped with its VF's VPortId before the teardown deleted that VPort goes out "
                + "through the default VPort (to VM 1 over the synthetic path, to a foreign MAC out of the physical port), never "
                + "on the deleted VPort; a stamp naming a VPort that never existed does the same.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new VmConnect(Vm1),
                .. AttachAndUseVf(Vm0),
                new GuestSendFrame(Vm0, Vm1, Untagged, StampVPortId: 1),
                .. GracefulTeardown(Vm0),
                new Enumerate(Host0, EnumerationKind.VPorts),
                new GuestSendFrame(Vm0, Vm1, Untagged, StampVPortId: 1),
                new GuestSendFrame(Vm0, config.VmCount, Untagged, StampVPortId: 1),
                new GuestSendFrame(Vm0, Vm1, Untagged, StampVPortId: 4),
            ]);
}
