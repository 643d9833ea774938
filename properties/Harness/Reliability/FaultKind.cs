// Harness/Reliability: the faults injected at each step of a sequence (docs/FAULT_MODEL.md)
namespace SriovVerification.Harness.Reliability;

/// <summary>The faults injected at each step of a sequence (docs/FAULT_MODEL.md).</summary>
public enum FaultKind
{
    /// <summary>The VM's VF is surprise removed now (removal requested, time-out fired at once).</summary>
    SurpriseRemoval,
    /// <summary>The stack asks for a graceful removal and the guest lets the removal time-out pass.</summary>
    RemovalTimeout,
    /// <summary>The next request for one OID the step issues fails (RESOURCES or FAILURE).</summary>
    OidFailure,
    /// <summary>The guest never answers again: no more guest events.</summary>
    GuestSilent,
    /// <summary>The PF of the VM's host is reset: every VF vanishes, VF Enable and NumVFs are cleared.</summary>
    PfReset,
}
