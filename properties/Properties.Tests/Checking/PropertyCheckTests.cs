using FsCheck;
using FsCheck.Fluent;
using SriovVerification.Harness.Checking;

namespace SriovVerification.Properties.Tests.Checking;

public class PropertyCheckTests
{
    private static readonly Arbitrary<int> Numbers = Arb.From(Gen.Choose(0, 1000), n => n > 0 ? [n / 2, n - 1] : []);

    [Fact]
    public void Run_FailingProperty_MessageStartsWithSeedAndReplayLine()
    {
        var failure = Assert.Throws<PropertyFailedException>(() =>
            PropertyCheck.Run(Prop.ForAll(Numbers, n => n < 100), 0x1234ABCDUL, 100, "PropertyCheckTests.Example"));

        Assert.StartsWith(
            "seed 0x1234ABCD — replay: SRIOV_SEED=0x1234ABCD SRIOV_MAX_TEST=100 dotnet test --filter FullyQualifiedName~PropertyCheckTests.Example\n",
            failure.Message,
            StringComparison.Ordinal);
        Assert.Equal(0x1234ABCDUL, failure.Seed);
    }

    [Fact]
    public void Run_FailingProperty_ReportsShrunkCounterexample()
    {
        var failure = Assert.Throws<PropertyFailedException>(() =>
            PropertyCheck.Run(Prop.ForAll(Numbers, n => n < 100), 7, 200, "X"));

        Assert.Contains("counterexample (shrunk):\n100\n", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeed_SameCounterexample()
    {
        var first = new List<int>();
        var second = new List<int>();
        Assert.Throws<PropertyFailedException>(() => PropertyCheck.Run(Prop.ForAll(Numbers, n => { first.Add(n); return n < 900; }), 42, 300, "X"));
        Assert.Throws<PropertyFailedException>(() => PropertyCheck.Run(Prop.ForAll(Numbers, n => { second.Add(n); return n < 900; }), 42, 300, "X"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentValues()
    {
        var first = new List<int>();
        var second = new List<int>();
        PropertyCheck.Run(Prop.ForAll(Numbers, n => { first.Add(n); return true; }), 1, 20, "X");
        PropertyCheck.Run(Prop.ForAll(Numbers, n => { second.Add(n); return true; }), 2, 20, "X");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Run_PassingProperty_RunsMaxTestCases()
    {
        var count = 0;
        PropertyCheck.Run(Prop.ForAll(Numbers, _ => { count++; return true; }), 3, 37, "X");

        Assert.Equal(37, count);
    }

    [Fact]
    public void SeedFor_NoEnvironment_SameNameSameSeed()
    {
        if (Environment.GetEnvironmentVariable(PropertyCheck.SeedVariable) is not null)
        {
            return;
        }

        Assert.Equal(PropertyCheck.SeedFor("A.B"), PropertyCheck.SeedFor("A.B"));
        Assert.NotEqual(PropertyCheck.SeedFor("A.B"), PropertyCheck.SeedFor("A.C"));
    }

    [Theory]
    [InlineData("0x1234ABCD", 0x1234ABCDUL)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    [InlineData("42", 42UL)]
    public void TryParseSeed_HexOrDecimal_Parses(string text, ulong expected)
    {
        Assert.True(PropertyCheck.TryParseSeed(text, out var seed));
        Assert.Equal(expected, seed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("-1")]
    [InlineData("0x1FFFFFFFFFFFFFFFF")]
    public void TryParseSeed_Malformed_Fails(string text) => Assert.False(PropertyCheck.TryParseSeed(text, out _));

    [Fact]
    public void Check_FailingAssertion_ReplayFilterNamesClassAndMethod()
    {
        if (Environment.GetEnvironmentVariable(PropertyCheck.SeedVariable) is not null || Environment.GetEnvironmentVariable(PropertyCheck.MaxTestVariable) is not null)
        {
            return;
        }

        var failure = Assert.Throws<PropertyFailedException>(() => PropertyCheck.ForAll(Numbers, n => Assert.True(n < 10)));

        var seed = PropertyCheck.SeedFor("PropertyCheckTests.Check_FailingAssertion_ReplayFilterNamesClassAndMethod");
        Assert.StartsWith($"seed {PropertyCheck.FormatSeed(seed)} — replay: SRIOV_SEED={PropertyCheck.FormatSeed(seed)} SRIOV_MAX_TEST=100 dotnet test --filter FullyQualifiedName~PropertyCheckTests.Check_FailingAssertion_ReplayFilterNamesClassAndMethod\n", failure.Message, StringComparison.Ordinal);
    }
}
