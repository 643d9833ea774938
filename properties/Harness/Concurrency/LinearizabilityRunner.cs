// Harness/Concurrency: runs a ConcurrentProgram against the emulated adapter, each caller's commands mapped to adapter requests by AdapterDriver, records the ..
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Runs a <see cref="ConcurrentProgram"/> against the emulated adapter, each caller's commands mapped to adapter requests
/// by <see cref="AdapterDriver"/>, records the history on an interlocked logical clock, and checks it with
/// <see cref="LinearizabilityChecker"/>. Scheduled runs replay from their seed; real-thread runs stress what the scheduler
/// does not control. A violation is shrunk by dropping operations and callers while it stays non-linearizable.
/// </summary>
public static class LinearizabilityRunner
{
    /// <summary>Re-runs a shrink may try.</summary>
    public const int ShrinkAttemptsMax = 200;

    /// <summary>Runs the callers under the cooperative scheduler with <paramref name="strategy"/> drawn from <paramref name="seed"/>.</summary>
    public static LinearizabilityReport RunScheduled(ConcurrentProgram program, IReadOnlyList<string> defects, StrategyKind strategy, ulong seed, int stepBound = CooperativeScheduler.StepBoundDefault) =>
        RunScheduled(program, defects, SchedulingStrategy.Create(strategy, seed), seed, stepBound);

    /// <summary>Runs <paramref name="program"/> following recorded <paramref name="decisions"/> (<see cref="ReplayStrategy"/>).</summary>
    public static LinearizabilityReport Replay(ConcurrentProgram program, IReadOnlyList<string> defects, IReadOnlyList<ScheduleDecision> decisions, ulong seed, int stepBound = CooperativeScheduler.StepBoundDefault) =>
        RunScheduled(program, defects, new ReplayStrategy(decisions), seed, stepBound);

    private static LinearizabilityReport RunScheduled(ConcurrentProgram program, IReadOnlyList<string> defects, SchedulingStrategy strategy, ulong seed, int stepBound)
    {
        ArgumentNullException.ThrowIfNull(program);
        var (datacenter, initial) = Prepare(program, defects, seed);
        var scheduler = new CooperativeScheduler(strategy, stepBound);
        var clock = 0L;
        var history = new List<HistoryOperation>();
        for (var c = 0; c < program.Callers.Count; c++)
        {
            var caller = c;
            scheduler.Add($"caller{caller}", ctx =>
            {
                var commands = program.Callers[caller];
                for (var i = 0; i < commands.Count; i++)
                {
                    var operation = Invoke(datacenter, program.Config, caller, i, commands[i], ref clock);
                    lock (history)
                    {
                        history.Add(operation);
                    }

                    ctx.Yield("caller:next");
                }
            });
        }

        datacenter.Scheduler = scheduler;
        var schedule = scheduler.Run();
        datacenter.Scheduler = NoScheduler.Instance;
        if (schedule.Verdict != ScheduleVerdict.Completed)
        {
            throw new InvalidOperationException($"seed {SeedText.Format(seed)}: scheduled run ended with {schedule.Verdict}: {schedule.Failure}");
        }

        var result = LinearizabilityChecker.Check(program.Config, initial, history);
        return new LinearizabilityReport(program, seed, schedule.Strategy, history, result, schedule.Steps) { Decisions = schedule.Decisions };
    }

