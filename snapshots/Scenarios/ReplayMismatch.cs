// Trace replay: the first step where a replay departs from the trace file.
namespace SriovVerification.Scenarios;

/// <summary>The first step where a replay departs from the trace file.</summary>
/// <param name="StepNumber">The step number.</param>
/// <param name="Problems">What differs: the model against the file, the adapter against the file, model against adapter.</param>
/// <param name="RecordedStep">The step as the file records it (printed).</param>
/// <param name="ReplayedStep">The step as replayed (printed, the adapter's outcome with the model's when they differ).</param>
/// <param name="Diff">A unified diff from the recorded step to the replayed one.</param>
public sealed record ReplayMismatch(int StepNumber, IReadOnlyList<string> Problems, string RecordedStep, string ReplayedStep, string Diff);
