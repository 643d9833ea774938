// Harness/Golden: golden files with Verify's conventions
using System.Collections.Concurrent;
using System.Text;

namespace SriovVerification.Harness.Golden;

/// <summary>
/// Golden files with Verify's conventions: <c>{Class}.{Method}_{Parameter}.verified.txt</c> (UTF-8 without BOM, LF line
/// ends, one trailing newline) is compared with the text produced; on a mismatch the sibling <c>.received.txt</c> is
/// written and a <see cref="GoldenFileMismatchException"/> carries a unified diff. With <c>SRIOV_ACCEPT=1</c> the
/// <c>.verified.txt</c> is written instead and the change recorded in <see cref="Changes"/>.
/// </summary>
public static class GoldenFile
{
    /// <summary>Environment variable that turns accept mode on (<c>1</c>).</summary>
    public const string AcceptVariable = "SRIOV_ACCEPT";

    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFileName = "SriovVerification.sln";

    private const string VerifiedSuffix = ".verified.txt";
    private const string ReceivedSuffix = ".received.txt";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentQueue<GoldenChange> ChangeLog = new();
    private static readonly ConcurrentDictionary<string, byte> ProducedPaths = new(StringComparer.Ordinal);

    /// <summary>Whether <c>SRIOV_ACCEPT=1</c> is set.</summary>
    public static bool AcceptFromEnvironment => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>The golden files written in accept mode by this process, in order.</summary>
    public static IReadOnlyList<GoldenChange> Changes => [.. ChangeLog];

    /// <summary>Every <c>.verified.txt</c> path checked by this process (matched or not), sorted.</summary>
    public static IReadOnlyList<string> Produced => [.. ProducedPaths.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Compares with the golden file, accepting when <c>SRIOV_ACCEPT=1</c>.</summary>
    public static GoldenResult Verify(string directory, string className, string methodName, string parameter, string actualText) =>
        Verify(directory, className, methodName, parameter, actualText, AcceptFromEnvironment);

    /// <summary>Compares with the golden file; with <paramref name="accept"/> writes it instead of failing.</summary>
    public static GoldenResult Verify(string directory, string className, string methodName, string parameter, string actualText, bool accept)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(actualText);
        var name = FileName(className, methodName, parameter);
        var verifiedPath = Path.GetFullPath(Path.Combine(directory, name));
        var receivedPath = verifiedPath[..^VerifiedSuffix.Length] + ReceivedSuffix;
        ProducedPaths.TryAdd(verifiedPath, 0);

        var actual = Normalize(actualText);
        var exists = File.Exists(verifiedPath);
        var verified = exists ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (verified is not null && string.Equals(verified, actual, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return GoldenResult.Matched;
        }

        var diff = UnifiedDiff.Create(verified ?? "", actual, name, Path.GetFileName(receivedPath));
        if (accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            var kind = exists ? GoldenChangeKind.Updated : GoldenChangeKind.Created;
            ChangeLog.Enqueue(new GoldenChange(verifiedPath, kind, exists ? diff : ""));
            return exists ? GoldenResult.Updated : GoldenResult.Created;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        var message = new StringBuilder();
        message.Append(exists ? "golden file differs: " : "golden file missing: ").Append(verifiedPath).Append('\n');
        message.Append("received: ").Append(receivedPath).Append('\n');
        message.Append("accept with: ").Append(AcceptVariable).Append("=1 dotnet test --filter FullyQualifiedName~")
            .Append(className).Append('.').Append(methodName).Append('\n');
        message.Append(diff);
        throw new GoldenFileMismatchException(message.ToString(), verifiedPath, receivedPath, diff);
    }

    /// <summary><c>{Class}.{Method}_{Parameter}.verified.txt</c>, or <c>{Class}.{Method}.verified.txt</c> without a parameter.</summary>
    public static string FileName(string className, string methodName, string parameter) =>
        className + "." + methodName + (string.IsNullOrEmpty(parameter) ? "" : "_" + parameter) + VerifiedSuffix;

    /// <summary>The <c>.verified.txt</c> files in <paramref name="directory"/> (not below it) whose names are not in
    /// <paramref name="producedFileNames"/> (file names or full paths), sorted by name.</summary>
    public static IReadOnlyList<string> FindDangling(string directory, IEnumerable<string> producedFileNames)
    {
        ArgumentNullException.ThrowIfNull(producedFileNames);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var claimed = producedFileNames.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        return [.. Directory.EnumerateFiles(directory, "*" + VerifiedSuffix, SearchOption.TopDirectoryOnly)
            .Where(path => !claimed.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The text as golden files store it: no BOM, LF line ends, exactly one trailing newline (none when empty).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');
        return normalized.Length == 0 ? "" : normalized + "\n";
    }

    /// <summary>The folder holding <see cref="SolutionFileName"/>, walking up from <paramref name="startDirectory"/>
    /// (default <see cref="AppContext.BaseDirectory"/>).</summary>
    public static string FindRepositoryRoot(string? startDirectory = null)
    {
        var start = startDirectory ?? AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no {SolutionFileName} in {start} or any folder above it");
    }
}
