// The scenario catalogue: switch creation and VF initialization.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    private static IReadOnlyList<Scenario> LifecycleScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            SwitchCreationScenario(config),
            VfInitializationFineGrainedScenario(config),
            VfInitializationHostAttachScenario(),
            GuestDrivenFilterMoveScenario(config),
        ];
    }

    private static Scenario SwitchCreationScenario(ModelConfig config) =>
        Scenario.Of(
            "switch-creation",
            "OID_NIC_SWITCH_CREATE_SWITCH enables NumVFs VFs and the default VPort; a second switch, a nondefault switch id, "
                + "a non-external type and NumVFs above TotalVFs are refused, and the enumerations list what exists.",
            config,
            new Enumerate(Host0, EnumerationKind.Switches),
            new CreateSwitch(Host0, 3),
            new CreateSwitch(Host0, 3),
            new CreateSwitch(Host1, 3, SwitchId: 1),
            new CreateSwitch(Host1, 3, External: false),
            new CreateSwitch(Host1, config.TotalVfs + 1),
            new CreateSwitch(Host1, config.TotalVfs),
            new Enumerate(Host0, EnumerationKind.Switches),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new Enumerate(Host0, EnumerationKind.VPorts),
            new Enumerate(Host1, EnumerationKind.Vfs));

    private static Scenario VfInitializationFineGrainedScenario(ModelConfig config) =>
        Scenario.Of(
            "vf-initialization-fine-grained",
            "VF initialization one step at a time in the documented order: ALLOCATE_VF, CREATE_VPORT, MOVE_FILTER of the VM's "
                + "filter, VPCI offer, VF miniport initialize, NetVSC bind, switch of the data path; the VM stays reachable on the synthetic path until the VF is running.",
            config,
            new CreateSwitch(Host0, 3),
            new VmConnect(Vm0),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new AllocateVf(Host0, Vm0),
            new CreateVPort(Host0, 0, 1),
            new GuestSwitchDataPath(Vm0, DataPath.Vf),
            new MoveVmFilter(Vm0, DataPath.Vf),
            new OfferVf(Vm0),
            new GuestInitializeVf(Vm0),
            new GuestBindNetVsc(Vm0),
            new GuestSwitchDataPath(Vm0, DataPath.Vf),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new Enumerate(Host0, EnumerationKind.VPorts),
            new Enumerate(Host0, EnumerationKind.Filters));

    private static Scenario VfInitializationHostAttachScenario() =>
        Scenario.Following(
            DocumentedSequences.Get("vf-initialization"),
            "vf-initialization-host-attach",
            "VF initialization through the host stack's attach (ALLOCATE_VF, CREATE_VPORT, MOVE_FILTER and the offer in one step), "
                + "then the guest initializes the VF miniport, binds NetVSC and switches to the VF path.",
            new ReceiveFrame(Host0, Vm0, Untagged),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new Enumerate(Host0, EnumerationKind.VPorts),
            new Enumerate(Host0, EnumerationKind.Filters));

    private static Scenario GuestDrivenFilterMoveScenario(ModelConfig config) =>
        Scenario.Of(
            "guest-driven-filter-move",
            "Under the guest-driven policy the attach leaves the VM's filter on the default VPort, so frames stay synthetic until "
                + "the guest switches its data path; the switch moves the filter to the VF's VPort and back in the same step.",
            config with { FilterMovePolicy = FilterMovePolicy.GuestDriven },
            new CreateSwitch(Host0, 3),
            new VmConnect(Vm0),
            new HostAttachVf(Vm0),
            new GuestInitializeVf(Vm0),
            new GuestBindNetVsc(Vm0),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new GuestSwitchDataPath(Vm0, DataPath.Vf),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new Enumerate(Host0, EnumerationKind.Filters),
            new RequestVfRemoval(Vm0),
            new GuestSwitchDataPath(Vm0, DataPath.Synthetic),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new GuestPauseVf(Vm0),
            new GuestUnbindNetVsc(Vm0),
            new GuestHaltVf(Vm0),
            new HostDetachVf(Vm0),
            new Enumerate(Host0, EnumerationKind.Filters));
}
