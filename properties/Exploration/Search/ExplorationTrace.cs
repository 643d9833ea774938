// Exploration/Search: a trace from the initial state, shortest by construction (breadth-first), and what it ends in
using System.Text;

namespace SriovVerification.Exploration.Search;

/// <summary>A trace from the initial state, shortest by construction (breadth-first), and what it ends in.</summary>
/// <param name="Steps">The steps, from the initial state.</param>
/// <param name="Finding">What the last state or step shows (an invariant violation, a deadlock, a hook failure, a bound).</param>
public sealed record ExplorationTrace(IReadOnlyList<ExplorationStep> Steps, string Finding)
{
    /// <summary>Plain text: one line <c>step. command -> STATUS</c> per step, then the finding.</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            text.Append(i + 1).Append(". ").Append(step.Command).Append(" -> ").Append(NdisStatusText(step)).Append('\n');
        }

        text.Append(Finding).Append('\n');
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToPlainText();

    private static string NdisStatusText(ExplorationStep step) => Model.NdisStatusNames.ToNdisName(step.Outcome.Status);
}
