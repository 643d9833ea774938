using System.Globalization;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Runs seeded interleavings of transitions under traffic: run i uses seed <c>firstSeed + i</c>, from which its scenario,
/// policy and strategy also derive (<see cref="InterleavingOptions.FromSeed"/>), so any run replays alone from its seed.
/// </summary>
public static class ConcurrencyCampaign
{
    /// <summary>Runs <paramref name="interleavings"/> interleavings.</summary>
    public static CampaignResult Run(ulong firstSeed, int interleavings, IReadOnlyList<string> defects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interleavings, 1);
        ArgumentNullException.ThrowIfNull(defects);
        var failures = new List<InterleavingReport>();
        var lost = new Dictionary<(ScenarioKind, FilterMovePolicy), List<int>>();
        int misdelivered = 0, duplicated = 0;
        long sent = 0;
        for (var i = 0; i < interleavings; i++)
        {
            var report = InterleavingRunner.Run(InterleavingOptions.FromSeed(firstSeed + (ulong)i, defects));
            if (!report.Passed)
            {
                failures.Add(report);
            }

            misdelivered += report.Frames.Misdelivered;
            duplicated += report.Frames.Duplicated;
            sent += report.Frames.FramesSent;
            var key = (report.Options.Scenario, report.Options.Policy);
            if (!lost.TryGetValue(key, out var list))
            {
                lost[key] = list = [];
            }

            list.Add(report.Frames.Loss.Lost - report.Frames.Loss.LostInMigration);
        }

        return new CampaignResult(interleavings, failures, misdelivered, duplicated, sent,
            lost.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value));
    }

    /// <summary>The median of <paramref name="values"/> (the lower middle for an even count).</summary>
    public static int Median(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(sorted.Count - 1) / 2];
    }

    /// <summary>The campaign as a table: per scenario and policy, runs and frames lost per run (median, maximum).</summary>
    public static IEnumerable<string> Table(CampaignResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return "| Transition | Policy | Runs | Frames lost per run, median | Maximum |";
        yield return "|---|---|---|---|---|";
        foreach (var ((scenario, policy), values) in result.LostPerRun.OrderBy(p => p.Key.Scenario).ThenBy(p => p.Key.Policy))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {policy} | {values.Count} | {Median(values)} | {values.Max()} |");
        }
    }
}
