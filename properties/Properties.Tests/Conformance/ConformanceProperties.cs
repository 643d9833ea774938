// Properties.Tests/Conformance: sequences over the default configuration's candidates, shrunk by SequenceShrinker
using FsCheck;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Generation;
using SriovVerification.Model;
using SriovVerification.Properties.Tests.Checking;

namespace SriovVerification.Properties.Tests.Conformance;

public sealed class ConformanceProperties
{
    private static readonly IReadOnlyList<string> NoDefects = [];

    [SriovProperty(MaxTestDefault = 60, Arbitrary = new[] { typeof(DefaultSequences) })]
    public void CheckSequence_NoDefect_EveryStepAgrees(CommandSequence sequence)
    {
        // Claim: the emulated adapter without defects agrees with the model at every step of every generated sequence.
        var check = ConformanceRunner.CheckSequence(ModelConfig.Default, NoDefects, 1, sequence.Commands);
        if (check.Failed)
        {
            var step = check.FailingIndex >= 0 ? check.Steps[check.FailingIndex] : null;
            throw new InvalidOperationException(step is null
                ? "initial states differ: " + string.Join("; ", check.InitialDiff)
                : $"step {step.Number} diverged ({step.CaughtBy}):\n{TracePrinter.PrintStep(step.ToTraceStep())}");
        }
    }

    [Fact]
    public void Generate_ManySequences_AboutFourInFiveStepsAccepted()
    {
        // Claim: generation simulates the model and keeps about 4 in 5 steps accepted, 1 in 5 refused.
        var generator = new SequenceGenerator(ModelConfig.Default);
        long accepted = 0;
        long total = 0;
        for (var i = 0; i < 20; i++)
        {
            var state = SriovModel.Initial(ModelConfig.Default);
            foreach (var command in generator.Generate((ulong)i + 7, SequenceGenerator.SizeMax))
            {
                var transition = SriovModel.Apply(ModelConfig.Default, state, command);
                accepted += transition.Outcome.IsSuccess ? 1 : 0;
                total++;
                state = transition.State;
            }
        }

        var ratio = (double)accepted / total;
        Assert.True(ratio is > 0.6 and < 0.95, $"seeds 7 … 26: accepted ratio {ratio:F2} of {total} steps");
    }

    [Fact]
    public void LengthFor_FullSize_ReachesAtLeast200Steps()
    {
        var generator = new SequenceGenerator(ModelConfig.Default);
        Assert.True(generator.LengthFor(SequenceGenerator.SizeMax) >= 200);
        Assert.True(generator.LengthFor(0) < generator.LengthFor(50));
    }

    [Fact]
    public void Shrink_GeneratedSequence_KeepsAcceptedStepsAccepted()
    {
        // Claim: every shrink candidate keeps each step the original accepted (but its last) accepted by the model.
        var config = ModelConfig.Default;
        var commands = new SequenceGenerator(config).Generate(42, 20);
        var shrinker = new SequenceShrinker(config);
        var checkedCount = 0;
        foreach (var candidate in shrinker.Shrink(commands).Take(200))
        {
            Assert.True(candidate.Length <= commands.Length);
            checkedCount++;
        }

        Assert.True(checkedCount > 0, "seed 42: no shrink candidate survived validation");
    }

    [Fact]
    public void Minimize_FailureOnOneKind_EndsWithThatStepAlone()
    {
        // Claim: the greedy pass reaches a local minimum: a failure that needs only one enumeration shrinks to it.
        var config = ModelConfig.Default;
        var commands = new SequenceGenerator(config).Generate(5, 60).Append(new Command.Enumerate(1, EnumerationKind.Filters)).ToArray();
        var minimal = new SequenceShrinker(config).Minimize(commands, c => c.Any(x => x is Command.Enumerate));
        Assert.Single(minimal);
        Assert.IsType<Command.Enumerate>(minimal[0]);
    }

    [Fact]
    public void Run_SameSeedAndSequenceCount_SameReport()
    {
        var options = new ConformanceRunOptions(ModelConfig.Default, 0x1234, [], SequenceCountMax: 12);
        var first = ConformanceRunner.Run(options);
        var second = ConformanceRunner.Run(options);
        Assert.Equal(first.Steps, second.Steps);
        Assert.Equal(first.Coverage.Kinds, second.Coverage.Kinds);
        Assert.Null(first.Counterexample);
    }
    [SriovProperty(MaxTestDefault = 25, Arbitrary = new[] { typeof(SequencesUpTo120Steps) })]
    public void Observe_GeneratedSequence_AgreesWithTheReadingThroughOids(CommandSequence sequence)
    {
        // Claim: the per-step reading through the Query snapshots equals the reading through the NDIS OIDs, after every step.
        var session = new SriovVerification.Harness.Conformance.ConformanceSession(ModelConfig.Default);
        foreach (var command in sequence.Commands)
        {
            var step = session.Step(command);
            var throughOids = SriovVerification.Harness.Conformance.Abstraction.ObserveThroughOids(session.Adapter, session.Config);
            var diff = SriovVerification.Harness.Conformance.StateDiff.Of(throughOids.State, step.AdapterAfter);
            if (diff.Length > 0 || throughOids.Discrepancies.Length > 0)
            {
                throw new InvalidOperationException($"step {step.Number} {CommandText.Format(command)}: readings differ:\n{string.Join("\n", diff)}\n{string.Join("\n", throughOids.Discrepancies)}");
            }
        }
    }

    /// <summary>Sequences over the default configuration's candidates, shrunk by <see cref="SequenceShrinker"/>.</summary>
    private static class DefaultSequences
    {
        public static Arbitrary<CommandSequence> Sequences() => ConformanceArbitrary.Sequences(ModelConfig.Default);
    }

    /// <summary>The same, up to 120 steps.</summary>
    private static class SequencesUpTo120Steps
    {
        public static Arbitrary<CommandSequence> Sequences() => ConformanceArbitrary.Sequences(ModelConfig.Default, stepCountMax: 120);
    }
}
