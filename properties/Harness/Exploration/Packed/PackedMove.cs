namespace SriovVerification.Harness.Exploration.Packed;

/// <summary>What a candidate command of the hoststack profile does to a packed world.</summary>
internal enum PackedMoveKind : byte
{
    /// <summary>Refused in every state (a wrong SwitchId, NumVFs above TotalVFs, queue pairs out of range).</summary>
    Never,
    CreateSwitch,
    DeleteSwitch,
    VmConnect,
    VmDisconnect,
    HostAttachVf,
    MoveVmFilterToVf,
    MoveVmFilterToSynthetic,
    OfferVf,
    RequestVfRemoval,
    RemovalTimeout,
    HostDetachVf,
    LiveMigrationStart,
    LiveMigrationResume,
    GuestInitializeVf,
    GuestBindNetVsc,
    GuestSwitchToVf,
    GuestSwitchToSynthetic,
    GuestPauseVf,
    GuestUnbindNetVsc,
    GuestHaltVf,
}

/// <summary>One candidate command, compiled: its kind, the host or VM it concerns, and its parameter.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Subject">The host (switch commands) or the VM (every other command).</param>
/// <param name="Parameter">Queue pairs of HostAttachVf, destination of LiveMigrationStart; 0 otherwise.</param>
internal readonly record struct PackedMove(PackedMoveKind Kind, int Subject, int Parameter);
