// Exploration/Search: one breadth-first search
using System.Diagnostics;
using SriovVerification.Exploration.Encoding;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Symmetry;
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Search;

/// <summary>One breadth-first search; the state behind <see cref="Explorer.Explore"/>.</summary>
internal sealed partial class ExplorationRun
{
    private readonly ModelConfig config;
    private readonly ExplorationOptions options;
    private readonly StateEncoder encoder;
    private readonly SymmetryReduction? symmetry;
    private readonly StateTable table;
    private readonly ulong[] key;
    private readonly List<Command> candidates = [];
    private readonly List<int> candidateKinds = [];
    private readonly Dictionary<Type, int> kindIndex = [];
    private readonly List<string> kindNames = [];
    private readonly List<long> offered = [];
    private readonly List<long> enabled = [];
    private readonly List<long> taken = [];
    private readonly long[] premiseCounts = new long[InvariantPremises.InvariantIds.Count];
    private readonly Stopwatch stopwatch = new();
    private readonly CandidateGate? gate;
    private int closureCandidates;
    private long transitions;
    private long deadlocks;
    private int depth;

    public ExplorationRun(ModelConfig config, ExplorationOptions options)
    {
        this.config = config;
        this.options = options;
        encoder = Explorer.EncoderFor(config);
        symmetry = options.Symmetry ? new SymmetryReduction(config, encoder) : null;
        var budget = Math.Max(1L << 20, options.MemoryBudgetBytes);
        table = new StateTable(encoder.KeyWords, budget);
        key = new ulong[encoder.KeyWords];
        FillCandidates(SriovModel.Initial(config));
        gate = options.GateCandidates && !options.StepHookOnRefused ? new CandidateGate(config, candidates) : null;
    }

    public ExplorationResult Run()
    {
        stopwatch.Start();
        var initial = SriovModel.Initial(config);
        var initialViolations = Invariants.CheckState(config, initial);
        if (initialViolations.Count > 0)
        {
            return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace([], $"initial state: {initialViolations[0]}"), initialViolations[0], null);
        }

        if (!Canonicalize(initial, key, out var field))
        {
            return Finish(ExplorationVerdict.BoundExceeded, new ExplorationTrace([], $"bound exceeded in the initial state: {field}"), null, field);
        }

        if (table.TryAdd(key, -1, 0, out _) != StateTableAddResult.Added)
        {
            return Finish(ExplorationVerdict.Bounded, null, null, $"memory budget {options.MemoryBudgetBytes} bytes");
        }

        if (options.Workers > 1 && options.StepHook is null && options.PlantedRefusal is null)
        {
            return RunParallel(options.Workers);
        }

        var levelEnd = 1;
        var nextProgress = options.ProgressInterval;
        for (var current = 0; current < table.Count; current++)
        {
            if (current == levelEnd)
            {
                depth++;
                levelEnd = table.Count;
            }

            if (depth >= options.DepthMax)
            {
                return Finish(ExplorationVerdict.Bounded, null, null, $"depth max {options.DepthMax}");
            }

            if (options.Progress is not null && (current & 1023) == 0 && stopwatch.Elapsed >= nextProgress)
            {
                options.Progress(new ExplorationProgress(table.Count, transitions, depth, stopwatch.Elapsed));
                nextProgress = stopwatch.Elapsed + options.ProgressInterval;
            }

            var state = encoder.Decode(table.KeyAt(current));
            InvariantPremises.Count(state, premiseCounts);
            var result = Expand(current, state);
            if (result is not null)
            {
                return result;
            }
        }

