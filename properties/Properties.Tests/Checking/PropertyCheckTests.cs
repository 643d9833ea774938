// Properties.Tests/Checking: runs Below through Check.Method as FsCheck.Xunit does, from a replay text like the attribute's
using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using SriovVerification.Harness.Checking;

namespace SriovVerification.Properties.Tests.Checking;

public class PropertyCheckTests
{
    private static readonly List<int> Drawn = [];

    [Fact]
    public void FailureMessage_FsCheckReport_StartsWithSeedAndReplayLine()
    {
        var message = PropertyCheck.FailureMessage(0x1234ABCDUL, 100, "PropertyCheckTests.Example", FalsifiedReport(0x1234ABCDUL, 100, 100));

        Assert.StartsWith(
            "seed 0x1234ABCD — replay: SRIOV_SEED=0x1234ABCD SRIOV_MAX_TEST=100 dotnet test --filter FullyQualifiedName~PropertyCheckTests.Example\n",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void FailureMessage_ShrunkReport_ReportsShrunkCounterexample()
    {
        var message = PropertyCheck.FailureMessage(7, 200, "X", FalsifiedReport(7, 200, 100));

        Assert.Contains("counterexample (shrunk):\n100\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_SameSeed_SameValuesAsCheckOneOfPropForAll()
    {
        // Claim: FsCheck.Xunit's path (Check.Method over a typed parameter, the attribute's replay text) draws the same
        // values from a seed as the suite's former path (Check.One of Prop.ForAll with new Rnd(seed)).
        var viaMethod = DrawThroughMethod(SriovPropertyAttribute.ReplayFor(42), 300, 900);
        var viaForAll = new List<int>();
        var config = Config.Quick.WithMaxTest(300).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(42), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(Numbers.Arbitrary(), n => { viaForAll.Add(n); return n < 900; }));

        Assert.NotEmpty(viaMethod);
        Assert.Equal(viaForAll, viaMethod);
    }

    [Fact]
    public void Replay_DifferentSeeds_DifferentValues()
    {
        var first = DrawThroughMethod(SriovPropertyAttribute.ReplayFor(1), 20, int.MaxValue);
        var second = DrawThroughMethod(SriovPropertyAttribute.ReplayFor(2), 20, int.MaxValue);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void MaxTestDefault_NoEnvironment_RunsThatManyCases()
    {
        if (Environment.GetEnvironmentVariable(PropertyCheck.MaxTestVariable) is not null)
        {
            return;
        }

        var attribute = new SriovPropertyAttribute { MaxTestDefault = 37 };

        Assert.Equal(37, attribute.MaxTest);
        Assert.Equal(37, DrawThroughMethod(attribute.Replay, attribute.MaxTest, int.MaxValue).Count);
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
        Assert.True(SeedText.TryParse(text, out var seed));
        Assert.Equal(expected, seed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("-1")]
    [InlineData("0x1FFFFFFFFFFFFFFFF")]
    public void TryParseSeed_Malformed_Fails(string text) => Assert.False(SeedText.TryParse(text, out _));

    [Fact]
    public void Constructor_AppliedInThisFile_SeedOfClassAndMethodAndReplayText()
    {
        if (Environment.GetEnvironmentVariable(PropertyCheck.SeedVariable) is not null || Environment.GetEnvironmentVariable(PropertyCheck.MaxTestVariable) is not null)
        {
            return;
        }

        var attribute = new SriovPropertyAttribute();

        const string filter = "PropertyCheckTests.Constructor_AppliedInThisFile_SeedOfClassAndMethodAndReplayText";
        var seed = PropertyCheck.SeedFor(filter);
        Assert.Equal(filter, attribute.TestFilter);
        Assert.Equal(seed, attribute.Seed);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"({seed},11400714819323198485)"), attribute.Replay);
        Assert.Equal(PropertyCheck.MaxTestDefault, attribute.MaxTest);
        Assert.StartsWith($"seed {SeedText.Format(seed, SeedText.DigitsShort)} — replay: SRIOV_SEED={SeedText.Format(seed, SeedText.DigitsShort)} SRIOV_MAX_TEST=100 dotnet test --filter FullyQualifiedName~{filter}\n", PropertyCheck.FailureMessage(seed, attribute.MaxTest, attribute.TestFilter, ""), StringComparison.Ordinal);
    }

    /// <summary>Runs <see cref="Below"/> through <c>Check.Method</c> as FsCheck.Xunit does, from a replay text like the attribute's.</summary>
    private static List<int> DrawThroughMethod(string replay, int maxTest, int bound)
    {
        var parts = replay.Trim('(', ')').Split(',');
        var rnd = new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
        var config = Config.Quick.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None))).WithArbitrary([typeof(Numbers)]);
        lock (Drawn)
        {
            Drawn.Clear();
            Below.Bound = bound;
            Check.Method(config, typeof(Below).GetMethod(nameof(Below.Holds), BindingFlags.Public | BindingFlags.Static)!, null);
            return [.. Drawn];
        }
    }

    private static string FalsifiedReport(ulong seed, int maxTest, int bound)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        var failure = Assert.ThrowsAny<Exception>(() => Check.One(config, Prop.ForAll(Numbers.Arbitrary(), n => n < bound)));
        return failure.Message;
    }

    /// <summary>Integers 0 … 1000, shrunk by halving and by one.</summary>
    private static class Numbers
    {
        public static Arbitrary<int> Arbitrary() => Arb.From(Gen.Choose(0, 1000), n => n > 0 ? [n / 2, n - 1] : []);
    }

    /// <summary>The property <c>n &lt; Bound</c>, recording every value drawn.</summary>
    private static class Below
    {
        public static int Bound { get; set; } = int.MaxValue;

        public static bool Holds(int n)
        {
            Drawn.Add(n);
            return n < Bound;
        }
    }
}