    /// <summary>Runs each caller on its own thread (released together by a barrier), with stress perturbation at the adapter's yield points.</summary>
    public static LinearizabilityReport RunThreads(ConcurrentProgram program, IReadOnlyList<string> defects, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(program);
        var (datacenter, initial) = Prepare(program, defects, seed);
        datacenter.Scheduler = new StressScheduler(seed);
        var clock = 0L;
        var perCaller = new List<HistoryOperation>[program.Callers.Count];
        using var barrier = new Barrier(program.Callers.Count);
        var threads = new Thread[program.Callers.Count];
        for (var c = 0; c < threads.Length; c++)
        {
            var caller = c;
            perCaller[caller] = [];
            threads[caller] = new Thread(() =>
            {
                barrier.SignalAndWait();
                var commands = program.Callers[caller];
                for (var i = 0; i < commands.Count; i++)
                {
                    perCaller[caller].Add(Invoke(datacenter, program.Config, caller, i, commands[i], ref clock));
                }
            });
            threads[caller].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        datacenter.Scheduler = NoScheduler.Instance;
        var history = perCaller.SelectMany(h => h).ToList();
        var result = LinearizabilityChecker.Check(program.Config, initial, history);
        return new LinearizabilityReport(program, seed, "threads", history, result, []);
    }

    /// <summary>
    /// Shrinks a non-linearizable program: drops callers, then single operations, re-running each candidate with
    /// <paramref name="run"/> (same seed), and keeps a removal while the run stays non-linearizable.
    /// </summary>
    public static LinearizabilityReport Shrink(LinearizabilityReport failing, Func<ConcurrentProgram, LinearizabilityReport> run)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(run);
        var best = failing;
        var attempts = 0;
        var progress = true;
        while (progress && attempts < ShrinkAttemptsMax)
        {
            progress = false;
            foreach (var candidate in Smaller(best.Program))
            {
                if (++attempts > ShrinkAttemptsMax)
                {
                    break;
                }

                LinearizabilityReport report;
                try
                {
                    report = run(candidate);
                }
                catch (InvalidOperationException)
                {
                    continue;
                }

                if (report.Result.Violated)
                {
                    best = report;
                    progress = true;
                    break;
                }
            }
        }

        return best;
    }

    private static IEnumerable<ConcurrentProgram> Smaller(ConcurrentProgram program)
    {
        if (program.Callers.Count > 1)
        {
            for (var c = 0; c < program.Callers.Count; c++)
            {
                yield return program with { Callers = program.Callers.Where((_, i) => i != c).ToList() };
            }
        }

        for (var c = 0; c < program.Callers.Count; c++)
        {
            for (var i = 0; i < program.Callers[c].Count; i++)
            {
                var caller = c;
                var index = i;
                var callers = program.Callers.Select((list, k) => k == caller ? (IReadOnlyList<Command>)list.Where((_, j) => j != index).ToList() : list)
                    .Where(list => list.Count > 0).ToList();
                yield return program with { Callers = callers };
            }
        }
    }

    /// <summary>The model state after <paramref name="program"/>'s setup: where its linearizations start.</summary>
    public static ModelState InitialState(ConcurrentProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var state = SriovModel.Initial(program.Config);
        foreach (var command in program.Setup)
        {
            state = SriovModel.Apply(program.Config, state, command).State;
        }

        return state;
    }

    private static HistoryOperation Invoke(Datacenter datacenter, ModelConfig config, int caller, int index, Command command, ref long clock)
    {
        var invoked = Interlocked.Increment(ref clock);
        var outcome = AdapterDriver.Execute(datacenter, config, command);
        var responded = Interlocked.Increment(ref clock);
        return new HistoryOperation(caller, index, command, outcome, invoked, responded);
    }

    /// <summary>Builds the adapter, runs the setup on it and on the model, and requires them to agree.</summary>
    private static (Datacenter Datacenter, ModelState Initial) Prepare(ConcurrentProgram program, IReadOnlyList<string> defects, ulong seed)
    {
        if (program.OperationCount > LinearizabilityChecker.OperationsMax)
        {
            throw new ArgumentException($"{program.OperationCount} operations; at most {LinearizabilityChecker.OperationsMax}", nameof(program));
        }

        var datacenter = new Datacenter(ConfigMapping.ToDatacenterOptions(program.Config, defects ?? [], seed));
        var state = SriovModel.Initial(program.Config);
        foreach (var command in program.Setup)
        {
            var expected = SriovModel.Apply(program.Config, state, command);
            var actual = AdapterDriver.Execute(datacenter, program.Config, command);
            if (!LinearizabilityChecker.SameOutcome(expected.Outcome, actual))
            {
                throw new InvalidOperationException($"setup {command}: model {expected.Outcome.Status}, adapter {actual.Status} ({actual.Reason})");
            }

            state = expected.State;
        }

        return (datacenter, state);
    }
}
