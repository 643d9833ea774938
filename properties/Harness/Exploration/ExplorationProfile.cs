namespace SriovVerification.Harness.Exploration;

/// <summary>Which of the model's candidate commands the explorer tries in every state.</summary>
public enum ExplorationProfile
{
    /// <summary>Every command <c>SriovModel.CandidateCommands</c> offers: OIDs, host and guest events, frames.</summary>
    Full,

    /// <summary>
    /// The VF / VPort / filter / data-path / failover / migration lifecycle: switch create and delete, host attach
    /// and detach, VM connect and disconnect, the VM filter move, offer, removal request and time-out, the guest's
    /// initialize / bind / switch data path / pause / unbind / halt, live migration, and the lifecycle OIDs
    /// ALLOCATE_VF, FREE_VF, CREATE_VPORT, DELETE_VPORT and RESET_VF. Config space, config blocks and
    /// invalidations, power, VPort state, the management filter OIDs, enumerations and frames are left out.
    /// </summary>
    Lifecycle,
}
