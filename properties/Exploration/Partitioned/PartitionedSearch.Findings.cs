// Exploration/Partitioned: the end of a partitioned search
using System.Globalization;
using SriovVerification.Exploration.Packed;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// The end of a partitioned search: a finding's shortest path, rebuilt from the parent links the partitions hold and
/// replayed through <c>SriovModel.Apply</c>, with the finding recomputed here from the keys, as one process reports it.
/// </summary>
internal sealed partial class PartitionedSearch
{
    private async Task<ExplorationResult> FindingAsync(PartitionEvent found, long states, int level)
    {
        var (steps, state) = await PathAsync(found.Source).ConfigureAwait(false);
        switch (found.Kind)
        {
            case PartitionEventKind.Deadlock:
                return Finish(ExplorationVerdict.Deadlock, new ExplorationTrace(steps, $"deadlock: no command of profile {options.Profile.ToName()} is enabled"), null, null, level, states);
            case PartitionEventKind.StateViolation:
            {
                var records = new ulong[PackedHostStack.MaxVms];
                var (path, _) = PackedPath.Replay(config, engine, [.. await ChainAsync(found.Source).ConfigureAwait(false), (found.Key, found.Command, found.Source, -1)]);
                var violation = engine.CheckState(records, engine.Unpack(found.Key, records))
                    ?? throw new InvalidOperationException($"state violation of a partition at level {level} does not recur here: {found.Text}");
                return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace(path, violation.ToString()), violation, null, level, states);
            }

            default:
            {
                var records = new ulong[PackedHostStack.MaxVms];
                var sourceKey = (await LookupAsync(found.Source).ConfigureAwait(false)).Key;
                engine.Expand(records, engine.Unpack(sourceKey, records), new PackedSuccessor[engine.Candidates.Count]);
                var command = engine.Candidates[found.Command];
                var last = SriovModel.Apply(config, state, command);
                List<ExplorationStep> path = [.. steps, new ExplorationStep(command, last.Outcome)];
                if (found.Kind == PartitionEventKind.DerivationFailure)
                {
                    var reason = engine.DerivationFailure ?? found.Text;
                    return Finish(ExplorationVerdict.EngineMismatch, new ExplorationTrace(path, $"engine mismatch: {command}: {reason}"), null, null, level, states);
                }

                var violation = engine.StepViolation
                    ?? throw new InvalidOperationException($"step violation of a partition at level {level} does not recur here: {found.Text}");
                return Finish(ExplorationVerdict.InvariantViolated, new ExplorationTrace(path, violation.ToString()), violation, null, level, states);
            }
        }
    }

    private async Task<ExplorationResult> CrossCheckFindingAsync(int global, long states, int level)
    {
        var (steps, _) = await PathAsync(global).ConfigureAwait(false);
        var key = (await LookupAsync(global).ConfigureAwait(false)).Key;
        var records = new ulong[PackedHostStack.MaxVms];
        var finding = PackedCrossCheck.Run(config, engine, records, engine.Unpack(key, records), key)
            ?? throw new InvalidOperationException($"the full check of state {global} failed on its partition but not here");
        var (verdict, trace) = finding.ToTrace(engine, steps);
        return Finish(verdict, trace, finding.Violation, null, level, states);
    }

    private async Task<(IReadOnlyList<ExplorationStep> Steps, ModelState State)> PathAsync(int global) =>
        PackedPath.Replay(config, engine, await ChainAsync(global).ConfigureAwait(false));

    /// <summary>The stored states from the initial state's successor to state <paramref name="global"/>, by parent links.</summary>
    private async Task<List<(PackedKey Key, int Command, int Parent, int State)>> ChainAsync(int global)
    {
        var chain = new List<(PackedKey Key, int Command, int Parent, int State)>();
        for (var s = global; s > 0;)
        {
            var stored = await LookupAsync(s).ConfigureAwait(false);
            chain.Add((stored.Key, stored.Command, stored.Parent, s));
            s = stored.Parent;
        }

        chain.Reverse();
        return chain;
    }

    private async Task<StoredState> LookupAsync(int global)
    {
        if (global == 0)
        {
            var records = new ulong[PackedHostStack.MaxVms];
            var switches = engine.Initial(records);
            return new StoredState(engine.Pack(records, switches), -1, 0);
        }

        var answers = await Ask(p => transport.LookupAsync(p, global)).ConfigureAwait(false);
        var found = answers.Where(a => a.Length > 0).Select(StoredState.FromBytes).ToList();
        return found.Count == 1 ? found[0] : throw new InvalidOperationException($"state {global} is held by {found.Count} partitions, not one");
    }

    private ExplorationResult Finish(ExplorationVerdict verdict, ExplorationTrace? trace, InvariantViolation? violation, string? boundReason, int depth = 0, long? states = null)
    {
        stopwatch.Stop();
        var kindNames = new List<string>();
        var kindIndex = new Dictionary<Type, int>();
        var offered = new List<long>();
        var kindEnabled = new List<long>();
        var kindTaken = new List<long>();
        for (var c = 0; c < engine.Candidates.Count; c++)
        {
            var type = engine.Candidates[c].GetType();
            if (!kindIndex.TryGetValue(type, out var kind))
            {
                kind = kindNames.Count;
                kindIndex.Add(type, kind);
                kindNames.Add(type.Name);
                offered.Add(0);
                kindEnabled.Add(0);
                kindTaken.Add(0);
            }

            offered[kind] += expanded;
            kindEnabled[kind] += enabled[c];
            kindTaken[kind] += taken[c];
        }

        var kinds = kindNames.Select((name, k) => new ExploredKindCoverage(name, offered[k], kindEnabled[k], kindTaken[k])).ToList();
        var premiseCounts = new long[InvariantPremises.InvariantIds.Count];
        foreach (var (value, times) in facts)
        {
            InvariantPremises.CountFacts(value, premiseCounts, times);
        }

        var stored = states ?? levelSizes.Sum();
        var inv = CultureInfo.InvariantCulture;
        return new ExplorationResult
        {
            Config = config,
            Options = options,
            Verdict = verdict,
            States = stored,
            Transitions = transitions,
            Depth = depth,
            StatesPerDepth = [.. levelSizes],
            Elapsed = stopwatch.Elapsed,
            BytesPerState = stored == 0 ? 0 : (double)allocatedBytes / stored,
            DiskBytesPerState = stored == 0 ? 0 : (double)diskBytes / stored,
            KeyLayout = string.Create(inv, $"packed: {engine.HostCount} switch bits + {engine.VmCount} VM records × {engine.RecordWidth} bits + 1 sentinel = {engine.KeyBits} bits in {engine.KeyWords} word(s)"),
            Deadlocks = deadlocks,
            Counterexample = trace,
            Violation = violation,
            BoundReason = boundReason,
            Coverage = new CoverageReport(kinds, InvariantPremises.Coverage(premiseCounts)),
            Engine = ExplorationEngine.Packed,
            CrossCheckedStates = crossChecked,
        };
    }
}
