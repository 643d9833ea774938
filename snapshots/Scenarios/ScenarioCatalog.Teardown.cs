// The scenario catalogue: teardown, surprise removal, reassignment and PF halt.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    private static IReadOnlyList<Scenario> TeardownScenarios()
    {
        var config = ModelConfig.Default;
        return
        [
            GracefulTeardownScenario(config),
            GracefulTeardownHostDetachScenario(),
            SurpriseRemovalScenario(config),
            VfReassignmentScenario(config),
            PfHaltScenario(config),
        ];
    }

    private static Scenario GracefulTeardownScenario(ModelConfig config) =>
        Scenario.Of(
            "graceful-teardown",
            "VF failover in the documented order: the guest leaves the VF gracefully (synthetic path, pause, unbind, halt), then "
                + "MOVE_FILTER back to the default VPort, DELETE_VPORT, RESET_VF and FREE_VF as separate requests; frames reach the VM throughout except while the paused VF still holds its filter.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                new RequestVfRemoval(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestSwitchDataPath(Vm0, DataPath.Synthetic),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestPauseVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestUnbindNetVsc(Vm0),
                new GuestHaltVf(Vm0),
                new MoveVmFilter(Vm0, DataPath.Synthetic),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new DeleteVPort(Host0, 1),
                new ResetVf(Host0, 0),
                new FreeVf(Host0, 0),
                new Enumerate(Host0, EnumerationKind.Vfs),
                new Enumerate(Host0, EnumerationKind.VPorts),
                new Enumerate(Host0, EnumerationKind.Filters),
            ]);

    private static Scenario GracefulTeardownHostDetachScenario()
    {
        var sequence = DocumentedSequences.Get("graceful-teardown");
        var foreignMac = sequence.Config.VmCount;
        return Scenario.Following(
            sequence,
            "graceful-teardown-host-detach",
            "VF failover through the host stack: after the guest's graceful removal one detach moves the filter back, deletes the "
                + "VPort, resets and frees the VF; the VM ends on the synthetic path.",
            new ReceiveFrame(Host0, Vm0, Untagged),
            new GuestSendFrame(Vm0, foreignMac, Untagged),
            new Enumerate(Host0, EnumerationKind.Vfs),
            new Enumerate(Host0, EnumerationKind.Filters));
    }

    private static Scenario SurpriseRemovalScenario(ModelConfig config) =>
        Scenario.Of(
            "surprise-removal",
            "The guest never completes the graceful removal: after the removal time-out the VF is surprise removed, the VM is on "
                + "the synthetic path with its filter back on the default VPort, and the halt and detach follow.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                new RequestVfRemoval(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new RemovalTimeout(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestSwitchDataPath(Vm0, DataPath.Vf),
                new HostDetachVf(Vm0),
                new GuestHaltVf(Vm0),
                new HostDetachVf(Vm0),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new Enumerate(Host0, EnumerationKind.Vfs),
                new Enumerate(Host0, EnumerationKind.Filters),
            ]);

    private static Scenario VfReassignmentScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "vf-reassignment",
            "With one VF, the VF is taken from VM 0 (which wrote a config block, left an invalidation pending and had an extra MAC "
                + "filter on its VPort) and given to VM 1: the block reads 0, nothing is pending, and the old MACs no longer reach the VF.",
            config with { NumVfs = 1 },
            [
                new CreateSwitch(Host0, 1),
                .. AttachAndUseVf(Vm0),
                new SetFilter(Host0, 1, foreignMac, Untagged),
                new WriteVfConfigBlock(Host0, 0, 0, 64, 0xA5),
                new InvalidateConfigBlock(Host0, 0, 0x1),
                new Enumerate(Host0, EnumerationKind.Filters),
                new ReceiveFrame(Host0, foreignMac, Untagged),
                new VmConnect(Vm1),
                new HostAttachVf(Vm1),
                .. GracefulTeardown(Vm0),
                new HostAttachVf(Vm1),
                new ReadVfConfigBlock(Host0, 0, 0, 64),
                new ReadVfConfigSpace(Host0, 0, CommandOffset, 2, 0, 2),
                new GuestInitializeVf(Vm1),
                new GuestHandleInvalidation(Vm1),
                new GuestBindNetVsc(Vm1),
                new GuestSwitchDataPath(Vm1, DataPath.Vf),
                new Enumerate(Host0, EnumerationKind.Filters),
                new ReceiveFrame(Host0, foreignMac, Untagged),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new ReceiveFrame(Host0, Vm1, Untagged),
            ]);
    }

    private static Scenario PfHaltScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "pf-halt",
            "Before the PF halts: VFs torn down, the extra filter cleared, the PF's nondefault VPort deleted, VM adapters "
                + "disconnected, then DELETE_SWITCH; VF Enable is cleared and nothing is left to enumerate.",
            config,
            [
                new CreateSwitch(Host0, 3),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm1),
                new CreateVPort(Host0, CreateVPort.PfFunctionId, 1),
                new SetVPortState(Host0, 3, Activated: true),
                new SetFilter(Host0, 3, foreignMac, Untagged),
                new ReceiveFrame(Host0, foreignMac, Untagged),
                .. GracefulTeardown(Vm0),
                .. GracefulTeardown(Vm1),
                new DeleteSwitch(Host0),
                new ClearFilter(Host0, 3),
                new DeleteVPort(Host0, 3),
                new VmDisconnect(Vm0),
                new VmDisconnect(Vm1),
                new DeleteSwitch(Host0),
                new Enumerate(Host0, EnumerationKind.Switches),
                new Enumerate(Host0, EnumerationKind.Vfs),
                new ReceiveFrame(Host0, Vm0, Untagged),
            ]);
    }
}
