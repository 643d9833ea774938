// Harness/Conformance/Randomized: shrinks operation sequences so that they stay meaningful
using System.Reflection;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>
/// Shrinks operation sequences so that they stay meaningful: candidates drop chunks (halves, quarters, … single steps)
/// and move arguments toward smaller ids, and a candidate is kept only if every step the original had accepted, except
/// the last (the failing step), is still accepted by the model. <see cref="Minimize"/> is the deterministic greedy pass
/// to a local minimum followed by the exhaustive final pass of <see cref="ShrinkFinalPass"/>.
/// </summary>
public sealed class SequenceShrinker(ModelConfig config)
{
    /// <summary>Default bound on the sequences <see cref="Minimize"/> evaluates.</summary>
    public const int EvaluationCountMaxDefault = 4000;

    /// <summary>Chunks up to this many steps are tried at every offset, larger ones at multiples of their size.</summary>
    public const int SmallChunkSteps = 4;

    /// <summary>The configuration.</summary>
    public ModelConfig Config { get; } = config ?? throw new ArgumentNullException(nameof(config));

    /// <summary>The valid shrink candidates of <paramref name="commands"/>, smallest changes last.</summary>
    public IEnumerable<Command[]> Shrink(IReadOnlyList<Command> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var accepted = Acceptance(commands);
        foreach (var (candidate, origin) in Candidates(commands))
        {
            if (KeepsAcceptance(candidate, origin, accepted))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>
    /// Minimization: repeatedly takes the first candidate of <see cref="Shrink"/> on which <paramref name="fails"/> holds
    /// until none does (a local minimum), then the final pass (<see cref="ShrinkFinalPass"/>: every deletion, every
    /// one-command replacement with one deletion) until its fixpoint, and the greedy pass again after any improvement;
    /// the greedy pass tries at most <paramref name="evaluationCountMax"/> sequences, the final pass at most
    /// <see cref="FinalPassEvaluationCountMax"/> more.
    /// </summary>
    public Command[] Minimize(IReadOnlyList<Command> failing, Func<Command[], bool> fails, int evaluationCountMax = EvaluationCountMaxDefault)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(fails);
        var current = failing.ToArray();
        var evaluations = 0;
        var finalEvaluations = 0;
        while (true)
        {
            current = Greedy(current, fails, ref evaluations, evaluationCountMax);
            var polished = ShrinkFinalPass.Run(Config, current, fails, ref finalEvaluations, FinalPassEvaluationCountMax);
            if (polished.Length >= current.Length)
            {
                return polished;
            }

            current = polished;
        }
    }

    /// <summary>Bound on the sequences the final pass evaluates over one minimization.</summary>
    public const int FinalPassEvaluationCountMax = 20_000;

    private Command[] Greedy(Command[] current, Func<Command[], bool> fails, ref int evaluations, int evaluationCountMax) =>
        ShrinkFinalPass.FirstImprovement(current, Shrink, fails, ref evaluations, evaluationCountMax);

    private IEnumerable<(Command[] Candidate, int[] Origin)> Candidates(IReadOnlyList<Command> commands)
    {
        var n = commands.Count;
        for (var chunk = n / 2; chunk >= 1; chunk /= 2)
        {
            // Small chunks at every offset, so that a pair of dependent steps anywhere can go together.
            for (var start = 0; start + chunk <= n; start += chunk <= SmallChunkSteps ? 1 : chunk)
            {
                var candidate = new Command[n - chunk];
                var origin = new int[n - chunk];
                for (int i = 0, j = 0; i < n; i++)
                {
                    if (i < start || i >= start + chunk)
                    {
                        candidate[j] = commands[i];
                        origin[j++] = i;
                    }
                }

                yield return (candidate, origin);
            }
        }

        var identity = new int[n];
        for (var i = 0; i < n; i++)
        {
            identity[i] = i;
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var smaller in ArgumentShrinks(commands[i]))
            {
                var candidate = commands.ToArray();
                candidate[i] = smaller;
                yield return (candidate, identity);
            }
        }
    }

    private bool[] Acceptance(IReadOnlyList<Command> commands)
    {
        var accepted = new bool[commands.Count];
        var state = SriovModel.Initial(Config);
        for (var i = 0; i < commands.Count; i++)
        {
            var transition = SriovModel.Apply(Config, state, commands[i]);
            accepted[i] = transition.Outcome.IsSuccess;
            state = transition.State;
        }

        return accepted;
    }

    private bool KeepsAcceptance(Command[] candidate, int[] origin, bool[] accepted)
    {
        var state = SriovModel.Initial(Config);
        for (var j = 0; j < candidate.Length - 1; j++)
        {
            var transition = SriovModel.Apply(Config, state, candidate[j]);
            if (accepted[origin[j]] && !transition.Outcome.IsSuccess)
            {
                return false;
            }

            state = transition.State;
        }

        return true;
    }

    /// <summary>Copies of <paramref name="command"/> with one non-negative integer argument made smaller (0, then one less).</summary>
    public static IEnumerable<Command> ArgumentShrinks(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = command.GetType();
        var constructor = PrimaryConstructor(type);
        if (constructor is null)
        {
            yield break;
        }

        var parameters = constructor.GetParameters();
        var values = new object?[parameters.Length];
        for (var p = 0; p < parameters.Length; p++)
        {
            values[p] = type.GetProperty(parameters[p].Name!)?.GetValue(command);
        }

        for (var p = 0; p < parameters.Length; p++)
        {
            if (values[p] is not int value || value <= 0)
            {
                continue;
            }

            foreach (var smaller in value == 1 ? [0] : new[] { 0, value - 1 })
            {
                var copy = (object?[])values.Clone();
                copy[p] = smaller;
                yield return (Command)constructor.Invoke(copy);
            }
        }
    }

    private static ConstructorInfo? PrimaryConstructor(Type type)
    {
        ConstructorInfo? best = null;
        foreach (var constructor in type.GetConstructors())
        {
            var parameters = constructor.GetParameters();
            if (parameters.Length > 0 && parameters[0].ParameterType != type && (best is null || parameters.Length > best.GetParameters().Length))
            {
                best = constructor;
            }
        }

        return best;
    }
}
