// Exploration/Profiles: which of the model's candidate commands the explorer tries in every state
namespace SriovVerification.Exploration.Profiles;

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

    /// <summary>
    /// The lifecycle and one representative of each data-plane command, so that an exhaustive conformance check
    /// reaches every defect of the catalogue in a small configuration: an out-of-bounds config-space read, the Bus
    /// Master write, a config-block write, invalidations of block masks 1 and 2 and the guest's handling of them,
    /// D3, VPort activation, one SET_FILTER, CLEAR_FILTER and MOVE_FILTER, one received frame and a spoofed send.
    /// </summary>
    Conformance,

    /// <summary>
    /// The protocol as the host stack drives it: switch create and delete, VM connect and disconnect, host attach and
    /// detach of a VF, the VM filter move, offer, removal request and time-out, the guest's initialize / bind / switch
    /// data path / pause / unbind / halt, and live migration. The OIDs (ALLOCATE_VF, CREATE_VPORT, …) happen only
    /// inside these, as the host stack issues them.
    /// </summary>
    HostStack,

    /// <summary>
    /// The conformance profile plus, for every command kind it leaves without an accepted representative, one the model
    /// accepts in some state: in-range config-space reads and id writes, config-block reads, enumerations, VPort
    /// deactivation, management filters on the default VPort, the client's filter clear, D0, every well-framed OID, PF
    /// initialize, the capabilities query, the guest's protocol binds and surprise removal (the profile of the configuration set, <see cref="ConfigurationSet"/>).
    /// </summary>
    Kinds,
}
