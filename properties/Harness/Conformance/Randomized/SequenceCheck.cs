// Harness/Conformance/Randomized: one sequence checked step by step
namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>One sequence checked step by step; it stops at the first divergence.</summary>
/// <param name="Steps">The checked steps, up to and including the first divergent one (empty for a passing scoped check, which keeps only <see cref="StepsChecked"/>).</param>
/// <param name="FailingIndex">The index of the divergent step, or −1 when every step agreed.</param>
/// <param name="InitialDiff">Differences between the initial states (a divergence before the first step).</param>
public sealed record SequenceCheck(IReadOnlyList<StepResult> Steps, int FailingIndex, IReadOnlyList<string> InitialDiff)
{
    /// <summary>Whether the sequence diverged (at a step or already in the initial state).</summary>
    public bool Failed => FailingIndex >= 0 || InitialDiff.Count > 0;

    /// <summary>How many steps were checked: <see cref="Steps"/>' count, unless a passing check kept only the count.</summary>
    public int StepsChecked
    {
        get => stepsChecked ?? Steps.Count;
        init => stepsChecked = value;
    }

    private readonly int? stepsChecked;
}
