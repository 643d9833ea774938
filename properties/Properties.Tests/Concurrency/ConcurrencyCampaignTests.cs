// Properties.Tests/Concurrency: environment variable
using System.Globalization;
using SriovVerification.Harness.Concurrency;

namespace SriovVerification.Properties.Tests.Concurrency;

public class ConcurrencyCampaignTests
{
    /// <summary>Environment variable: interleavings of the campaign (the figures in docs/BENCHMARKS.md use 1200).</summary>
    public const string InterleavingsVariable = "SRIOV_CONCURRENCY_INTERLEAVINGS";

    private const int InterleavingsDefault = 96;
    private const ulong FirstSeed = 0xC0_0000UL;

    [Fact]
    public void Run_SeededInterleavingsNoDefect_NoMisdeliveryNoDuplicateNoFailure()
    {
        var interleavings = int.TryParse(Environment.GetEnvironmentVariable(InterleavingsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : InterleavingsDefault;

        var result = ConcurrencyCampaign.Run(FirstSeed, interleavings, []);

        Console.WriteLine($"seed 0x{FirstSeed:X}: {result.Interleavings} interleavings, {result.FramesSent} frames, {result.Misdelivered} misdelivered, {result.Duplicated} duplicated, {result.Failures.Count} failing");
        foreach (var line in ConcurrencyCampaign.Table(result))
        {
            Console.WriteLine(line);
        }

        Assert.True(result.Failures.Count == 0, result.Failures.Count == 0 ? "" : result.Failures[0].Describe());
        Assert.Equal(0, result.Misdelivered);
        Assert.Equal(0, result.Duplicated);
    }

    [Fact]
    public void Median_EvenCount_LowerMiddle() => Assert.Equal(2, ConcurrencyCampaign.Median([4, 1, 2, 3]));
}
