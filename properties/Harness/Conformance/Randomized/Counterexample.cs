// Harness/Conformance/Randomized: a shrunk failing sequence of a randomized run

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>A shrunk failing sequence of a randomized run.</summary>
/// <param name="RunSeed">The run's seed.</param>
/// <param name="SequenceIndex">The index of the failing sequence in the run (replay with <c>--sequences</c> index + 1).</param>
/// <param name="OriginalLength">Steps of the generated sequence up to its failing step.</param>
/// <param name="Steps">The shrunk sequence's checked steps; the last one diverged.</param>
/// <param name="Trace">The shrunk sequence as a trace (header, one line per step, the failing step's continuation lines).</param>
/// <param name="ReplayCommand">The command line that reproduces the run.</param>
/// <param name="FileName">The counterexample file's name, <c>&lt;defect-or-property&gt;-&lt;seed&gt;.trace</c>.</param>
public sealed record Counterexample(
    ulong RunSeed,
    int SequenceIndex,
    int OriginalLength,
    IReadOnlyList<StepResult> Steps,
    Trace Trace,
    string ReplayCommand,
    string FileName)
{
    /// <summary>The divergent step.</summary>
    public StepResult FailingStep => Steps[^1];

    /// <summary>What caught it (<see cref="StepResult.CaughtBy"/> of the failing step).</summary>
    public string CaughtBy => FailingStep.CaughtBy;

    /// <summary>
    /// The failure message: the seed and the command that replays it first, then the file, what diverged at which step,
    /// and the shrunk trace.
    /// </summary>
    public string Message(string? writtenPath = null)
    {
        var path = writtenPath ?? FileName;
        return $"seed {PropertyCheckSeed(RunSeed)} — replay: {ReplayCommand} (counterexample: {path})\n"
            + $"{CaughtBy} at step {FailingStep.Number} of {Steps.Count} (shrunk from {OriginalLength}): {CommandText.Format(FailingStep.Command)}\n"
            + TracePrinter.Print(Trace);
    }

    private static string PropertyCheckSeed(ulong seed) => SeedText.Format(seed);
}
