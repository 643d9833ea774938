// Harness/Checking: the seeds and test counts of the suite's seeded runs, and the command line that replays one
using System.Globalization;
using System.Text;

namespace SriovVerification.Harness.Checking;

/// <summary>
/// The seeds and test counts of the suite's seeded runs, and the command line that replays one: a seed from
/// <c>SRIOV_SEED</c> or derived from the test's name (so every run of a test is the same run), a test count from
/// <c>SRIOV_MAX_TEST</c> or the caller's default. FsCheck.Xunit runs the properties (through the test suite's
/// <c>SriovPropertyAttribute</c>); what stays here is what that attribute, the seeded campaigns and the CLI's
/// <c>--seed</c> share.
/// </summary>
public static class PropertyCheck
{
    /// <summary>Environment variable with the seed to use (<c>0x…</c> hex or decimal).</summary>
    public const string SeedVariable = "SRIOV_SEED";

    /// <summary>Environment variable with the number of tests to run.</summary>
    public const string MaxTestVariable = "SRIOV_MAX_TEST";

    /// <summary>Tests run when neither the caller nor the environment says.</summary>
    public const int MaxTestDefault = 100;

    /// <summary>
    /// The test filter of a test as the replay line writes it: <c>{Class}.{Method}</c>, the class being the name of
    /// <paramref name="callerFile"/> without its extension (one public type per file).
    /// </summary>
    public static string TestFilter(string testName, string callerFile)
    {
        var className = Path.GetFileNameWithoutExtension((callerFile ?? "").Replace('\\', '/').Split('/')[^1]);
        return string.IsNullOrEmpty(className) ? testName : className + "." + testName;
    }

    /// <summary>The seed of a test: <c>SRIOV_SEED</c> when set, else a hash (FNV-1a, 32 bits) of <paramref name="testFilter"/>.</summary>
    public static ulong SeedFor(string testFilter)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SeedVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return SeedText.TryParse(fromEnvironment.Trim(), out var seed)
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

    /// <summary>The replay command line of a seed, a test count and a test filter.</summary>
    public static string ReplayCommand(ulong seed, int maxTest, string testFilter) =>
        $"{SeedVariable}={SeedText.Format(seed, SeedText.DigitsShort)} {MaxTestVariable}={maxTest.ToString(CultureInfo.InvariantCulture)} dotnet test --filter FullyQualifiedName~{testFilter}";

    /// <summary>
    /// A failure message that starts with what reproduces it: <c>seed 0x… — replay: {command}</c>, then the counterexample
    /// (shrunk when FsCheck shrank it) cut out of <paramref name="report"/>, then FsCheck's report itself.
    /// </summary>
    public static string FailureMessage(ulong seed, int maxTest, string testFilter, string report)
    {
        report ??= "";
        var builder = new StringBuilder();
        builder.Append("seed ").Append(SeedText.Format(seed, SeedText.DigitsShort)).Append(" — replay: ").Append(ReplayCommand(seed, maxTest, testFilter)).Append('\n');
        var shrunkAt = report.IndexOf("Shrunk:", StringComparison.Ordinal);
        var originalAt = report.IndexOf("Original:", StringComparison.Ordinal);
        if (shrunkAt >= 0)
        {
            builder.Append("counterexample (shrunk):").Append(Section(report[(shrunkAt + "Shrunk:".Length)..])).Append('\n');
        }
        else if (originalAt >= 0)
        {
            builder.Append("counterexample:").Append(Section(report[(originalAt + "Original:".Length)..])).Append('\n');
        }

        builder.Append("FsCheck: ").Append(report.TrimStart('\r', '\n'));
        return builder.ToString();
    }

    private static string Section(string text)
    {
        var end = text.IndexOf("\nwith exception", StringComparison.Ordinal);
        return (end >= 0 ? text[..end] : text).TrimEnd('\r', '\n');
    }
}
