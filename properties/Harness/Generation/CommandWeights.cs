// Harness/Generation: how often each command kind is chosen
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// How often each command kind is chosen. A kind is chosen first, then one of its candidates uniformly, so the huge
/// argument domains (MOVE_FILTER, SET_FILTER, config space, frames) count once each; host-stack and guest lifecycle
/// commands weigh most, so that runs reach VFs attached, traffic on the VF path, failover, reassignment and migration.
/// </summary>
public static class CommandWeights
{
    /// <summary>The weight of a command's kind (≥ 1).</summary>
    public static int Of(Command command) => command switch
    {
        Command.CreateSwitch => 4,
        Command.DeleteSwitch => 2,
        Command.AllocateVf => 4,
        Command.FreeVf => 3,
        Command.CreateVPort => 4,
        Command.SetVPortState => 4,
        Command.SetVPortParameters => 2,
        Command.DeleteVPort => 3,
        Command.SetFilter => 2,
        Command.ClearFilter => 2,
        Command.MoveFilter => 2,
        Command.ClientClearFilter => 1,
        Command.ReadVfConfigSpace => 2,
        Command.WriteVfConfigSpace => 2,
        Command.ReadVfConfigBlock => 1,
        Command.WriteVfConfigBlock => 2,
        Command.InvalidateConfigBlock => 2,
        Command.ResetVf => 2,
        Command.SetVfPowerState => 1,
        Command.Enumerate => 1,
        Command.VmConnect => 6,
        Command.VmDisconnect => 2,
        Command.HostAttachVf => 8,
        Command.MoveVmFilter => 3,
        Command.OfferVf => 3,
        Command.RequestVfRemoval => 5,
        Command.RemovalTimeout => 4,
        Command.HostDetachVf => 7,
        Command.LiveMigrationStart => 1,
        Command.LiveMigrationResume => 4,
        Command.GuestInitializeVf => 7,
        Command.GuestBindNetVsc => 7,
        Command.GuestBindProtocol => 1,
        Command.SurpriseRemoveVf => 2,
        Command.GuestSwitchDataPath => 6,
        Command.GuestPauseVf => 5,
        Command.GuestUnbindNetVsc => 5,
        Command.GuestHaltVf => 5,
        Command.GuestHandleInvalidation => 3,
        Command.ReceiveFrame => 1,
        Command.GuestSendFrame => 1,
        Command.FramedOid => 3,
        Command.PfHalt => 1,
        Command.PfInitialize => 4,
        Command.PfReset => 1,
        Command.ReadSriovCapability => 1,
        Command.QuerySriovCapabilities => 1,
        _ => 1,
    };

    /// <summary>Eighths of a weight a kind counts with: <see cref="Of"/> · 8, finer for the kinds that are accepted almost always.</summary>
    /// <remarks>
    /// PF halt and reset are accepted in nearly every state and end or rebuild everything on their host, so at a whole
    /// weight they would dominate the accepted draws; the capability reads are accepted in every state.
    /// </remarks>
    public static int EighthsOf(Command command) => command switch
    {
        Command.PfHalt or Command.PfReset => 1,
        Command.ReadSriovCapability or Command.QuerySriovCapabilities => 4,
        _ => Of(command) * 8,
    };
}
