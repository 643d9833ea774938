// One step of a documented sequence: the command and the status the spec expects.
namespace SriovVerification.Model;

/// <summary>One step of a documented sequence: the command and the status the model answers.</summary>
/// <param name="Command">The command.</param>
/// <param name="ExpectedStatus">Its expected status.</param>
public sealed record SequenceStep(Command Command, NdisStatus ExpectedStatus = NdisStatus.Success);
