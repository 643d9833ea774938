// The scenario catalogue: live migration.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

public static partial class ScenarioCatalog
{
    private static IReadOnlyList<Scenario> MigrationScenarios()
    {
        var config = ModelConfig.Default with { VmInitialHosts = [0, 1, 0, 0] };
        return
        [
            LiveMigrationFreeVfScenario(config),
            LiveMigrationSriovDisabledScenario(config),
            LiveMigrationNoFreeVfScenario(config),
        ];
    }

    private static Scenario LiveMigrationFreeVfScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "live-migration-free-vf",
            "VM 0 fails over to the synthetic path, migrates to host 1 (paused, frames to it dropped) and resumes there "
                + "synthetic; host 1 has a free VF, so VF initialization runs again with a new VFId and RID.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new CreateSwitch(Host1, 3),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm1),
                .. GracefulTeardown(Vm0),
                new LiveMigrationStart(Vm0, Host1),
                new ReceiveFrame(Host0, Vm0, Untagged),
                new GuestSendFrame(Vm0, foreignMac, Untagged),
                new HostAttachVf(Vm0),
                new LiveMigrationResume(Vm0),
                new ReceiveFrame(Host1, Vm0, Untagged),
                .. AttachAndUseVf(Vm0).Skip(1),
                new ReceiveFrame(Host1, Vm0, Untagged),
                new GuestSendFrame(Vm1, Vm0, Untagged),
                new Enumerate(Host0, EnumerationKind.Vfs),
                new Enumerate(Host1, EnumerationKind.Vfs),
            ]);
    }

    private static Scenario LiveMigrationSriovDisabledScenario(ModelConfig config) =>
        Scenario.Of(
            "live-migration-sriov-disabled",
            "VM 0 migrates to host 1, whose adapter has SR-IOV disabled: every OID there is NOT_SUPPORTED, no switch exists, "
                + "and the VM stays on the synthetic path, reachable through the extensible switch.",
            config with { HostSriovEnabled = [true, false] },
            [
                new CreateSwitch(Host0, 3),
                new CreateSwitch(Host1, 3),
                .. AttachAndUseVf(Vm0),
                .. GracefulTeardown(Vm0),
                new LiveMigrationStart(Vm0, Host1),
                new LiveMigrationResume(Vm0),
                new HostAttachVf(Vm0),
                new AllocateVf(Host1, Vm0),
                new Enumerate(Host1, EnumerationKind.Vfs),
                new ReceiveFrame(Host1, Vm0, Untagged),
                new GuestSendFrame(Vm0, Vm1, Untagged),
            ]);

    private static Scenario LiveMigrationNoFreeVfScenario(ModelConfig config)
    {
        var foreignMac = config.VmCount;
        return Scenario.Of(
            "live-migration-no-free-vf",
            "VM 0 migrates to host 1, whose only VF is held by VM 1: the attach there answers RESOURCES and VM 0 stays on the "
                + "synthetic path, still reaching VM 1 and the wire.",
            config,
            [
                new CreateSwitch(Host0, 3),
                new CreateSwitch(Host1, 1),
                .. AttachAndUseVf(Vm0),
                .. AttachAndUseVf(Vm1),
                .. GracefulTeardown(Vm0),
                new LiveMigrationStart(Vm0, Host1),
                new LiveMigrationResume(Vm0),
                new HostAttachVf(Vm0),
                new AllocateVf(Host1, Vm0),
                new ReceiveFrame(Host1, Vm0, Untagged),
                new GuestSendFrame(Vm0, Vm1, Untagged),
                new GuestSendFrame(Vm0, foreignMac, Untagged),
                new Enumerate(Host1, EnumerationKind.Vfs),
            ]);
    }
}
