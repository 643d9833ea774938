// The scenario catalogue: each refusal of the teardown order.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    private static IReadOnlyList<Scenario> RefusalScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            RefusalFreeVfWithVportScenario(config),
            RefusalDeleteVportWithFiltersScenario(config),
            RefusalDeleteDefaultVportScenario(config),
            RefusalDeleteSwitchWithVfsScenario(config),
            RefusalDetachWhileGuestHasVfScenario(config),
            RefusalMigrateWithVfScenario(config),
        ];
    }

    private static Scenario RefusalFreeVfWithVportScenario(ModelConfig config) =>
        Scenario.Of(
            "refusal-free-vf-with-vport",
            "FREE_VF of a VF that still has a VPort attached is refused with FILE_NOT_FOUND and changes nothing; after "
                + "DELETE_VPORT and RESET_VF the same FREE_VF succeeds.",
            config,
            new CreateSwitch(Host0, 3),
            new AllocateVf(Host0, Vm0),
            new CreateVPort(Host0, 0, 1),
            new FreeVf(Host0, 0),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new DeleteVPort(Host0, 1),
            new ResetVf(Host0, 0),
            new FreeVf(Host0, 0),
            new Enumerate(Host0, EnumerationKind.Vfs));

    private static Scenario RefusalDeleteVportWithFiltersScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "refusal-delete-vport-with-filters",
            "DELETE_VPORT of a VPort that still has a receive filter is refused with INVALID_PARAMETER and the filter stays; after "
                + "CLEAR_FILTER the VPort is deleted.",
            config,
            new CreateSwitch(Host0, 3),
            new AllocateVf(Host0, Vm0),
            new CreateVPort(Host0, 0, 1),
            new SetFilter(Host0, 1, foreignMac, Untagged),
            new DeleteVPort(Host0, 1),
            new Enumerate(Host0, EnumerationKind.Filters),
            new ClearFilter(Host0, 1),
            new DeleteVPort(Host0, 1),
            new Enumerate(Host0, EnumerationKind.VPorts),
            new ReceiveFrame(Host0, foreignMac, Untagged));
    }

    private static Scenario RefusalDeleteDefaultVportScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "refusal-delete-default-vport",
            "DELETE_VPORT of the default VPort (id 0) is refused with INVALID_PARAMETER, even with no filter on it; the host "
                + "and the synthetic path keep working.",
            config,
            new CreateSwitch(Host0, 3),
            new DeleteVPort(Host0, 0),
            new Enumerate(Host0, EnumerationKind.VPorts),
            new VmConnect(Vm0),
            new DeleteVPort(Host0, 0),
            new ReceiveFrame(Host0, Vm0, Untagged),
            new ReceiveFrame(Host0, foreignMac, Untagged));
    }

    private static Scenario RefusalDeleteSwitchWithVfsScenario(ModelConfig config) =>
        Scenario.Of(
            "refusal-delete-switch-with-vfs",
            "DELETE_SWITCH while a VF is allocated is refused with INVALID_PARAMETER and VF Enable stays set; after FREE_VF the "
                + "switch is deleted.",
            config,
            new CreateSwitch(Host0, 3),
            new AllocateVf(Host0, Vm0),
            new DeleteSwitch(Host0),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new FreeVf(Host0, 0),
            new DeleteSwitch(Host0),
            new Enumerate(Host0, EnumerationKind.Switches));

    private static Scenario RefusalDetachWhileGuestHasVfScenario(ModelConfig config) =>
        Scenario.Of(
            "refusal-detach-while-guest-has-vf",
            "The host cannot detach a VF the guest still holds: HostDetachVf is refused while the VF is bound and while the "
                + "removal is pending, and succeeds once the VF miniport halted.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                new HostDetachVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new RequestVfRemoval(Vm0),
                new GuestSwitchDataPath(Vm0, DataPath.Synthetic),
                new GuestPauseVf(Vm0),
                new HostDetachVf(Vm0),
                new GuestUnbindNetVsc(Vm0),
                new GuestHaltVf(Vm0),
                new HostDetachVf(Vm0),
            ]);

    private static Scenario RefusalMigrateWithVfScenario(ModelConfig config) =>
        Scenario.Of(
            "refusal-migrate-with-vf",
            "Live migration of a VM that still has a VF attached is refused with INVALID_DEVICE_REQUEST and the VF path keeps "
                + "working; after the teardown the same migration starts.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new CreateSwitch(Host1, 3),
                .. AttachAndUseVf(Vm0),
                new LiveMigrationStart(Vm0, Host1),
                new ReceiveFrame(Host0, Vm0, Untagged),
                .. GracefulTeardown(Vm0),
                new LiveMigrationStart(Vm0, Host1),
                new LiveMigrationResume(Vm0),
                new ReceiveFrame(Host1, Vm0, Untagged),
            ]);
}
