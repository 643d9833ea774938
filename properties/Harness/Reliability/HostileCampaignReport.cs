// Harness/Reliability: what a HostileGuestCampaign tried, how the adapter answered, and what escaped
using System.Globalization;
using System.Text;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;

namespace SriovVerification.Harness.Reliability;

/// <summary>What a <see cref="HostileGuestCampaign"/> tried, how the adapter answered, and what escaped.</summary>
/// <param name="Seed">The seed of the campaign.</param>
/// <param name="Counts">Per kind of attempt: attempted, refused, dropped, accepted.</param>
/// <param name="Violations">Containment failures (something of another VF, VM or the PF changed; a frame delivered where it must not be), the first few in full.</param>
/// <param name="ViolationCount">All containment failures.</param>
public sealed record HostileCampaignReport(ulong Seed, IReadOnlyDictionary<HostileAttemptKind, HostileKindCount> Counts, IReadOnlyList<string> Violations, int ViolationCount)
{
    /// <summary>Every attempt.</summary>
    public int Attempts => Counts.Values.Sum(c => c.Attempted);

    /// <summary>The report as text.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"hostile guest seed {SeedText.Format(Seed, SeedText.DigitsShort)}: {Attempts} attempts, containment failures = {ViolationCount}\n");
        text.Append("kind                   attempted  refused  dropped  accepted\n");
        foreach (var (kind, count) in Counts.OrderBy(c => c.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"{kind,-22} {count.Attempted,9} {count.Refused,8} {count.Dropped,8} {count.Accepted,9}\n");
        }

        foreach (var violation in Violations)
        {
            text.Append("escaped: ").Append(violation).Append('\n');
        }

        return text.ToString();
    }
}
