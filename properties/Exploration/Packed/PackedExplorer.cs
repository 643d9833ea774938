// Exploration/Packed: breadth-first search over packed worlds (PackedHostStack)
using System.Diagnostics;
using System.Globalization;
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// Breadth-first search over packed worlds (<see cref="PackedHostStack"/>): the same search as the generic engine
/// (same states, transitions, depth, verdicts and shortest counterexamples, in the trace format) for the hoststack
/// profile, at a fraction of the cost per state. States are expanded in batches so that the visited-set slots of a
/// whole batch's successors are prefetched before they are probed; insertions keep breadth-first order. Every
/// <see cref="ExplorationOptions.CrossCheckEvery"/>-th stored state is decoded to a <see cref="ModelState"/> and checked
/// in full: every invariant, and every candidate command run through <c>SriovModel.Apply</c> against the packed result.
/// </summary>
internal sealed partial class PackedExplorer
{
    private const int Batch = 64;
    private const string StepHookNeedsGeneric = "a step hook (exhaustive conformance) or a planted refusal needs the generic engine";

    private readonly ModelConfig config;
    private readonly ExplorationOptions options;
    private readonly PackedHostStack engine;
    private readonly Storage.IPackedVisitedSet table;
    private readonly Stopwatch stopwatch = new();
    private readonly int[] kindOf;
    private readonly List<string> kindNames = [];
    private readonly long[] perKindCandidates;
    private readonly long[] enabled;
    private readonly long[] taken;
    private readonly Dictionary<int, long> factCounts = [];
    private long transitions;
    private long deadlocks;
    private long expanded;
    private long crossChecked;
    private int depth;

    private PackedExplorer(ModelConfig config, ExplorationOptions options, PackedHostStack engine)
    {
        this.config = config;
        this.options = options;
        this.engine = engine;
        table = Storage.VisitedSets.Create(engine.KeyWords, options);
        var kinds = new Dictionary<Type, int>();
        kindOf = new int[engine.Candidates.Count];
        for (var c = 0; c < engine.Candidates.Count; c++)
        {
            var type = engine.Candidates[c].GetType();
            if (!kinds.TryGetValue(type, out var kind))
            {
                kind = kindNames.Count;
                kinds.Add(type, kind);
                kindNames.Add(type.Name);
            }

            kindOf[c] = kind;
        }

        perKindCandidates = new long[kindNames.Count];
        foreach (var kind in kindOf)
        {
            perKindCandidates[kind]++;
        }

        enabled = new long[kindNames.Count];
        taken = new long[kindNames.Count];
    }

    /// <summary>The search, not yet run, or null with the reason the packed engine cannot run <paramref name="options"/> on <paramref name="config"/>.</summary>
    public static PackedExplorer? TryCreate(ModelConfig config, ExplorationOptions options, out string reason)
    {
        if (options.StepHook is not null || options.PlantedRefusal is not null)
        {
            reason = StepHookNeedsGeneric;
            return null;
        }

        var engine = PackedHostStack.TryCreate(config, options.Profile, options.Symmetry, options.HostSymmetry, out reason);
        return engine is null ? null : new PackedExplorer(config, options, engine);
    }

    /// <summary>Whether the packed engine can run <paramref name="options"/> on <paramref name="config"/>; the reason when not.</summary>
    public static bool Supports(ModelConfig config, ExplorationOptions options, out string reason)
    {
        if (options.StepHook is not null || options.PlantedRefusal is not null)
        {
            reason = StepHookNeedsGeneric;
            return false;
        }

        return PackedHostStack.TryCreate(config, options.Profile, options.Symmetry, options.HostSymmetry, out reason) is not null;
    }

    /// <summary>Runs the search; throws <see cref="ArgumentException"/> when <see cref="TryCreate"/> says no.</summary>
    public static ExplorationResult Explore(ModelConfig config, ExplorationOptions options) => Create(config, options).Run();

    /// <summary>The search, not yet run; throws <see cref="ArgumentException"/> with the reason when the packed engine cannot run it.</summary>
    internal static PackedExplorer Create(ModelConfig config, ExplorationOptions options) =>
        TryCreate(config, options, out var reason) ?? throw new ArgumentException(reason, nameof(options));

    /// <summary>Every stored world, in breadth-first order, as records and switch bits.</summary>
    internal IEnumerable<(ulong[] Records, uint Switches)> StoredWorlds()
    {
        for (var i = 0; i < table.Count; i++)
        {
            var records = new ulong[PackedHostStack.MaxVms];
            var switches = engine.Unpack(table.KeyAt(i), records);
            yield return (records, switches);
        }
    }

    /// <summary>The shortest path to stored state <paramref name="index"/> as model steps, and the model state it ends in (what counterexamples are made of).</summary>
    internal (IReadOnlyList<ExplorationStep> Steps, ModelState State) PathTo(int index) => Replay(index);

    /// <summary>The key of stored state <paramref name="index"/> and the key <paramref name="state"/> packs to.</summary>
    internal (PackedKey Stored, PackedKey OfState) Keys(int index, ModelState state)
    {
        var records = new ulong[PackedHostStack.MaxVms];
        return engine.TryFromModel(state, records, out var switches, out var reason)
            ? (table.KeyAt(index), engine.Pack(records, switches))
            : throw new InvalidOperationException(reason);
    }

