using SriovVerification.Model;

namespace SriovVerification.Exploration.Profiles;

/// <summary>Membership of command kinds in an <see cref="ExplorationProfile"/>.</summary>
public static class ExplorationProfiles
{
    /// <summary>The profiles in the order the command line lists them.</summary>
    public static IReadOnlyList<ExplorationProfile> All { get; } =
        [ExplorationProfile.Full, ExplorationProfile.Lifecycle, ExplorationProfile.Conformance, ExplorationProfile.HostStack, ExplorationProfile.Kinds];

    /// <summary>Whether the explorer tries <paramref name="command"/> under <paramref name="profile"/>.</summary>
    public static bool Includes(ExplorationProfile profile, Command command) => profile switch
    {
        ExplorationProfile.Full => IsFull(command),
        ExplorationProfile.Lifecycle => IsLifecycle(command),
        ExplorationProfile.Conformance => IsLifecycle(command) || IsDataPlaneRepresentative(command),
        ExplorationProfile.HostStack => IsHostStack(command),
        ExplorationProfile.Kinds => IsLifecycle(command) || IsDataPlaneRepresentative(command) || IsAcceptedRepresentative(command),
        _ => false,
    };

    /// <summary>Parses <c>full</c>, <c>lifecycle</c>, <c>conformance</c>, <c>hoststack</c> or <c>kinds</c> (case-insensitive).</summary>
    public static bool TryParse(string text, out ExplorationProfile profile)
    {
        var name = text.Trim().ToLowerInvariant();
        foreach (var candidate in All)
        {
            if (candidate.ToName() == name)
            {
                profile = candidate;
                return true;
            }
        }

        profile = default;
        return false;
    }

    /// <summary>The profile's name as the command line spells it.</summary>
    public static string ToName(this ExplorationProfile profile) => profile switch
    {
        ExplorationProfile.Full => "full",
        ExplorationProfile.Lifecycle => "lifecycle",
        ExplorationProfile.Conformance => "conformance",
        ExplorationProfile.HostStack => "hoststack",
        ExplorationProfile.Kinds => "kinds",
        _ => profile.ToString().ToLowerInvariant(),
    };

    /// <summary>A one-line description of the command kinds the profile keeps.</summary>
    public static string Describe(ExplorationProfile profile) => profile switch
    {
        ExplorationProfile.Full => "full: every candidate command (OIDs, host and guest events, frames); VPORT_PARAMETERS on the default VPort only",
        ExplorationProfile.Lifecycle =>
            "lifecycle: CreateSwitch, DeleteSwitch, AllocateVf, FreeVf, CreateVPort, DeleteVPort, ResetVf, VmConnect, VmDisconnect, "
            + "HostAttachVf, HostDetachVf, MoveVmFilter, OfferVf, RequestVfRemoval, RemovalTimeout, GuestInitializeVf, GuestBindNetVsc, "
            + "GuestSwitchDataPath, GuestPauseVf, GuestUnbindNetVsc, GuestHaltVf, LiveMigrationStart, LiveMigrationResume "
            + "(no config space, config blocks, invalidations, power, VPort state, management filter OIDs, enumerations or frames)",
        ExplorationProfile.Conformance =>
            "conformance: the lifecycle, plus one representative of each data-plane command (out-of-bounds config-space read, "
            + "Bus Master write, MSI Enable write, config-block write, invalidation of masks 1 and 2, GuestHandleInvalidation, D3, VPort activation, a VPORT_PARAMETERS changing only the default VPort's name, "
            + "SetFilter (MAC-only on VPort 1; with a VM on a VLAN, MAC+VLAN and VLAN-only on VPort 1; one with no field test), ClearFilter, MoveFilter, a received frame to VM 0's MAC on each VLAN, a spoofed send, a send with another MAC named as its source, a FREE_VF with a short buffer, PF halt, PF reset, "
            + "the SR-IOV capability read)",
        ExplorationProfile.Kinds =>
            "kinds: the conformance profile, plus an accepted representative of every other kind (in-range config-space reads and "
            + "read-only id writes, config-block reads, enumerations, VPort deactivation, management filters on the default VPort, "
            + "the client's filter clear, D0, well-framed OIDs, PF initialize, the capabilities query, the guest's protocol binds, surprise removal)",
        _ =>
            "hoststack: CreateSwitch, DeleteSwitch, VmConnect, VmDisconnect, HostAttachVf, HostDetachVf, MoveVmFilter, OfferVf, "
            + "RequestVfRemoval, RemovalTimeout, GuestInitializeVf, GuestBindNetVsc, GuestSwitchDataPath, GuestPauseVf, GuestUnbindNetVsc, "
            + "GuestHaltVf, LiveMigrationStart, LiveMigrationResume (the OIDs only as the host stack issues them)",
    };

