// What a time-to-detection measurement found: the sorted detection times and shrunk lengths, their median and slowest.
using SriovVerification.Harness.Conformance.Randomized;

namespace SriovVerification.Harness.Benchmarks;

/// <summary>The detections of <see cref="DetectionTime.Measure"/>.</summary>
/// <param name="SeedCount">Seeds run.</param>
/// <param name="TimesSeconds">Time to each detection, in seconds, ascending.</param>
/// <param name="ShrunkLengths">Each detection's shrunk length in steps, ascending.</param>
/// <param name="FirstCounterexample">The counterexample of the first seed that detected, or null.</param>
public sealed record DetectionSummary(int SeedCount, IReadOnlyList<double> TimesSeconds, IReadOnlyList<int> ShrunkLengths, Counterexample? FirstCounterexample)
{
    /// <summary>Seeds that detected.</summary>
    public int Detected => TimesSeconds.Count;

    /// <summary>The median time to detection in seconds, or null when no seed detected.</summary>
    public double? MedianSeconds =>
        Detected == 0 ? null
        : Detected % 2 == 1 ? TimesSeconds[Detected / 2]
        : (TimesSeconds[(Detected / 2) - 1] + TimesSeconds[Detected / 2]) / 2;

    /// <summary>The slowest detection in seconds, or null when no seed detected.</summary>
    public double? MaxSeconds => Detected == 0 ? null : TimesSeconds[^1];
}
