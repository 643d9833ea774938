using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace SriovVerification.Harness.Checking;

/// <summary>
/// Runs an FsCheck property from a plain xunit <c>[Fact]</c>: <c>Check.One</c> with a seed taken from
/// <c>SRIOV_SEED</c> or derived from the test's name (so every run of a test is the same run), a test count from
/// <c>SRIOV_MAX_TEST</c> or the caller's default, and on failure a <see cref="PropertyFailedException"/> whose message
/// starts with the seed and the command line that replays it, then the shrunk counterexample, then FsCheck's report.
/// </summary>
public static class PropertyCheck
{
    /// <summary>Environment variable with the seed to use (<c>0x…</c> hex or decimal).</summary>
    public const string SeedVariable = "SRIOV_SEED";

    /// <summary>Environment variable with the number of tests to run.</summary>
    public const string MaxTestVariable = "SRIOV_MAX_TEST";

    /// <summary>Tests run when neither the caller nor the environment says.</summary>
    public const int MaxTestDefault = 100;

    /// <summary>Checks <paramref name="body"/> for values of <paramref name="arbitrary"/> (which should carry a shrinker).</summary>
    public static void ForAll<T>(
        Arbitrary<T> arbitrary,
        Func<T, bool> body,
        int maxTest = MaxTestDefault,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string callerFile = "") =>
        Check(Prop.ForAll(arbitrary, body), maxTest, testName, callerFile);

    /// <summary>Checks <paramref name="body"/>; the property fails when it throws (an xunit assertion, say).</summary>
    public static void ForAll<T>(
        Arbitrary<T> arbitrary,
        Action<T> body,
        int maxTest = MaxTestDefault,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string callerFile = "") =>
        Check(Prop.ForAll(arbitrary, body), maxTest, testName, callerFile);

    /// <summary>
    /// Checks <paramref name="property"/>. The test filter in the replay line is <c>{Class}.{Method}</c>, the class being
    /// the caller's file name (one public type per file).
    /// </summary>
    public static void Check(
        Property property,
        int maxTest = MaxTestDefault,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(property);
        var className = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]);
        var filter = string.IsNullOrEmpty(className) ? testName : className + "." + testName;
        var seed = SeedFor(filter);
        var count = MaxTestFor(maxTest);
        Run(property, seed, count, filter);
    }

    /// <summary>
    /// Checks <paramref name="property"/> with exactly this seed and count (the environment is not consulted);
    /// <paramref name="testFilter"/> goes into the replay line.
    /// </summary>
    public static void Run(Property property, ulong seed, int maxTest, string testFilter)
    {
        ArgumentNullException.ThrowIfNull(property);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Math.Max(1, maxTest))
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception exception) when (exception is not PropertyFailedException)
        {
            throw new PropertyFailedException(FailureMessage(seed, maxTest, testFilter, exception.Message), seed, exception);
        }
    }

    /// <summary>The seed of a test: <c>SRIOV_SEED</c> when set, else a hash (FNV-1a, 32 bits) of <paramref name="testFilter"/>.</summary>
    public static ulong SeedFor(string testFilter)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SeedVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return TryParseSeed(fromEnvironment.Trim(), out var seed)
                ? seed
                : throw new ArgumentException($"{SeedVariable}='{fromEnvironment}': expected 0x and up to 16 hex digits, or a decimal number");
        }

        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(testFilter ?? ""))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>The test count: <c>SRIOV_MAX_TEST</c> when set, else <paramref name="maxTestDefault"/>.</summary>
    public static int MaxTestFor(int maxTestDefault)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(MaxTestVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return maxTestDefault;
        }

        return int.TryParse(fromEnvironment.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
            ? count
            : throw new ArgumentException($"{MaxTestVariable}='{fromEnvironment}': expected a positive decimal number");
    }

    /// <summary>A seed as replay lines write it: <c>0x</c> and at least 8 hex digits.</summary>
    public static string FormatSeed(ulong seed) => "0x" + seed.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>0x…</c> (hex) or a decimal seed.</summary>
    public static bool TryParseSeed(string text, out ulong seed)
    {
        seed = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length is > 2 and <= 18 && ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed);
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }

    /// <summary>The replay command line of a seed, a test count and a test filter.</summary>
    public static string ReplayCommand(ulong seed, int maxTest, string testFilter) =>
        $"{SeedVariable}={FormatSeed(seed)} {MaxTestVariable}={maxTest.ToString(CultureInfo.InvariantCulture)} dotnet test --filter FullyQualifiedName~{testFilter}";

    private static string FailureMessage(ulong seed, int maxTest, string testFilter, string report)
    {
        var builder = new StringBuilder();
        builder.Append("seed ").Append(FormatSeed(seed)).Append(" — replay: ").Append(ReplayCommand(seed, maxTest, testFilter)).Append('\n');
        var shrunkAt = report.IndexOf("Shrunk:", StringComparison.Ordinal);
        var originalAt = report.IndexOf("Original:", StringComparison.Ordinal);
        if (shrunkAt >= 0)
        {
            var shrunk = report[(shrunkAt + "Shrunk:".Length)..];
            var end = shrunk.IndexOf("\nwith exception", StringComparison.Ordinal);
            builder.Append("counterexample (shrunk):").Append(end >= 0 ? shrunk[..end] : shrunk).Append('\n');
        }
        else if (originalAt >= 0)
        {
            var original = report[(originalAt + "Original:".Length)..];
            var end = original.IndexOf("\nwith exception", StringComparison.Ordinal);
            builder.Append("counterexample:").Append(end >= 0 ? original[..end] : original).Append('\n');
        }

        builder.Append("FsCheck: ").Append(report);
        return builder.ToString();
    }
}
