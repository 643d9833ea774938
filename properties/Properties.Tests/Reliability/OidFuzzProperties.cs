// Properties.Tests/Reliability: malformed requests per CI run (the fuzz verb sends 100,000)
using SriovVerification.Harness.Checking;
using SriovVerification.Harness.Reliability;

namespace SriovVerification.Properties.Tests.Reliability;

public class OidFuzzProperties
{
    /// <summary>Malformed requests per CI run (the <c>fuzz</c> verb sends 100,000).</summary>
    public const int RequestCount = 3000;

    [Fact]
    public void Run_MalformedRequestsFromReachableStates_DocumentedStatusAndNothingChanged()
    {
        // Claim: every malformed OID request gets a documented status (the one its category demands, BytesNeeded = the
        // structure size for a short buffer), never an exception, and a refused one changes neither the raw read-backs
        // nor the abstract state.
        var seed = PropertyCheck.SeedFor($"{nameof(OidFuzzProperties)}.{nameof(Run_MalformedRequestsFromReachableStates_DocumentedStatusAndNothingChanged)}");
        var report = OidFuzzer.Run(seed, RequestCount, abstractState: OidFuzzer.WithAbstraction);
        Assert.True(report.Passed, report.Format());
        Assert.Equal(RequestCount, report.Requests);
        Assert.Equal(0, report.Exceptions);
        Assert.All(Enum.GetValues<FuzzCategory>(), c => Assert.True(report.CategoryCounts.GetValueOrDefault(c.ToString()) > 0, $"category {c} never sent\n{report.Format()}"));
        Assert.True(report.StructureCounts.Count >= 16, report.Format());
    }

    [Fact]
    public void Run_SameSeed_SameReport()
    {
        // Claim: a fuzz run is a function of its seed.
        Assert.Equal(OidFuzzer.Run(42, 400).Format(), OidFuzzer.Run(42, 400).Format());
    }
}
