// The classes of the explorer's cheap necessary condition for a candidate command.
namespace SriovVerification.Model;

/// <summary>
/// Which cheap necessary condition a candidate command must meet before <see cref="SriovModel.Apply"/> is worth calling
/// (the VM commands' first checks, or whether the VF lifecycle machine configures the trigger in the VF's phase).
/// </summary>
public enum CandidateGateKind
{
    /// <summary>No gate: the command always passes.</summary>
    Always,

    /// <summary>The VM is neither migrating nor connected.</summary>
    VmConnect,

    /// <summary>The VM is connected and owns no VF.</summary>
    VmDisconnect,

    /// <summary>The VM is not migrating, is connected and owns no VF.</summary>
    HostAttachVf,

    /// <summary>The VM is not migrating, owns no VF and the destination is another host.</summary>
    LiveMigrationStart,

    /// <summary>The VM is migrating.</summary>
    LiveMigrationResume,

    /// <summary>The VM is connected and owns a VF.</summary>
    MoveVmFilterToVf,

    /// <summary>The VM is connected and not on the VF path.</summary>
    MoveVmFilterToSynthetic,

    /// <summary>The VM's VF is in a phase whose machine configures the trigger (<see cref="CandidateGateClass.Argument"/>).</summary>
    VfEvent,

    /// <summary>The VM owns a VF.</summary>
    HostDetachVf,

    /// <summary>The VM is on the synthetic path and its VF's phase configures <see cref="VfTrigger.SwitchToVf"/>.</summary>
    SwitchDataPathToVf,

    /// <summary>The VM is on the VF path.</summary>
    SwitchDataPathToSynthetic,
}