        return WithLiveness(Finish(ExplorationVerdict.Closed, null, null, null));
    }

    private ExplorationResult? Expand(int current, ModelState state)
    {
        var anyEnabled = false;
        ExplorationPath? path = null;
        gate?.Prepare(state);
        for (var c = 0; c < candidates.Count; c++)
        {
            var command = candidates[c];
            var kind = candidateKinds[c];
            offered[kind]++;
            if (gate is not null && !gate.MayBeEnabled(c))
            {
                continue;
            }

            var transition = Step(state, command);
            var success = transition.Outcome.IsSuccess;
            if ((success || options.CheckRefusedSteps) && CheckStep(current, c, state, command, transition) is { } stepViolated)
            {
                return stepViolated;
            }

            if (!success)
            {
                if (options.StepHookOnRefused && RunHook(current, c, state, command, transition, ref path) is { } refusedHookFailed)
                {
                    return refusedHookFailed;
                }

                continue;
            }

            anyEnabled = true;
            enabled[kind]++;
            transitions++;
            if (RunHook(current, c, state, command, transition, ref path) is { } hookFailed)
            {
                return hookFailed;
            }

            if (!Canonicalize(transition.State, key, out var field))
            {
                var trace = TraceWithLastStep(current, c, (_, _, t) => t.Outcome.IsSuccess && !Canonicalize(t.State, new ulong[encoder.KeyWords], out var f) ? f : null, $"bound exceeded: {field}");
                return Finish(ExplorationVerdict.BoundExceeded, trace, null, field);
            }

            if (Store(current, c, out var added) is { } bounded)
            {
                return bounded;
            }

            if (added < 0)
            {
                continue;
            }

            taken[kind]++;
            var violations = Invariants.CheckState(config, transition.State);
            if (violations.Count > 0)
            {
                var (steps, last) = Replay(added);
                var concrete = FirstOrNull(Invariants.CheckState(config, last), violations[0].InvariantId) ?? $"{violations[0]} (on the orbit's representative)";
                return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace(steps, concrete), violations[0], null);
            }
        }

        return anyEnabled ? null : Deadlocked(current);
    }

    /// <summary>
    /// Stores the successor in <see cref="key"/> (reached by candidate <paramref name="c"/> from state
    /// <paramref name="current"/>): <paramref name="added"/> is its index, or -1 when it was stored before; the finding
    /// when a bound (states, memory, capacity) stops the search.
    /// </summary>
    private ExplorationResult? Store(int current, int c, out int added)
    {
        added = -1;
        if (table.Count >= options.StatesMax)
        {
            return table.Contains(key) ? null : Finish(ExplorationVerdict.Bounded, null, null, $"states max {options.StatesMax}");
        }

        switch (table.TryAdd(key, current, c, out var index))
        {
            case StateTableAddResult.Existing:
                return null;
            case StateTableAddResult.MemoryBudgetExceeded:
                return Finish(ExplorationVerdict.Bounded, null, null, $"memory budget {options.MemoryBudgetBytes} bytes");
            case StateTableAddResult.CapacityExceeded:
                return Finish(ExplorationVerdict.Bounded, null, null, "array capacity of the visited set");
        }

        added = index;
        return null;
    }

    /// <summary>The transition invariants on the step of candidate <paramref name="c"/> from <paramref name="state"/>; the finding when one fails.</summary>
    private ExplorationResult? CheckStep(int current, int c, ModelState state, Command command, Transition transition)
    {
        var stepViolations = Invariants.CheckTransition(config, state, command, transition);
        if (stepViolations.Count == 0)
        {
            return null;
        }

        var id = stepViolations[0].InvariantId;
        var trace = TraceWithLastStep(current, c, (cmd, before, t) => FirstOrNull(Invariants.CheckTransition(config, before, cmd, t), id), stepViolations[0].ToString());
        return Finish(ExplorationVerdict.InvariantViolated, trace, stepViolations[0], null);
    }

    /// <summary>The step hook on the step of candidate <paramref name="c"/>; the finding when it fails.</summary>
    private ExplorationResult? RunHook(int current, int c, ModelState state, Command command, Transition transition, ref ExplorationPath? path)
    {
        if (options.StepHook is not { } hook)
        {
            return null;
        }

        path ??= new ExplorationPath(this, current, depth, state);
        var failure = hook(path, command, transition);
        if (failure is null)
        {
            return null;
        }

        var trace = TraceWithLastStep(current, c, (cmd, before, t) => hook(new ExplorationPath(this, current, depth, before), cmd, t), failure);
        return Finish(ExplorationVerdict.HookFailed, trace, null, null);
    }

    /// <summary>A stored state where no command of the profile is enabled: counted; the finding when deadlocks are failures.</summary>
    private ExplorationResult? Deadlocked(int s)
    {
        deadlocks++;
        if (!options.DeadlockIsFailure)
        {
            return null;
        }

        var (steps, _) = Replay(s);
        return Finish(ExplorationVerdict.Deadlock, new ExplorationTrace(steps, $"deadlock: no command of profile {options.Profile.ToName()} is enabled"), null, null);
    }

    /// <summary><c>SriovModel.Apply</c>, refused where <see cref="ExplorationOptions.PlantedRefusal"/> says so.</summary>
    private Transition Step(ModelState state, Command command)
    {
        var transition = SriovModel.Apply(config, state, command);
        return transition.Outcome.IsSuccess && options.PlantedRefusal is { } refuses && refuses(state, command)
            ? new Transition(new Outcome(NdisStatus.Failure, "planted refusal"), state)
            : transition;
    }

    private static string? FirstOrNull(IReadOnlyList<InvariantViolation> violations, string id)
    {
        foreach (var violation in violations)
        {
            if (violation.InvariantId == id)
            {
                return violation.ToString();
            }
        }

        return null;
    }

    private bool Canonicalize(ModelState state, Span<ulong> target, out string? exceededField) =>
        symmetry is null ? encoder.TryEncode(state, target, out exceededField) : symmetry.TryCanonicalize(state, target, out exceededField);

    /// <summary>The profile's candidate commands, once per run: <c>SriovModel.CandidateCommands</c> is the same list for every state.</summary>
    private void FillCandidates(ModelState state)
    {
        candidates.Clear();
        candidateKinds.Clear();
        foreach (var command in SriovModel.CandidateCommands(config, state))
        {
            if (!ExplorationProfiles.Includes(options.Profile, command))
            {
                continue;
            }

            var type = command.GetType();
            if (!kindIndex.TryGetValue(type, out var kind))
            {
                kind = kindNames.Count;
                kindIndex.Add(type, kind);
                kindNames.Add(type.Name);
                offered.Add(0);
                enabled.Add(0);
                taken.Add(0);
            }

            candidates.Add(command);
            candidateKinds.Add(kind);
        }

        if (options.Symmetry || options.ClosedCandidates)
        {
            var images = SymmetryClosure.MissingImages(config, candidates, encoder.Domain.VfSlotCount);
            closureCandidates = images.Count;
            foreach (var image in images)
            {
                candidates.Add(image);
                candidateKinds.Add(kindIndex[image.GetType()]);
            }
        }

        if (candidates.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException($"{candidates.Count} candidate commands in one state; parent links hold at most {ushort.MaxValue}");
        }
    }

    private ExplorationResult Finish(ExplorationVerdict verdict, ExplorationTrace? trace, InvariantViolation? violation, string? boundReason)
    {
        stopwatch.Stop();
        var kinds = new List<ExploredKindCoverage>(kindNames.Count);
        for (var k = 0; k < kindNames.Count; k++)
        {
            kinds.Add(new ExploredKindCoverage(kindNames[k], offered[k], enabled[k], taken[k]));
        }

        var invariants = InvariantPremises.Coverage(premiseCounts);

        return new ExplorationResult
        {
            Config = config,
            Options = options,
            ClosureCandidates = closureCandidates,
            Verdict = verdict,
            States = table.Count,
            Transitions = transitions,
            Depth = depth,
            StatesPerDepth = ExplorationLevels.Of(table.Count, table.ParentOf),
            Elapsed = stopwatch.Elapsed,
            BytesPerState = table.Count == 0 ? 0 : (double)table.AllocatedBytes / table.Count,
            KeyLayout = encoder.DescribeLayout(),
            Deadlocks = deadlocks,
            Counterexample = trace,
            Violation = violation,
            BoundReason = boundReason,
            Coverage = new CoverageReport(kinds, invariants),
        };
    }
}
