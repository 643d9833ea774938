// Harness/Concurrency: how a scheduled run failed, as the checker that caught it names it
using System.Text.RegularExpressions;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// How a scheduled run failed, as the checker that caught it names it: the invariant id of a frame violation
/// (<c>INV-09</c>, <c>INV-11</c>, <c>INV-12</c>), <c>duplicated</c>, <c>lost outside the window</c>, <c>connection
/// reset</c>, or the scheduler's verdict. Two runs fail "the same way" when their first kinds are equal.
/// </summary>
public static partial class RaceFailure
{
    /// <summary>The kinds of every violation of <paramref name="report"/>, in order, without repeats; empty when it passed.</summary>
    public static IReadOnlyList<string> Kinds(InterleavingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kinds = new List<string>();
        if (report.Schedule.Verdict == ScheduleVerdict.ActorFailed && ActorCrash().Match(report.Schedule.Failure) is { Success: true } crash)
        {
            // What threw, so that shrinking keeps the same crash: the exception type, or the adapter assertion's name.
            kinds.Add(crash.Groups["type"].Value == "AdapterInvariantException"
                ? "adapter assertion " + crash.Groups["name"].Value
                : "adapter threw " + crash.Groups["type"].Value);
        }
        else if (report.Schedule.Verdict != ScheduleVerdict.Completed)
        {
            kinds.Add(report.Schedule.Verdict.ToString());
        }

        foreach (var violation in report.Frames.Violations)
        {
            var kind = Kind(violation);
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    /// <summary>The kind of one violation line.</summary>
    public static string Kind(string violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (InvariantId().Match(violation) is { Success: true } id)
        {
            return id.Value;
        }

        if (AdapterCrash().Match(violation) is { Success: true } crash)
        {
            return crash.Value;
        }

        return violation.Contains("outside the documented window", StringComparison.Ordinal) ? "lost outside the window"
            : DeliveredTimes().IsMatch(violation) ? "duplicated"
            : violation.Contains("reset", StringComparison.Ordinal) ? "connection reset"
            : violation.Contains("log bound", StringComparison.Ordinal) ? "log bound"
            : "other";
    }

    /// <summary>Whether <paramref name="candidate"/> fails with the first kind of <paramref name="original"/>.</summary>
    public static bool SameWay(InterleavingReport original, InterleavingReport candidate)
    {
        var first = Kinds(original);
        return first.Count > 0 && Kinds(candidate).Contains(first[0]);
    }

    [GeneratedRegex(@"^INV-\d\d")]
    private static partial Regex InvariantId();

    [GeneratedRegex(@"^(actor \S+ at step \d+|setup): (?<type>\w+): (?<name>[^:]*)")]
    private static partial Regex ActorCrash();

    [GeneratedRegex(@"^adapter (threw|assertion) \S+")]
    private static partial Regex AdapterCrash();

    [GeneratedRegex(@"delivered \d+ times")]
    private static partial Regex DeliveredTimes();
}
