// Test support shared by the snapshot and CLI tests: where the golden files live.
using SriovVerification.Scenarios;

namespace SriovVerification.Snapshots.Tests;

/// <summary>Where the golden files of this repository live.</summary>
internal static class SnapshotPaths
{
    /// <summary><c>snapshots/verified</c> of the repository the tests were built from.</summary>
    public static string VerifiedDirectory { get; } = GoldenTraces.VerifiedDirectory();
}
