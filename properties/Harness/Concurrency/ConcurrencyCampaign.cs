// Harness/Concurrency: runs seeded interleavings of transitions under traffic
using System.Globalization;
using SriovVerification.Exploration.Search;
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
    /// datacenter and scheduler); the runs are merged in seed order, so the result is the same for any worker count.
    /// </summary>
    public static CampaignResult Run(ulong firstSeed, int interleavings, IReadOnlyList<string> defects, int workers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interleavings, 1);
        ArgumentNullException.ThrowIfNull(defects);
        var failures = new List<InterleavingReport>();
        var lost = new Dictionary<(ScenarioKind, FilterMovePolicy), List<LossTally>>();
        int misdelivered = 0, duplicated = 0;
        long sent = 0;
        var runs = IndexedWorkers.Map(interleavings, workers, i => Summary.Of(InterleavingRunner.Run(InterleavingOptions.FromSeed(firstSeed + (ulong)i, defects))));
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
            lost.ToDictionary(p => p.Key, p => (IReadOnlyList<LossTally>)p.Value));
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
