// Harness/Conformance/Randomized: the randomized phase on several workers
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SriovVerification.Model;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>
/// The randomized phase on several workers. Each worker takes the next sequence index from a shared counter, generates
/// and checks sequence i from <see cref="SplitMix64.Derive"/>(seed, i) on its own session, and records that sequence's
/// steps, depth and coverage apart; the results are merged strictly in index order, and the merge stops at the first
/// failing index. A worker stops taking indexes above the lowest failing index found so far but every lower index runs,
/// so the merged report (and the counterexample, the failing sequence of lowest index) is the same for any worker count.
/// Coverage-guided generation draws epoch e's sequences with the weights of the coverage merged from epochs 0 … e−1
/// (<see cref="CoverageGuide"/>): a worker waits at an epoch boundary until the epochs before it are merged.
/// </summary>
internal sealed class ConformanceWorkers
{
    private readonly ConformanceRunOptions options;
    private readonly IProgress<ConformanceProgress>? progress;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly long limitTicks;
    private readonly int bound;
    private readonly object gate = new();
    private readonly Dictionary<int, Outcome> pending = [];
    private readonly ConcurrentBag<Coverage> pool = [];
    private readonly Coverage coverage;
    private readonly List<GenerationBias> epochBiases = [];
    private readonly CommandKinds kinds;
    private readonly int[] depth = new int[2];
    private int nextIndex = -1;
    private int failingIndexMin = int.MaxValue;
    private int merged;
    private long steps;
    private Outcome? failing;
    private double? detectionSeconds;

    public ConformanceWorkers(ConformanceRunOptions options, IProgress<ConformanceProgress>? progress)
    {
        this.options = options;
        this.progress = progress;
        limitTicks = (long)(options.TimeLimitSeconds * Stopwatch.Frequency);
        bound = options.SequenceCountMax ?? ConformanceRunner.SequenceCountBound;
        coverage = NewCoverage();
        kinds = new CommandKinds(options.Config);
        epochBiases.Add(GenerationBias.Unguided(kinds));
    }

    /// <summary>Runs every worker to the end; returns the merged report and, when a sequence failed, that sequence.</summary>
    public (ConformanceRunReport Report, int FailingIndex, ulong Seed, Command[]? Commands, SequenceCheck? Check) Run(int workers)
    {
        IndexedWorkers.Run(Math.Clamp(workers, 1, IndexedWorkers.WorkersMax), Work);
        progress?.Report(new ConformanceProgress(merged, steps, depth[0], depth[1]));
        failing?.Exception?.Throw();
        var report = new ConformanceRunReport(merged, steps, depth[0], depth[1], coverage, null, clock.Elapsed.TotalSeconds, detectionSeconds);
        return failing is { } f ? (report, f.Index, f.Seed, f.Commands, f.Check) : (report, -1, 0, null, null);
    }

    /// <summary>Seconds since the run started.</summary>
    public double ElapsedSeconds => clock.Elapsed.TotalSeconds;

    private void Work()
    {
        var generator = new SequenceGenerator(options.Config, options.StepCountMax);
        while (options.SequenceCountMax is not null || clock.ElapsedTicks < limitTicks)
        {
            var i = Interlocked.Increment(ref nextIndex);
            if (i >= bound || i > Volatile.Read(ref failingIndexMin))
            {
                return;
            }

            var bias = options.CoverageGuided ? BiasFor(i) : null;
            if (options.CoverageGuided && bias is null)
            {
                return;
            }

            var outcome = new Outcome { Index = i, Seed = SplitMix64.Derive(options.Seed, i), Coverage = Rent() };
            try
            {
                var commands = generator.Generate(outcome.Seed, i % (SequenceGenerator.SizeMax + 1), bias, out var transitions);
                var check = ConformanceRunner.CheckSequence(options.Config, options.Defects, outcome.Seed, commands, transitions, outcome.Coverage, outcome.Depth);
                outcome.Steps = check.StepsChecked;
                if (check.Failed)
                {
                    outcome.Commands = commands;
                    outcome.Check = check;
                }
            }
            catch (Exception exception)
            {
                outcome.Exception = ExceptionDispatchInfo.Capture(exception);
            }

            if (outcome.Failed)
            {
                LowerFailingIndex(i);
            }

            Deliver(outcome);
        }
    }

    /// <summary>
    /// The weights of sequence <paramref name="index"/>'s epoch, once every earlier epoch is merged (they depend only on
    /// the seed and the epoch); null when the run ends first (a lower index failed, or the time limit passed).
    /// </summary>
    private GenerationBias? BiasFor(int index)
    {
        var epoch = index / CoverageGuide.EpochSequences;
        lock (gate)
        {
            while (epochBiases.Count <= epoch)
            {
                if (failing is not null || index > failingIndexMin || (options.SequenceCountMax is null && clock.ElapsedTicks >= limitTicks))
                {
                    return null;
                }

                Monitor.Wait(gate, 20);
            }

            return epochBiases[epoch];
        }
    }

    private void LowerFailingIndex(int index)
    {
        var seen = Volatile.Read(ref failingIndexMin);
        while (index < seen)
        {
            var previous = Interlocked.CompareExchange(ref failingIndexMin, index, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>Files <paramref name="outcome"/> and merges every outcome that is next in index order.</summary>
    private void Deliver(Outcome outcome)
    {
        lock (gate)
        {
            pending.Add(outcome.Index, outcome);
            while (failing is null && pending.Remove(merged, out var next))
            {
                coverage.Add(next.Coverage);
                steps += next.Steps;
                depth[0] = Math.Max(depth[0], next.Depth[0]);
                depth[1] = Math.Max(depth[1], next.Depth[1]);
                Return(next.Coverage);
                merged++;
                if (options.CoverageGuided && merged % CoverageGuide.EpochSequences == 0)
                {
                    epochBiases.Add(CoverageGuide.Next(kinds, coverage, epochBiases.Count));
                    Monitor.PulseAll(gate);
                }

                if (next.Failed)
                {
                    failing = next;
                    detectionSeconds = clock.Elapsed.TotalSeconds;
                }
                else if (merged % ConformanceRunner.ProgressIntervalSequences == 0)
                {
                    progress?.Report(new ConformanceProgress(merged, steps, depth[0], depth[1]));
                }
            }
        }
    }

    private Coverage NewCoverage() => new(new CommandKinds(options.Config).Names);

    private Coverage Rent()
    {
        if (pool.TryTake(out var rented))
        {
            return rented;
        }

        return NewCoverage();
    }

    private void Return(Coverage used)
    {
        used.Clear();
        pool.Add(used);
    }

    private sealed class Outcome
    {
        public int Index { get; init; }

        public ulong Seed { get; init; }

        public required Coverage Coverage { get; init; }

        public int[] Depth { get; } = new int[2];

        public long Steps { get; set; }

        public Command[]? Commands { get; set; }

        public SequenceCheck? Check { get; set; }

        public ExceptionDispatchInfo? Exception { get; set; }

        public bool Failed => Check is not null || Exception is not null;
    }
}