    /// <summary>Runs the search once; a disk-backed visited set is deleted afterwards.</summary>
    internal ExplorationResult Run()
    {
        try
        {
            return RunSearch();
        }
        finally
        {
            if (options.Store == Storage.VisitedStore.Disk)
            {
                table.Dispose();
            }
        }
    }

    private ExplorationResult RunSearch()
    {
        stopwatch.Start();
        var records = new ulong[PackedHostStack.MaxVms];
        var switches = engine.Initial(records);
        if (engine.CheckState(records, switches) is { } initialViolation)
        {
            return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace([], $"initial state: {initialViolation}"), initialViolation, null);
        }

        var initialKey = engine.Pack(records, switches);
        table.TryAdd(initialKey, PackedStateTable.Hash(initialKey), -1, 0, out _);
        if (CrossCheck(0, records, switches) is { } initialFinding)
        {
            return initialFinding;
        }

        return RunRounds();
    }

    /// <summary>A transition invariant broken, by <see cref="PackedHostStack.Expand"/>'s derivation, on a step of stored state <paramref name="source"/>.</summary>
    private ExplorationResult StepFailure(int source, int commandIndex, InvariantViolation violation)
    {
        var (steps, state) = Replay(source);
        var command = engine.Candidates[commandIndex];
        var last = SriovModel.Apply(config, state, command);
        return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace([.. steps, new ExplorationStep(command, last.Outcome)], violation.ToString()), violation, null);
    }

    /// <summary>A successor of stored state <paramref name="source"/> the model computed but the packed layout cannot hold as the view's change.</summary>
    private ExplorationResult DerivationFailure(int source, int commandIndex, string reason)
    {
        var (steps, state) = Replay(source);
        var command = engine.Candidates[commandIndex];
        var last = SriovModel.Apply(config, state, command);
        return Finish(ExplorationVerdict.EngineMismatch, new ExplorationTrace([.. steps, new ExplorationStep(command, last.Outcome)], $"engine mismatch: {command}: {reason}"), null, null);
    }

    /// <summary>
    /// The full check of stored state <paramref name="index"/>: every invariant of <c>Invariants</c> on the decoded
    /// state, and every candidate command's outcome and successor under <c>SriovModel.Apply</c> against the packed ones.
    /// </summary>
    private ExplorationResult? CrossCheck(int index, ReadOnlySpan<ulong> records, uint switches)
    {
        crossChecked++;
        if (PackedCrossCheck.Run(config, engine, records, switches, table.KeyAt(index)) is not { } finding)
        {
            return null;
        }

        var (steps, _) = Replay(index);
        var (verdict, trace) = finding.ToTrace(engine, steps);
        return Finish(verdict, trace, finding.Violation, null);
    }

    /// <summary>The shortest path to stored state <paramref name="stateNumber"/>, as model commands run through <c>SriovModel.Apply</c>.</summary>
    private (IReadOnlyList<ExplorationStep> Steps, ModelState State) Replay(int stateNumber)
    {
        var chain = new List<(PackedKey Key, int Command, int Parent, int State)>();
        for (var s = stateNumber; s > 0; s = table.ParentOf(s))
        {
            chain.Add((table.KeyAt(s), table.CommandOf(s), table.ParentOf(s), s));
        }

        chain.Reverse();
        return PackedPath.Replay(config, engine, chain);
    }

    /// <summary>Adds the run of equal premise facts of consecutive states to the per-mask counts.</summary>
    private void AddFacts(int facts, long times) => factCounts[facts] = factCounts.GetValueOrDefault(facts) + times;

    private ExplorationResult Finish(ExplorationVerdict verdict, ExplorationTrace? trace, InvariantViolation? violation, string? boundReason)
    {
        stopwatch.Stop();
        var kinds = new List<ExploredKindCoverage>(kindNames.Count);
        for (var k = 0; k < kindNames.Count; k++)
        {
            kinds.Add(new ExploredKindCoverage(kindNames[k], perKindCandidates[k] * expanded, enabled[k], taken[k]));
        }

        var premiseCounts = new long[InvariantPremises.InvariantIds.Count];
        foreach (var (facts, times) in factCounts)
        {
            InvariantPremises.CountFacts(facts, premiseCounts, times);
        }

        var invariants = InvariantPremises.Coverage(premiseCounts);

        var inv = CultureInfo.InvariantCulture;
        return new ExplorationResult
        {
            Config = config,
            Options = options,
            Verdict = verdict,
            States = table.Count,
            Transitions = transitions,
            Depth = depth,
            StatesPerDepth = ExplorationLevels.Of(table.Count, table.ParentOf),
            Elapsed = stopwatch.Elapsed,
            BytesPerState = table.Count == 0 ? 0 : (double)table.AllocatedBytes / table.Count,
            DiskBytesPerState = table.Count == 0 ? 0 : (double)table.DiskBytes / table.Count,
            KeyLayout = string.Create(inv, $"packed: {engine.HostCount} switch bits + {engine.VmCount} VM records × {engine.RecordWidth} bits + 1 sentinel = {engine.KeyBits} bits in {engine.KeyWords} word(s)"),
            Deadlocks = deadlocks,
            Counterexample = trace,
            Violation = violation,
            BoundReason = boundReason,
            Coverage = new CoverageReport(kinds, invariants),
            Engine = ExplorationEngine.Packed,
            CrossCheckedStates = crossChecked,
        };
    }
}
