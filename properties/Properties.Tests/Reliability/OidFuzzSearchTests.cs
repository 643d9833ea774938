// Properties.Tests/Reliability: the OID fuzzer's requests drawn and shrunk by CsCheck
using System.Text.RegularExpressions;
using SriovVerification.Harness.Reliability;
using SriovVerification.Implementation;

namespace SriovVerification.Properties.Tests.Reliability;

/// <summary>The OID fuzzer's requests drawn and shrunk by CsCheck.</summary>
public sealed partial class OidFuzzSearchTests
{
    [Fact]
    public void Run_NoDefect_EveryCasePasses()
    {
        // Malformed requests drawn by CsCheck from reachable states: documented statuses, refusals change nothing.
        Assert.Null(OidFuzzSearch.Run(400, seed: "0000000000000"));
    }

    [Theory]
    [InlineData(DefectCatalog.CountedStringLengthUnchecked)]
    public void Run_DefectThatBreaksARefusal_ShrinksToAFewEditsAndReplaysFromItsSeed(string defect)
    {
        var report = OidFuzzSearch.Run(4000, seed: "0000000000000", defects: [defect]);
        Assert.NotNull(report);
        Console.WriteLine(report);
        var seed = SeedOf().Match(report).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(seed), report);

        var again = OidFuzzSearch.Run(1, seed: seed, defects: [defect]);

        Assert.NotNull(again);
        Assert.Null(OidFuzzSearch.Run(1, seed: seed));
    }

    [GeneratedRegex("seed: \"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SeedOf();
}
