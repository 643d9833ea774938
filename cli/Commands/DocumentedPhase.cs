// The check verb's first phase: the documented sequences through the model, every invariant checked.
using System.Globalization;

namespace SriovVerification.Cli.Commands;

/// <summary>First phase of <c>check</c>: the documented sequences through the model, every invariant checked after every step.</summary>
internal static class DocumentedPhase
{
    /// <summary>Runs every documented sequence; writes failures and a summary line; returns the failed sequence count.</summary>
    public static int Run(TextWriter writer)
    {
        var failures = 0;
        var steps = 0;
        foreach (var sequence in DocumentedSequences.All)
        {
            var problems = new List<string>();
            var state = SriovModel.Initial(sequence.Config);
            foreach (var violation in Invariants.CheckState(sequence.Config, state))
            {
                problems.Add($"initial state: {violation}");
            }

            for (var i = 0; i < sequence.Steps.Count; i++)
            {
                var step = sequence.Steps[i];
                var transition = SriovModel.Apply(sequence.Config, state, step.Command);
                steps++;
                if (transition.Outcome.Status != step.ExpectedStatus)
                {
                    problems.Add($"step {i + 1} {step.Command}: status {transition.Outcome.Status.ToNdisName()} ({transition.Outcome.Reason}), expected {step.ExpectedStatus.ToNdisName()}");
                }

                foreach (var violation in Invariants.CheckTransition(sequence.Config, state, step.Command, transition))
                {
                    problems.Add($"step {i + 1} {step.Command}: {violation}");
                }

                state = transition.State;
                foreach (var violation in Invariants.CheckState(sequence.Config, state))
                {
                    problems.Add($"step {i + 1} {step.Command}: {violation}");
                }
            }

            if (problems.Count > 0)
            {
                writer.WriteLine($"FAIL documented sequence {sequence.Name} ({sequence.Steps.Count} steps)");
                foreach (var problem in problems)
                {
                    writer.WriteLine($"     {problem}");
                }
            }

            failures += problems.Count == 0 ? 0 : 1;
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documented sequences: {DocumentedSequences.All.Count} sequences, {steps} steps through the model, {failures} failed"));
        return failures;
    }
}