    /// <summary>
    /// Every candidate but OID_NIC_SWITCH_VPORT_PARAMETERS on a non-default VPort: a VPort's parameters (name, moderation,
    /// affinity, lookahead split) enable and refuse nothing else, so the settings of a second VPort multiply the states of the
    /// smallest configuration by about three without a new interleaving of anything else; the randomized check still sets
    /// them on every VPort.
    /// </summary>
    private static bool IsFull(Command command) => command is not Command.SetVPortParameters { VPortId: not 0 };

    private static bool IsAcceptedRepresentative(Command command) => command switch
    {
        Command.ReadVfConfigSpace read => read is { Offset: 0x00, Length: 4, BufferOffset: 0 },
        Command.WriteVfConfigSpace write => write is { Offset: 0x00, Length: 4, BufferOffset: 0 },
        Command.ReadVfConfigBlock block => block.BlockId == 0,
        Command.Enumerate => true,
        Command.SetVPortState vportState => vportState is { VPortId: 1, Activated: false },
        Command.SetFilter filter => filter is { VPortId: 0, Vlan: 0, ValidFilterType: true },
        Command.ClientClearFilter clear => clear.FilterId == 1,
        Command.SetVfPowerState power => !power.D3,
        Command.FramedOid framed => framed.HeaderType == NdisStructureInfo.ObjectTypeDefault && framed.BufferLength == NdisStructures.Of(framed.Oid)!.SizeBytes
            && framed.HeaderRevision == NdisStructures.Of(framed.Oid)!.ImplementedRevision && framed.HeaderSize == NdisStructures.Of(framed.Oid)!.ImplementedRevisionSizeBytes,
        Command.PfInitialize or Command.QuerySriovCapabilities or Command.GuestBindProtocol or Command.SurpriseRemoveVf => true,
        _ => false,
    };

    private static bool IsLifecycle(Command command) => command switch
    {
        Command.AllocateVf or Command.FreeVf or Command.CreateVPort or Command.DeleteVPort or Command.ResetVf => true,
        _ => IsHostStack(command),
    };

    private static bool IsHostStack(Command command) => command switch
    {
        Command.CreateSwitch or Command.DeleteSwitch => true,
        Command.VmConnect or Command.VmDisconnect or Command.HostAttachVf or Command.HostDetachVf or Command.MoveVmFilter
            or Command.OfferVf or Command.RequestVfRemoval or Command.RemovalTimeout => true,
        Command.GuestInitializeVf or Command.GuestBindNetVsc or Command.GuestSwitchDataPath or Command.GuestPauseVf
            or Command.GuestUnbindNetVsc or Command.GuestHaltVf => true,
        Command.LiveMigrationStart or Command.LiveMigrationResume => true,
        _ => false,
    };

    private static bool IsDataPlaneRepresentative(Command command) => command switch
    {
        Command.ReadVfConfigSpace read => read.Offset > 0xFF,
        Command.WriteVfConfigSpace write => write is { Offset: 0x04, Value: 0x0004, BufferOffset: 0 } or { Offset: 0x62, Value: 0x0001 },
        Command.WriteVfConfigBlock block => block is { BlockId: 0, Value: 0xA5 },
        Command.InvalidateConfigBlock invalidate => invalidate.Mask is 1 or 2,
        Command.GuestHandleInvalidation => true,
        Command.SetVfPowerState power => power.D3,
        Command.SetVPortState vportState => vportState is { VPortId: 1, Activated: true },
        Command.SetVPortParameters parameters => parameters is { VPortId: 0, Changed: Command.SetVPortParameters.NameChanged },
        Command.SetFilter filter => filter is { VPortId: 1, MacIndex: 0, Vlan: 0, ValidFilterType: true } or { VPortId: 1, Vlan: not 0, ValidFilterType: true }
            or { MacIndex: Command.SetFilter.NoMac, Vlan: 0 },
        Command.ClearFilter clear => clear.FilterId == 1,
        Command.MoveFilter move => move is { FilterId: 1, SourceVPortId: 0, DestinationVPortId: 1 },
        Command.ReceiveFrame frame => frame.MacIndex == 0,
        Command.GuestSendFrame send => send.SpoofSource || send.SourceMacIndex >= 0,
        Command.FramedOid framed => framed is { Oid: FramedOidKind.FreeVf, BufferLength: < 10 },
        Command.PfHalt or Command.PfReset or Command.ReadSriovCapability => true,
        _ => false,
    };
}
