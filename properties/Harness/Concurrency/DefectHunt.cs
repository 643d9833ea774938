// Harness/Concurrency: searches seeds, in order, for an interleaving in which the checkers fail
namespace SriovVerification.Harness.Concurrency;

/// <summary>Searches seeds, in order, for an interleaving in which the checkers fail: the first one found is the replayable witness.</summary>
public static class DefectHunt
{
    /// <summary>
    /// Runs <paramref name="template"/> with seeds <paramref name="firstSeed"/>, +1, … for at most
    /// <paramref name="attemptsMax"/> runs; returns the first failing report, or null when the bound was reached.
    /// </summary>
    public static InterleavingReport? FirstFailure(InterleavingOptions template, ulong firstSeed, int attemptsMax)
    {
        ArgumentNullException.ThrowIfNull(template);
        for (var i = 0; i < attemptsMax; i++)
        {
            var report = InterleavingRunner.Run(template with { Seed = firstSeed + (ulong)i });
            if (!report.Passed)
            {
                return report;
            }
        }

        return null;
    }
}
