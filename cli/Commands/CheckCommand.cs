using System.CommandLine;
using SriovVerification.Model;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>check</c> verb (provisional): runs the documented sequences through the model with every invariant checked
/// after every step, and prints a summary.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var command = new System.CommandLine.Command("check", "Run the documented sequences through the model, checking every invariant after every step.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    /// <summary>Runs every documented sequence; returns the exit code.</summary>
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

            writer.WriteLine($"{(problems.Count == 0 ? "ok  " : "FAIL")} {sequence.Name} ({sequence.Steps.Count} steps)");
            foreach (var problem in problems)
            {
                writer.WriteLine($"     {problem}");
            }

            failures += problems.Count == 0 ? 0 : 1;
        }

        writer.WriteLine($"{DocumentedSequences.All.Count} sequences, {steps} steps, {Invariants.All.Count} invariants checked after every step: {failures} failed.");
        return failures == 0 ? ExitCodes.Success : ExitCodes.ViolationFound;
    }
}
