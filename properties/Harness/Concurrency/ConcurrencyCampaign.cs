// Harness/Concurrency: runs seeded interleavings of transitions under traffic
using System.Globalization;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Runs seeded interleavings of transitions under traffic: run i uses seed <c>firstSeed + i</c>, from which its scenario,
/// policy and strategy also derive (<see cref="InterleavingOptions.FromSeed"/>), so any run replays alone from its seed.
/// </summary>
public static class ConcurrencyCampaign
{
    /// <summary>
    /// Runs <paramref name="interleavings"/> interleavings on <paramref name="workers"/> worker threads (each run its own
    /// datacenter and scheduler; with <paramref name="delayedWindow"/>, each holds at that control-path yield,
    /// <see cref="WindowDelayStrategy"/>), then, with <paramref name="windowSweep"/>, the window sweep (<see cref="WindowSweepRuns"/>);
    /// the runs are merged in seed order, so the result is the same for any worker count.
    /// </summary>
    public static CampaignResult Run(ulong firstSeed, int interleavings, IReadOnlyList<string> defects, int workers = 1, bool windowSweep = false, int? delayedWindow = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interleavings, 1);
        ArgumentNullException.ThrowIfNull(defects);
        InterleavingOptions Options(int i) => delayedWindow is { } hold
            ? InterleavingOptions.FromSeed(firstSeed + (ulong)i, defects).HeldAt(hold)
            : InterleavingOptions.FromSeed(firstSeed + (ulong)i, defects);
        var runs = IndexedWorkers.Map(interleavings, workers, i => Summary.Of(InterleavingRunner.Run(Options(i))));
        var sweep = windowSweep ? WindowSweep(firstSeed, defects, workers, Summary.Of) : [];
        return Merge(interleavings, [.. runs, .. sweep], sweep.Length);
    }

    /// <summary>Control-path yields a sweep holds at, at most, per scenario and policy.</summary>
    public const int WindowTargetsMax = 256;

    /// <summary>
    /// The window sweep: for every scenario and policy, one run per control-path yield, holding the actor that yields
    /// there (<see cref="WindowDelayStrategy"/>). A first run per scenario and policy (holding at yield 0) counts the
    /// yields; the others hold at yields 1 … count−1 (at most <see cref="WindowTargetsMax"/>). Run seeds are <c>24·firstSeed + c</c> for
    /// scenario-and-policy index c, so that <see cref="InterleavingOptions.FromSeed"/> of a run's seed gives its scenario
    /// and policy and <c>--seed S --delay-window N</c> replays it.
    /// </summary>
    public static InterleavingReport[] WindowSweepRuns(ulong firstSeed, IReadOnlyList<string> defects, int workers) =>
        WindowSweep(firstSeed, defects, workers, report => report);

    /// <summary>
    /// The window sweep's runs, each reduced by <paramref name="keep"/> on the worker that ran it (a campaign keeps a
    /// full report only of a failing run).
    /// </summary>
    private static T[] WindowSweep<T>(ulong firstSeed, IReadOnlyList<string> defects, int workers, Func<InterleavingReport, T> keep)
    {
        // FromSeed cycles through scenario, policy and strategy every 2 · combos seeds: a multiple of that is combo 0.
        var combos = 2 * Enum.GetValues<ScenarioKind>().Length;
        var baseSeed = unchecked(firstSeed * (ulong)combos * 2);
        InterleavingOptions Options(int combo, int hold) => InterleavingOptions.FromSeed(unchecked(baseSeed + (ulong)combo), defects).HeldAt(hold);
        var probes = IndexedWorkers.Map(combos, workers, c =>
        {
            var report = InterleavingRunner.Run(Options(c, 0));
            return (report.ProtocolYields, Kept: keep(report));
        });
        var targets = new List<(int Combo, int Hold)>();
        for (var c = 0; c < combos; c++)
        {
            for (var hold = 1; hold < Math.Min(probes[c].ProtocolYields, WindowTargetsMax); hold++)
            {
                targets.Add((c, hold));
            }
        }

        var rest = IndexedWorkers.Map(targets.Count, workers, i => keep(InterleavingRunner.Run(Options(targets[i].Combo, targets[i].Hold))));
        return [.. probes.Select(p => p.Kept), .. rest];
    }

    private static CampaignResult Merge(int interleavings, IReadOnlyList<Summary> runs, int windowDelays)
    {
        var failures = new List<InterleavingReport>();
        var lost = new Dictionary<(ScenarioKind, FilterMovePolicy), List<LossTally>>();
        int misdelivered = 0, duplicated = 0;
        long sent = 0;
        foreach (var report in runs)
        {
            if (report.Failure is { } failure)
            {
                failures.Add(failure);
            }

            misdelivered += report.Misdelivered;
            duplicated += report.Duplicated;
            sent += report.FramesSent;
            var key = (report.Scenario, report.Policy);
            if (!lost.TryGetValue(key, out var list))
            {
                lost[key] = list = [];
            }

            list.Add(report.Loss);
        }

        return new CampaignResult(interleavings, failures, misdelivered, duplicated, sent,
            lost.ToDictionary(p => p.Key, p => (IReadOnlyList<LossTally>)p.Value), windowDelays);
    }

    /// <summary>The median of <paramref name="values"/> (the lower middle for an even count).</summary>
    public static int Median(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(sorted.Count - 1) / 2];
    }

    /// <summary>
    /// The campaign as a table: per scenario and policy, runs, frames lost per run (migration pauses excluded; median,
    /// maximum), and all lost frames split into the documented window, in flight at a surprise removal, and outside.
    /// </summary>
    public static IEnumerable<string> Table(CampaignResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return "| Transition | Policy | Runs | Frames lost per run, median | Maximum | In the window | In flight at surprise removal | Migration pause | Outside (violations) |";
        yield return "|---|---|---|---|---|---|---|---|---|";
        foreach (var ((scenario, policy), tallies) in result.LossPerRun.OrderBy(p => p.Key.Scenario).ThenBy(p => p.Key.Policy))
        {
            var perRun = tallies.Select(t => t.Lost - t.LostInMigration).ToList();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {scenario} | {policy} | {tallies.Count} | {Median(perRun)} | {perRun.Max()} | {tallies.Sum(t => t.LostInWindow)} | {tallies.Sum(t => t.LostInSurprise)} | {tallies.Sum(t => t.LostInMigration)} | {tallies.Sum(t => t.LostOutsideWindow)} |");
        }
    }

    /// <summary>What the campaign keeps of one run: the full report only when it failed.</summary>
    private sealed record Summary(InterleavingReport? Failure, int Misdelivered, int Duplicated, long FramesSent, ScenarioKind Scenario, FilterMovePolicy Policy, LossTally Loss)
    {
        public static Summary Of(InterleavingReport report) => new(
            report.Passed ? null : report, report.Frames.Misdelivered, report.Frames.Duplicated, report.Frames.FramesSent, report.Options.Scenario, report.Options.Policy, report.Frames.Loss);
    }
}
