// Harness/Conformance/Randomized: randomized conformance
using System.Collections.Immutable;
using System.Globalization;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Randomized;

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

    /// <summary>
    /// Runs <paramref name="options"/> on <see cref="ConformanceRunOptions.Workers"/> workers; reports progress every few
    /// sequences. Sequence i is generated from (seed, i) alone, counts and coverage are merged in sequence order, and the
    /// counterexample is the failing sequence of lowest index, so the report is the same for any worker count.
    /// </summary>
    public static ConformanceRunReport Run(ConformanceRunOptions options, IProgress<ConformanceProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workers = new ConformanceWorkers(options, progress);
        var (report, failingIndex, sequenceSeed, commands, check) = workers.Run(options.Workers);
        if (commands is null || check is null)
        {
            return report;
        }

        var counterexample = Shrink(options, failingIndex, sequenceSeed, commands, check);
        return report with { Counterexample = counterexample, ElapsedSeconds = workers.ElapsedSeconds };
    }

    /// <summary>
    /// Checks <paramref name="commands"/> on a fresh session (adapter seeded with <paramref name="adapterSeed"/>) until the
    /// first divergence; records coverage and depth when given.
    /// </summary>
    public static SequenceCheck CheckSequence(ModelConfig config, IReadOnlyList<string> defects, ulong adapterSeed, IReadOnlyList<Command> commands, Coverage? coverage = null, int[]? depth = null) =>
        CheckEveryStep(config, defects, adapterSeed, commands, null, coverage, depth);

    /// <summary>
    /// <see cref="CheckSequence(ModelConfig, IReadOnlyList{string}, ulong, IReadOnlyList{Command}, Coverage?, int[]?)"/>
    /// with the model's <paramref name="transitions"/> of the commands when the caller has them (the generator's, so the
    /// model is applied once a step); without them the session applies the model.
    /// </summary>
    public static SequenceCheck CheckEveryStep(ModelConfig config, IReadOnlyList<string> defects, ulong adapterSeed, IReadOnlyList<Command> commands, IReadOnlyList<Transition>? transitions, Coverage? coverage = null, int[]? depth = null)
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
            var result = transitions is null ? session.Step(commands[i]) : session.Step(commands[i], transitions[i], fullReadBack: true);
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

    /// <summary>Steps between two full read-backs of a scoped check (<see cref="CheckSequence(ModelConfig, IReadOnlyList{string}, ulong, IReadOnlyList{Command}, IReadOnlyList{Transition}, Coverage?, int[]?)"/>).</summary>
    public const int FullReadBackIntervalSteps = 16;

    /// <summary>
    /// Checks <paramref name="commands"/> against the model's <paramref name="transitions"/> (the generator's, so the
    /// model is applied once a step) reading back only the hosts each step can have changed (<see cref="ReadScope"/>),
    /// with a full read-back every <see cref="FullReadBackIntervalSteps"/> steps and at the last step. A sequence that
    /// fails so is checked again with a full read-back at every step, and that check is the result (its failing step,
    /// coverage and depth), so a reported failure is always the full check's. A passing check keeps only its step count,
    /// not its steps: a step's states would otherwise live as long as the sequence and be promoted by the collector.
    /// </summary>
    public static SequenceCheck CheckSequence(ModelConfig config, IReadOnlyList<string> defects, ulong adapterSeed, IReadOnlyList<Command> commands, IReadOnlyList<Transition> transitions, Coverage? coverage = null, int[]? depth = null)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(transitions);
        var session = new ConformanceSession(config, defects, adapterSeed);
        var checkedSteps = 0;
        var failed = session.InitialDiff.Length > 0;
        for (var i = 0; i < commands.Count && !failed; i++)
        {
            var before = session.ModelState;
            var full = (i + 1) % FullReadBackIntervalSteps == 0 || i == commands.Count - 1;
            var result = session.Step(commands[i], transitions[i], full);
            checkedSteps++;
            coverage?.Record(commands[i], before, result.ModelAfter, result.Expected.IsSuccess);
            if (depth is not null)
            {
                MeasureDepth(result.ModelAfter, depth);
            }

            failed = result.Diverged;
        }

        if (!failed)
        {
            return new SequenceCheck([], -1, []) { StepsChecked = checkedSteps };
        }

        coverage?.Clear();
        if (depth is not null)
        {
            Array.Clear(depth);
        }

        return CheckEveryStep(config, defects, adapterSeed, commands, transitions, coverage, depth);
    }

    /// <summary>The command line that replays sequence <paramref name="sequenceIndex"/> of a run.</summary>
    public static string ReplayCommand(ConformanceRunOptions options, int sequenceIndex)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = $"dotnet run --project cli -- check --seed {SeedText.Format(options.Seed)} --sequences {(sequenceIndex + 1).ToString(CultureInfo.InvariantCulture)}";
        foreach (var defect in options.Defects)
        {
            text += " --defect " + defect;
        }

        if (options.Config != ModelConfig.Default)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" --vms {options.Config.VmCount} --vfs {options.Config.NumVfs} --total-vfs {options.Config.TotalVfs}");
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
        return $"{name}-{SeedText.Format(seed)}.trace";
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

    internal static Counterexample Shrink(ConformanceRunOptions options, int sequenceIndex, ulong sequenceSeed, Command[] commands, SequenceCheck check)
    {
        var failingPrefix = check.FailingIndex >= 0 ? commands[..(check.FailingIndex + 1)] : [];
        var minimized = failingPrefix.Length == 0
            ? failingPrefix
            : new SequenceShrinker(options.Config).Minimize(failingPrefix, FailsAlike(options, sequenceSeed, check.Steps[^1].Crash));
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

    /// <summary>
    /// The shrinker's predicate: the candidate diverges, and where the original failure was a crash of the adapter it is
    /// the same crash (exception type, or assertion name), so that shrinking never trades it for another failure.
    /// </summary>
    public static Func<Command[], bool> FailsAlike(ConformanceRunOptions options, ulong adapterSeed, string? crash)
    {
        ArgumentNullException.ThrowIfNull(options);
        return candidate =>
        {
            var result = CheckSequence(options.Config, options.Defects, adapterSeed, candidate);
            return result.Failed && (crash is null || (result.FailingIndex >= 0 && result.Steps[result.FailingIndex].Crash == crash));
        };
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
