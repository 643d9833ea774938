// The VF lifecycle machine's states: a VF's phase from free to surprise removed.
namespace SriovVerification.Model;

/// <summary>
/// The lifecycle phase of one VF, derived from its <see cref="VfState"/> and its host's VPorts
/// (<see cref="ModelMachines.PhaseOf"/>). The states of <see cref="ModelMachines.VfLifecycle"/>.
/// </summary>
public enum VfPhase
{
    /// <summary>Not allocated.</summary>
    Free,
    /// <summary>Allocated to a VM, no VPort yet ("unattached").</summary>
    Allocated,
    /// <summary>Allocated with a VPort; no VF device in the guest.</summary>
    Attached,
    /// <summary>Offered to the guest; the VF miniport is not initialized.</summary>
    Offered,
    /// <summary>The VF miniport is initialized.</summary>
    Initialized,
    /// <summary>NetVSC is bound to the VF miniport.</summary>
    Bound,
    /// <summary>Graceful removal: the VF miniport is paused.</summary>
    Paused,
    /// <summary>Graceful removal: NetVSC unbound.</summary>
    Unbound,
    /// <summary>Surprise removed; the halt is pending.</summary>
    SurpriseRemoved,
}
