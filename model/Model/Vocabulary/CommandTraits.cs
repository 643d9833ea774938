// What the invariants and coverage need to know of a command kind beyond its arguments.
namespace SriovVerification.Model;

/// <summary>Properties of a command kind that transition invariants, coverage and the generator read (<see cref="CommandDescriptor.Traits"/>).</summary>
[Flags]
public enum CommandTraits
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>An operation on one VF through its PF (<see cref="CommandDescriptor.HostOf"/>, <see cref="CommandDescriptor.VfIdOf"/>): INV-14.</summary>
    VfOperation = 1 << 0,

    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c>: INV-11.</summary>
    DeletesVPort = 1 << 1,

    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c>: INV-13.</summary>
    FreesVf = 1 << 2,

    /// <summary><c>OID_SRIOV_RESET_VF</c> (an FLR): INV-15.</summary>
    ResetsVf = 1 << 3,

    /// <summary>Posts an invalidation (<see cref="CommandDescriptor.InvalidationMaskOf"/>): INV-20.</summary>
    PostsInvalidation = 1 << 4,

    /// <summary>Delivers the pending invalidation to the VM's guest: INV-20.</summary>
    DeliversInvalidation = 1 << 5,

    /// <summary>Ends a VF's removal: the VM must be on the synthetic path with its filter on the default VPort (INV-22).</summary>
    EndsRemoval = 1 << 6,

    /// <summary>
    /// A PF halt or reset: every VF vanishes with the switch (no per-VF teardown or DELETE_SWITCH, so INV-17 and INV-18 do
    /// not apply, and no VF lifecycle transition is taken).
    /// </summary>
    TearsDownPf = 1 << 7,

    /// <summary>
    /// A rarely legal OID kind the randomized generator steers: a refused draw is, one time in two, replaced by a candidate of
    /// the same kind the model accepts.
    /// </summary>
    SteeredToLegal = 1 << 8,

    /// <summary>
    /// The host stack's VF detach: its OIDs must go out in the teardown order (MOVE_FILTER back, the VPort's other filters
    /// cleared, DELETE_VPORT, RESET_VF, FREE_VF), which the harness's teardown-order monitor reads from the OID log.
    /// </summary>
    DetachesVf = 1 << 9,

    /// <summary>Sent by a VM's guest onto its data path (the sender's lane in a sequence diagram is the VM's).</summary>
    SentByGuest = 1 << 10,
}
