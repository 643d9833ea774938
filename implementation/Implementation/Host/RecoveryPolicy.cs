// Host room: the time-outs of the host stack's recovery pass (HostRecover), in virtual ticks.
namespace SriovVerification.Implementation.Host;

/// <summary>The time-outs of the host stack's recovery pass (<see cref="Datacenter.HostRecover"/>), in virtual ticks.</summary>
public sealed record RecoveryPolicy
{
    /// <summary>
    /// How long a VF may sit offered, initialized or bound while its VM stays on the synthetic path (the guest does not
    /// finish the VF initialization), or allocated without a device in the guest, before the stack takes it back.
    /// </summary>
    public long SetupTimeoutTicks { get; init; } = 100;

    /// <summary>How long a surprise-removed VF may wait for its VF miniport's halt before the VPCI VSP revokes the device.</summary>
    public long HaltTimeoutTicks { get; init; } = 100;

    /// <summary>The default policy.</summary>
    public static RecoveryPolicy Default { get; } = new();
}
