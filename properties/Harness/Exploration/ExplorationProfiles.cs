using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration;

/// <summary>Membership of command kinds in an <see cref="ExplorationProfile"/>.</summary>
public static class ExplorationProfiles
{
    /// <summary>Whether the explorer tries <paramref name="command"/> under <paramref name="profile"/>.</summary>
    public static bool Includes(ExplorationProfile profile, Command command) =>
        profile == ExplorationProfile.Full || IsLifecycle(command);

    /// <summary>Parses <c>full</c> or <c>lifecycle</c> (case-insensitive).</summary>
    public static bool TryParse(string text, out ExplorationProfile profile)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "full":
                profile = ExplorationProfile.Full;
                return true;
            case "lifecycle":
                profile = ExplorationProfile.Lifecycle;
                return true;
            default:
                profile = default;
                return false;
        }
    }

    /// <summary>The profile's name as the command line spells it.</summary>
    public static string ToName(this ExplorationProfile profile) => profile == ExplorationProfile.Full ? "full" : "lifecycle";

    /// <summary>A one-line description of the command kinds the profile keeps.</summary>
    public static string Describe(ExplorationProfile profile) => profile == ExplorationProfile.Full
        ? "full: every candidate command (OIDs, host and guest events, frames)"
        : "lifecycle: CreateSwitch, DeleteSwitch, AllocateVf, FreeVf, CreateVPort, DeleteVPort, ResetVf, VmConnect, VmDisconnect, "
          + "HostAttachVf, HostDetachVf, MoveVmFilter, OfferVf, RequestVfRemoval, RemovalTimeout, GuestInitializeVf, GuestBindNetVsc, "
          + "GuestSwitchDataPath, GuestPauseVf, GuestUnbindNetVsc, GuestHaltVf, LiveMigrationStart, LiveMigrationResume "
          + "(no config space, config blocks, invalidations, power, VPort state, management filter OIDs, enumerations or frames)";

    private static bool IsLifecycle(Command command) => command switch
    {
        Command.CreateSwitch or Command.DeleteSwitch or Command.AllocateVf or Command.FreeVf or Command.CreateVPort
            or Command.DeleteVPort or Command.ResetVf => true,
        Command.VmConnect or Command.VmDisconnect or Command.HostAttachVf or Command.HostDetachVf or Command.MoveVmFilter
            or Command.OfferVf or Command.RequestVfRemoval or Command.RemovalTimeout => true,
        Command.GuestInitializeVf or Command.GuestBindNetVsc or Command.GuestSwitchDataPath or Command.GuestPauseVf
            or Command.GuestUnbindNetVsc or Command.GuestHaltVf => true,
        Command.LiveMigrationStart or Command.LiveMigrationResume => true,
        _ => false,
    };
}
