// Harness/Conformance/Randomized: the shrinker's last pass, run after the greedy chunk and argument shrinks stop at a local minimum
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>
/// The shrinker's last pass, run after the greedy chunk and argument shrinks stop at a local minimum: it tries every
/// single-step deletion (without the greedy pass's acceptance rule), then every one-command replacement (a command the
/// model accepts at that point) together with one deletion elsewhere, taking the first candidate that still fails and
/// starting again, until none does (a fixpoint: no deletion and no replace-and-delete shortens the sequence) or the
/// evaluation bound is reached.
/// </summary>
internal static class ShrinkFinalPass
{
    /// <summary>Runs the pass on <paramref name="failing"/>; <paramref name="evaluations"/> counts the sequences tried.</summary>
    public static Command[] Run(ModelConfig config, Command[] failing, Func<Command[], bool> fails, ref int evaluations, int evaluationCountMax) =>
        FirstImprovement(failing, current => Candidates(config, current), fails, ref evaluations, evaluationCountMax);

    /// <summary>
    /// From <paramref name="failing"/>, takes the first of <paramref name="candidatesOf"/> the current sequence that still
    /// fails and starts again, until none does or <paramref name="evaluationCountMax"/> sequences were tried.
    /// </summary>
    public static Command[] FirstImprovement(Command[] failing, Func<Command[], IEnumerable<Command[]>> candidatesOf, Func<Command[], bool> fails, ref int evaluations, int evaluationCountMax)
    {
        var current = failing;
        var improved = true;
        while (improved && evaluations < evaluationCountMax)
        {
            improved = false;
            foreach (var candidate in candidatesOf(current))
            {
                if (++evaluations > evaluationCountMax)
                {
                    break;
                }

                if (fails(candidate))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }

        return current;
    }

    private static IEnumerable<Command[]> Candidates(ModelConfig config, Command[] commands)
    {
        var n = commands.Length;
        for (var k = 0; k < n; k++)
        {
            yield return Without(commands, k);
        }

        // One command replaced by another the model accepts there, one other step deleted: the deletions after the
        // replaced step first (the replacement usually stands in for a later step's set-up), then those before it.
        var state = SriovModel.Initial(config);
        for (var i = 0; i < n; i++)
        {
            foreach (var replacement in AcceptedAt(config, state, commands[i]))
            {
                var replaced = (Command[])commands.Clone();
                replaced[i] = replacement;
                for (var k = i + 1; k < n; k++)
                {
                    yield return Without(replaced, k);
                }

                for (var k = 0; k < i; k++)
                {
                    yield return Without(replaced, k);
                }
            }

            state = SriovModel.Apply(config, state, commands[i]).State;
        }
    }

    private static List<Command> AcceptedAt(ModelConfig config, ModelState state, Command current)
    {
        var accepted = new List<Command>();
        foreach (var candidate in SriovModel.CandidateCommands(config, state))
        {
            if (!candidate.Equals(current) && SriovModel.Apply(config, state, candidate).Outcome.IsSuccess)
            {
                accepted.Add(candidate);
            }
        }

        return accepted;
    }

    private static Command[] Without(Command[] commands, int index)
    {
        var candidate = new Command[commands.Length - 1];
        Array.Copy(commands, 0, candidate, 0, index);
        Array.Copy(commands, index + 1, candidate, index, commands.Length - index - 1);
        return candidate;
    }
}
