// Harness/Generation: coverage-guided generation
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Coverage-guided generation: the weights of the next epoch of sequences from the coverage merged so far (in sequence
/// index order, so the weights depend only on the run's seed and the epoch, never on the worker count). A kind's
/// accepted weight grows when it was accepted less often than the average kind (up to ×<see cref="BoostMax"/>), when a
/// kernel or VM-attachment transition its trigger drives was never taken (×3), and when it is one of the kinds whose
/// steps established an invariant premise that held after fewer than 1 % of the steps (×2). A kind never refused so far
/// gets ×<see cref="BoostMax"/> on refused draws (the refusal rows of <c>docs/MODEL.md</c> are per command kind).
/// </summary>
public static class CoverageGuide
{
    /// <summary>Sequences per epoch: the weights change only between epochs.</summary>
    public const int EpochSequences = 16;

    /// <summary>Fixed-point scale of the weights (a base weight of 1 is <see cref="Scale"/>).</summary>
    public const int Scale = 8;

    /// <summary>Largest multiplier of one kind's weight from one reason.</summary>
    public const int BoostMax = 8;

    /// <summary>The weights of epoch <paramref name="epoch"/> after <paramref name="merged"/>, the coverage of every earlier epoch.</summary>
    public static GenerationBias Next(CommandKinds kinds, Coverage merged, int epoch)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(merged);
        var bias = GenerationBias.Unguided(kinds);
        var byName = merged.Kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        long acceptedTotal = 0;
        foreach (var k in merged.Kinds)
        {
            acceptedTotal += k.Accepted;
        }

        var mean = (double)acceptedTotal / Math.Max(1, kinds.Names.Count);
        var untakenTriggers = UntakenTriggers(merged);
        var premiseKinds = merged.RarePremiseMakers(0.01);
        for (var k = 0; k < kinds.Names.Count; k++)
        {
            var name = kinds.Names[k];
            var accepted = byName.TryGetValue(name, out var counts) ? counts.Accepted : 0;
            var refused = counts?.Refused ?? 0;
            var boost = Math.Clamp(Math.Sqrt(mean / (accepted + 1)), 1, BoostMax);
            if (Coverage.TriggersOf(kinds.Representative(k)).Any(untakenTriggers.Contains))
            {
                boost *= 3;
            }

            if (premiseKinds.Contains(name))
            {
                boost *= 2;
            }

            bias.Accepted[k] = (int)Math.Round(bias.Accepted[k] * Math.Min(boost, BoostMax * 3));
            bias.Refused[k] = refused == 0 ? Scale * BoostMax : Scale;
        }

        return bias with { Epoch = epoch };
    }

    private static HashSet<string> UntakenTriggers(Coverage merged)
    {
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in merged.UnexercisedTransitions)
        {
            var start = key.IndexOf(" --", StringComparison.Ordinal);
            var end = key.IndexOf("--> ", StringComparison.Ordinal);
            if (start > 0 && end > start)
            {
                triggers.Add(key[(start + 3)..end]);
            }
        }

        return triggers;
    }
}
