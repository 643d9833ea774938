// The gate class of one candidate command: which gate, for which VM, with which argument.
namespace SriovVerification.Model;

/// <summary>The gate of one candidate command (<see cref="CommandDescriptor.GateOf"/>).</summary>
/// <param name="Kind">Which gate.</param>
/// <param name="Vm">The VM it concerns (-1 for <see cref="CandidateGateKind.Always"/>).</param>
/// <param name="Argument">The destination host of a migration, or the <see cref="VfTrigger"/> of a VF event; 0 otherwise.</param>
public readonly record struct CandidateGateClass(CandidateGateKind Kind, int Vm, int Argument)
{
    /// <summary>The class of a command without a gate.</summary>
    public static CandidateGateClass Always { get; } = new(CandidateGateKind.Always, -1, 0);
}
