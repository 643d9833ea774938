using System.Collections.Immutable;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using SriovVerification.Harness.Conformance;
using SriovVerification.Harness.Traces;
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Randomized conformance: generates sequences with <see cref="SequenceGenerator"/>, checks each step with a
/// <see cref="ConformanceSession"/>, and on the first divergence shrinks the sequence with <see cref="SequenceShrinker"/>
/// and builds the counterexample. With a sequence count the run is a pure function of its options.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Name of a run without defects in counterexample file names.</summary>
    public const string PropertyName = "conformance";

    /// <summary>Sequences between two progress reports.</summary>
    public const int ProgressIntervalSequences = 8;

    /// <summary>Upper bound on the sequences of a time-limited run.</summary>
    public const int SequenceCountBound = 100_000_000;

    /// <summary>Runs <paramref name="options"/>; reports progress every few sequences.</summary>
    public static ConformanceRunReport Run(ConformanceRunOptions options, IProgress<ConformanceProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new SequenceGenerator(options.Config, options.StepCountMax);
        var coverage = new Coverage(new CommandKinds(options.Config).Names);
        var clock = Stopwatch.StartNew();
        var limitTicks = (long)(options.TimeLimitSeconds * Stopwatch.Frequency);
        long steps = 0;
        long sequences = 0;
        var depth = new int[2];
        var bound = options.SequenceCountMax ?? SequenceCountBound;
        for (var i = 0; i < bound; i++)
        {
            if (options.SequenceCountMax is null && clock.ElapsedTicks >= limitTicks)
            {
                break;
            }

            var sequenceSeed = SplitMix64.Derive(options.Seed, i);
            var commands = generator.Generate(sequenceSeed, i % (SequenceGenerator.SizeMax + 1));
            var check = CheckSequence(options.Config, options.Defects, sequenceSeed, commands, coverage, depth);
            steps += check.Steps.Count;
            sequences = i + 1;
            if (check.Failed)
            {
                var detection = clock.Elapsed.TotalSeconds;
                var counterexample = Shrink(options, i, sequenceSeed, commands, check);
                progress?.Report(new ConformanceProgress(i + 1, steps, depth[0], depth[1]));
                return new ConformanceRunReport(i + 1, steps, depth[0], depth[1], coverage, counterexample, clock.Elapsed.TotalSeconds, detection);
            }

            if ((i + 1) % ProgressIntervalSequences == 0)
            {
                progress?.Report(new ConformanceProgress(i + 1, steps, depth[0], depth[1]));
            }

            if (i + 1 == bound)
            {
                progress?.Report(new ConformanceProgress(i + 1, steps, depth[0], depth[1]));
                return new ConformanceRunReport(i + 1, steps, depth[0], depth[1], coverage, null, clock.Elapsed.TotalSeconds, null);
            }
        }

        progress?.Report(new ConformanceProgress(sequences, steps, depth[0], depth[1]));
        return new ConformanceRunReport(sequences, steps, depth[0], depth[1], coverage, null, clock.Elapsed.TotalSeconds, null);
    }

    /// <summary>
    /// Checks <paramref name="commands"/> on a fresh session (adapter seeded with <paramref name="adapterSeed"/>) until the
    /// first divergence; records coverage and depth when given.
    /// </summary>
    public static SequenceCheck CheckSequence(ModelConfig config, IReadOnlyList<string> defects, ulong adapterSeed, IReadOnlyList<Command> commands, Coverage? coverage = null, int[]? depth = null)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var session = new ConformanceSession(config, defects, adapterSeed);
        var steps = new List<StepResult>(commands.Count);
        if (session.InitialDiff.Length > 0)
        {
            return new SequenceCheck(steps, -1, session.InitialDiff.Items);
        }

        for (var i = 0; i < commands.Count; i++)
        {
            var before = session.ModelState;
            var result = session.Step(commands[i]);
            steps.Add(result);
            coverage?.Record(commands[i], before, result.ModelAfter, result.Expected.IsSuccess);
            if (depth is not null)
            {
                MeasureDepth(result.ModelAfter, depth);
            }

            if (result.Diverged)
            {
                return new SequenceCheck(steps, i, []);
            }
        }

        return new SequenceCheck(steps, -1, []);
    }

    /// <summary>The command line that replays sequence <paramref name="sequenceIndex"/> of a run.</summary>
    public static string ReplayCommand(ConformanceRunOptions options, int sequenceIndex)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = $"dotnet run --project cli -- check --seed {TracePrinter.FormatSeed(options.Seed)} --sequences {(sequenceIndex + 1).ToString(CultureInfo.InvariantCulture)}";
        foreach (var defect in options.Defects)
        {
            text += " --defect " + defect;
        }

        if (options.StepCountMax != SequenceGenerator.StepCountMaxDefault)
        {
            text += " --max-steps " + options.StepCountMax.ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>The counterexample file name of a run: <c>&lt;defects joined by +, or conformance&gt;-&lt;seed&gt;.trace</c>.</summary>
    public static string FileNameFor(IReadOnlyList<string> defects, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(defects);
        var name = defects.Count == 0 ? PropertyName : string.Join("+", defects);
        return $"{name}-{TracePrinter.FormatSeed(seed)}.trace";
    }

    /// <summary>Writes the counterexample under <paramref name="directory"/>; returns the path.</summary>
    public static string Write(Counterexample counterexample, string directory)
    {
        ArgumentNullException.ThrowIfNull(counterexample);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, counterexample.FileName);
        File.WriteAllText(path, TracePrinter.Print(counterexample.Trace));
        return path;
    }

    private static Counterexample Shrink(ConformanceRunOptions options, int sequenceIndex, ulong sequenceSeed, Command[] commands, SequenceCheck check)
    {
        var failingPrefix = check.FailingIndex >= 0 ? commands[..(check.FailingIndex + 1)] : [];
        var minimized = failingPrefix.Length == 0
            ? failingPrefix
            : new SequenceShrinker(options.Config).Minimize(failingPrefix, c => CheckSequence(options.Config, options.Defects, sequenceSeed, c).Failed);
        var final = CheckSequence(options.Config, options.Defects, sequenceSeed, minimized);
        var steps = final.Steps.ToImmutableArray();
        var traceSteps = new TraceStep[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            traceSteps[i] = steps[i].ToTraceStep();
        }

        var replay = ReplayCommand(options, sequenceIndex);
        var caughtBy = steps.Length > 0 ? steps[^1].CaughtBy : "initial state diff";
        // The header carries the seed of this sequence's emulated adapter, so that `replay` rebuilds the same adapter
        // (a defect that draws from the adapter's seeded generator fails the same way); the purpose line names the run.
        var trace = new Trace(options.Config, ValueArray.Create<TraceStep>(traceSteps))
        {
            Seed = sequenceSeed,
            Defects = ValueArray.Create<string>([.. options.Defects]),
            Title = $"randomized conformance counterexample: {caughtBy}",
            Purpose = $"replay: {replay}",
        };
        return new Counterexample(options.Seed, sequenceIndex, failingPrefix.Length, steps, trace, replay, FileNameFor(options.Defects, options.Seed));
    }

    private static void MeasureDepth(ModelState state, int[] depth)
    {
        var attached = 0;
        foreach (var host in state.Hosts)
        {
            foreach (var vport in host.VPorts)
            {
                attached += vport.IsOnPf ? 0 : 1;
            }
        }

        var onVf = 0;
        foreach (var vm in state.Vms)
        {
            onVf += vm.DataPath == DataPath.Vf ? 1 : 0;
        }

        depth[0] = Math.Max(depth[0], attached);
        depth[1] = Math.Max(depth[1], onVf);
    }
}
