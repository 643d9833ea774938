// Harness/Reliability: what an OidFuzzer run sent and how the adapter answered
using System.Globalization;
using System.Text;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>What an <see cref="OidFuzzer"/> run sent and how the adapter answered.</summary>
public sealed class OidFuzzReport
{
    /// <summary>Violations kept in full; the rest are only counted.</summary>
    public const int ViolationsKeptMax = 20;

    private readonly List<string> violations = [];

    /// <summary>The seed of the run.</summary>
    public ulong Seed { get; init; }

    /// <summary>Malformed requests sent.</summary>
    public int Requests { get; internal set; }

    /// <summary>Requests that threw (an exception out of the adapter, its self-checks included).</summary>
    public int Exceptions { get; internal set; }

    /// <summary>Adapter states the requests were sent from.</summary>
    public int States { get; internal set; }

    /// <summary>Requests answered per status (NDIS name).</summary>
    public SortedDictionary<string, int> StatusCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests sent per parameter structure.</summary>
    public SortedDictionary<string, int> StructureCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests sent per category.</summary>
    public SortedDictionary<string, int> CategoryCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>All violations found (an exception, an undocumented status, a wrong status or BytesNeeded, a refused request that changed state).</summary>
    public int ViolationCount { get; private set; }

    /// <summary>The first <see cref="ViolationsKeptMax"/> violations.</summary>
    public IReadOnlyList<string> Violations => violations;

    /// <summary>Whether nothing was wrong.</summary>
    public bool Passed => ViolationCount == 0 && Exceptions == 0;

    internal void Count(MalformedRequest request, NdisStatus status)
    {
        Requests++;
        Increment(StatusCounts, NdisNames.Status(status));
        Increment(StructureCounts, request.Structure);
        Increment(CategoryCounts, request.Category.ToString());
    }

    internal void Violation(string message)
    {
        ViolationCount++;
        if (violations.Count < ViolationsKeptMax)
        {
            violations.Add(message);
        }
    }

    /// <summary>Adds the counts and violations of <paramref name="later"/>, a report of requests sent after these (not its states).</summary>
    internal void Add(OidFuzzReport later)
    {
        Requests += later.Requests;
        Exceptions += later.Exceptions;
        ViolationCount += later.ViolationCount;
        foreach (var violation in later.violations)
        {
            if (violations.Count < ViolationsKeptMax)
            {
                violations.Add(violation);
            }
        }

        foreach (var (target, source) in new[] { (StatusCounts, later.StatusCounts), (StructureCounts, later.StructureCounts), (CategoryCounts, later.CategoryCounts) })
        {
            foreach (var (key, count) in source)
            {
                target[key] = target.GetValueOrDefault(key) + count;
            }
        }
    }

    /// <summary>The report as text: totals, then counts per status, per structure and per category, then violations.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var seed = SeedText.Format(Seed, SeedText.DigitsShort);
        text.Append(CultureInfo.InvariantCulture, $"fuzz seed {seed}: {Requests} malformed requests from {States} adapter states, exceptions = {Exceptions}, violations = {ViolationCount}\n");
        Section(text, "per status", StatusCounts);
        Section(text, "per structure", StructureCounts);
        Section(text, "per category", CategoryCounts);
        foreach (var violation in violations)
        {
            text.Append("violation: ").Append(violation).Append('\n');
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, SortedDictionary<string, int> counts)
    {
        text.Append(title).Append(":\n");
        foreach (var (key, count) in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key,-42} {count,8}\n");
        }
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
