// Trace replay: what replaying a trace found.
namespace SriovVerification.Scenarios;

/// <summary>What replaying a trace found.</summary>
/// <param name="StepCount">Steps re-executed (up to and including a mismatch).</param>
/// <param name="Defects">The defects the adapter carried.</param>
/// <param name="Mismatch">The first step that departs from the file; null when the replay reproduces it.</param>
/// <param name="RecordedDivergences">The step numbers where the file records (and the replay reproduced) a divergence between model and adapter.</param>
public sealed record ReplayResult(int StepCount, IReadOnlyList<string> Defects, ReplayMismatch? Mismatch, IReadOnlyList<int> RecordedDivergences)
{
    /// <summary>Whether every step reproduced what the file records.</summary>
    public bool Reproduced => Mismatch is null;
}
