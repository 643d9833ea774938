// The spec's documented sequences (section 3) as commands: the one place their step orders are written.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model;

/// <summary>The documented sequences (spec section 3) as command lists: VF initialization, data path, teardown, surprise removal, reassignment, live migration.</summary>
public static class DocumentedSequences
{
    private const NdisStatus Ok = NdisStatus.Success;

    /// <summary>Every documented sequence, in a stable order.</summary>
    public static IReadOnlyList<DocumentedSequence> All { get; } = Build();

    /// <summary>VF initialization of VM <paramref name="vm"/> on <paramref name="host"/> through HostAttachVf (switch and connection included).</summary>
    public static IEnumerable<SequenceStep> Initialize(int host, int vm, bool createSwitch = true)
    {
        if (createSwitch)
        {
            yield return new(new CreateSwitch(host, 3));
        }

        yield return new(new VmConnect(vm));
        yield return new(new HostAttachVf(vm));
        yield return new(new GuestInitializeVf(vm));
        yield return new(new GuestBindNetVsc(vm));
        yield return new(new GuestSwitchDataPath(vm, DataPath.Vf));
    }

    /// <summary>The sequence named <paramref name="name"/>; throws when there is none.</summary>
    public static DocumentedSequence Get(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            ?? throw new ArgumentException($"no documented sequence named '{name}'", nameof(name));

    /// <summary>The guest side of a graceful VF removal of VM <paramref name="vm"/>: NetVSC to synthetic, VF miniport paused, NetVSC unbound, miniport halted.</summary>
    public static IEnumerable<SequenceStep> GracefulGuestRemoval(int vm)
    {
        yield return new(new RequestVfRemoval(vm));
        yield return new(new GuestSwitchDataPath(vm, DataPath.Synthetic));
        yield return new(new GuestPauseVf(vm));
        yield return new(new GuestUnbindNetVsc(vm));
        yield return new(new GuestHaltVf(vm));
    }

    /// <summary>Graceful teardown of VM <paramref name="vm"/>'s VF: the guest's graceful removal, then the host detaches it (MOVE_FILTER, DELETE_VPORT, RESET_VF, FREE_VF).</summary>
    public static IEnumerable<SequenceStep> GracefulTeardown(int vm) => [.. GracefulGuestRemoval(vm), new(new HostDetachVf(vm))];

    private static List<DocumentedSequence> Build() => [.. InitializationAndTeardown(ModelConfig.Default), .. Migrations(ModelConfig.Default)];

    private static IEnumerable<DocumentedSequence> InitializationAndTeardown(ModelConfig config)
    {
        var guestDriven = config with { FilterMovePolicy = FilterMovePolicy.GuestDriven };
        var oneVf = config with { NumVfs = 1, VmInitialHosts = [0, 1, 0, 0] };
        return
        [
            new("vf-initialization", "HostAttachVf, guest initialize, bind, switch to the VF path (host-driven filter move).", config, [.. Initialize(0, 0)]),
            new(
                "vf-initialization-fine-grained",
                "ALLOCATE_VF, CREATE_VPORT, MOVE_FILTER, offer, initialize, bind, switch data path.",
                config,
                [
                    new(new CreateSwitch(0, 3)), new(new VmConnect(0)), new(new AllocateVf(0, 0)), new(new CreateVPort(0, 0, 1)),
                    new(new MoveVmFilter(0, DataPath.Vf)), new(new OfferVf(0)), new(new GuestInitializeVf(0)), new(new GuestBindNetVsc(0)),
                    new(new GuestSwitchDataPath(0, DataPath.Vf)),
                ]),
            new("vf-initialization-guest-driven", "Guest-driven policy: the filter moves when the guest switches the data path.", guestDriven, [.. Initialize(0, 0), .. GracefulTeardown(0)]),
            new(
                "data-path",
                "Frames from the wire to a VF, VF to VF, VF to a synthetic VM, to the host and to the wire.",
                config,
                [
                    .. Initialize(0, 0), .. Initialize(0, 1, createSwitch: false), new(new VmConnect(2)),
                    new(new ReceiveFrame(0, 0, 0)), new(new GuestSendFrame(0, 1, 0)), new(new GuestSendFrame(0, 2, 0)),
                    new(new GuestSendFrame(2, 0, 0)), new(new ReceiveFrame(0, 4, 0)), new(new GuestSendFrame(2, 4, 0)),
                    new(new GuestSendFrame(0, 1, 0, SpoofSource: true)),
                ]),
            new("graceful-teardown", "VF initialization, then graceful removal and detach (DELETE_VPORT, RESET_VF, FREE_VF).", config, [.. Initialize(0, 0), .. GracefulTeardown(0)]),
            new(
                "surprise-removal",
                "The guest does not finish the removal: time-out, surprise removal, halt, detach.",
                config,
                [.. Initialize(0, 0), new(new RequestVfRemoval(0)), new(new RemovalTimeout(0)), new(new GuestHaltVf(0)), new(new HostDetachVf(0))]),
            new(
                "reassignment",
                "A VF taken from VM 0 and given to VM 1: the config block reads 0 (scrubbed).",
                oneVf with { VmInitialHosts = [] },
                [
                    .. Initialize(0, 0), new(new WriteVfConfigBlock(0, 0, 0, 64, 0xA5)), new(new InvalidateConfigBlock(0, 0, 1)),
                    .. GracefulTeardown(0), new(new VmConnect(1)), new(new HostAttachVf(1)), new(new ReadVfConfigBlock(0, 0, 0, 64)),
                    new(new GuestInitializeVf(1)), new(new GuestHandleInvalidation(1), NdisStatus.InvalidDeviceRequest),
                ]),
        ];
    }

    private static IEnumerable<DocumentedSequence> Migrations(ModelConfig config)
    {
        var noSriovOnDestination = config with { HostSriovEnabled = [true, false] };
        var oneVf = config with { NumVfs = 1, VmInitialHosts = [0, 1, 0, 0] };
        return
        [
            new(
                "live-migration",
                "VM 0 leaves its VF, migrates to host 1 with a free VF, and gets a VF there.",
                config,
                [
                    .. Initialize(0, 0), new(new CreateSwitch(1, 3)), .. GracefulTeardown(0), new(new LiveMigrationStart(0, 1)),
                    new(new HostAttachVf(0), NdisStatus.InvalidDeviceRequest), new(new LiveMigrationResume(0)), new(new HostAttachVf(0)),
                    new(new GuestInitializeVf(0)), new(new GuestBindNetVsc(0)), new(new GuestSwitchDataPath(0, DataPath.Vf)),
                ]),
            new(
                "live-migration-sriov-disabled",
                "VM 0 migrates to a host with SR-IOV disabled: it stays on the synthetic path.",
                noSriovOnDestination,
                [
                    .. Initialize(0, 0), new(new CreateSwitch(1, 3), NdisStatus.NotSupported), .. GracefulTeardown(0),
                    new(new LiveMigrationStart(0, 1)), new(new LiveMigrationResume(0)), new(new HostAttachVf(0), NdisStatus.NotSupported),
                    new(new ReceiveFrame(1, 0, 0)),
                ]),
            new(
                "live-migration-no-free-vf",
                "VM 0 migrates to a host whose only VF is taken: it stays on the synthetic path.",
                oneVf,
                [
                    .. Initialize(0, 0), new(new CreateSwitch(1, 1)), new(new VmConnect(1)), new(new HostAttachVf(1)), .. GracefulTeardown(0),
                    new(new LiveMigrationStart(0, 1)), new(new LiveMigrationResume(0)), new(new HostAttachVf(0), NdisStatus.Resources),
                    new(new GuestSendFrame(0, 4, 0)),
                ]),
        ];
    }
}
