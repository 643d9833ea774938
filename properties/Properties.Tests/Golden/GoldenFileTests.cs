// Properties.Tests/Golden: tests of GoldenFile
using System.Text;
using SriovVerification.Harness.Golden;

namespace SriovVerification.Properties.Tests.Golden;

public sealed class GoldenFileTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sriov-golden-" + Guid.NewGuid().ToString("N"));

    public GoldenFileTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public void FileName_WithParameter_FollowsVerifyConvention()
    {
        Assert.Equal("Scenarios.VfInit_host0.verified.txt", GoldenFile.FileName("Scenarios", "VfInit", "host0"));
        Assert.Equal("Scenarios.VfInit.verified.txt", GoldenFile.FileName("Scenarios", "VfInit", ""));
    }

    [Fact]
    public void Verify_SameTextOtherLineEnds_Matches()
    {
        File.WriteAllText(PathOf("C.M_p.verified.txt"), "a\nb\n", new UTF8Encoding(false));

        var result = GoldenFile.Verify(directory, "C", "M", "p", "a\r\nb", accept: false);

        Assert.Equal(GoldenResult.Matched, result);
        Assert.False(File.Exists(PathOf("C.M_p.received.txt")));
    }

    [Fact]
    public void Verify_Mismatch_WritesReceivedAndThrowsWithDiff()
    {
        File.WriteAllText(PathOf("C.M_p.verified.txt"), "line1\nline2\nline3\n");

        var failure = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.Verify(directory, "C", "M", "p", "line1\nLINE2\nline3\n", accept: false));

        Assert.Equal("line1\nLINE2\nline3\n", File.ReadAllText(PathOf("C.M_p.received.txt")));
        Assert.StartsWith("golden file differs: " + PathOf("C.M_p.verified.txt") + "\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("SRIOV_ACCEPT=1 dotnet test --filter FullyQualifiedName~C.M\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--- C.M_p.verified.txt\n+++ C.M_p.received.txt\n@@ -1,3 +1,3 @@\n line1\n-line2\n+LINE2\n line3\n", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingVerified_WritesReceivedAndThrows()
    {
        var failure = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.Verify(directory, "C", "New", "", "x\n", accept: false));

        Assert.StartsWith("golden file missing: ", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(PathOf("C.New.received.txt")));
    }

    [Fact]
    public void Verify_AcceptMode_WritesVerifiedNormalizedAndRecordsChange()
    {
        File.WriteAllText(PathOf("C.M_p.verified.txt"), "old\n");
        File.WriteAllText(PathOf("C.M_p.received.txt"), "stale\n");

        var result = GoldenFile.Verify(directory, "C", "M", "p", "\uFEFFnew\r\n\r\n", accept: true);

        Assert.Equal(GoldenResult.Updated, result);
        Assert.Equal("new\n"u8.ToArray(), File.ReadAllBytes(PathOf("C.M_p.verified.txt")));
        Assert.False(File.Exists(PathOf("C.M_p.received.txt")));
        var change = Assert.Single(GoldenFile.Changes, c => c.VerifiedPath == PathOf("C.M_p.verified.txt"));
        Assert.Equal(GoldenChangeKind.Updated, change.Kind);
        Assert.Contains("-old\n+new\n", change.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AcceptModeNewFile_Created()
    {
        Assert.Equal(GoldenResult.Created, GoldenFile.Verify(directory, "C", "Fresh", "1", "x", accept: true));
        Assert.Equal("x\n", File.ReadAllText(PathOf("C.Fresh_1.verified.txt")));
        Assert.Contains(PathOf("C.Fresh_1.verified.txt"), GoldenFile.Produced);
    }

    [Fact]
    public void FindDangling_UnclaimedVerifiedFiles_Listed()
    {
        File.WriteAllText(PathOf("C.A.verified.txt"), "a\n");
        File.WriteAllText(PathOf("C.B.verified.txt"), "b\n");
        File.WriteAllText(PathOf("C.B.received.txt"), "b\n");

        var dangling = GoldenFile.FindDangling(directory, ["C.A.verified.txt"]);

        Assert.Equal([PathOf("C.B.verified.txt")], dangling);
    }

    [Fact]
    public void Normalize_MixedLineEnds_LfAndOneTrailingNewline()
    {
        Assert.Equal("a\nb\nc\n", GoldenFile.Normalize("a\r\nb\rc\n\n\n"));
        Assert.Equal("", GoldenFile.Normalize("\n"));
    }

    [Fact]
    public void FindRepositoryRoot_FromTestOutput_FolderWithSolution()
    {
        Assert.True(File.Exists(Path.Combine(GoldenFile.FindRepositoryRoot(), GoldenFile.SolutionFileName)));
    }

    [Fact]
    public void UnifiedDiff_FarApartChanges_TwoHunks()
    {
        var old = string.Join("\n", Enumerable.Range(1, 20)) + "\n";
        var changed = old.Replace("\n2\n", "\nTWO\n", StringComparison.Ordinal).Replace("\n19\n", "\nNINETEEN\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create(old, changed, "a", "b");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal("", UnifiedDiff.Create(old, old, "a", "b"));
    }
}
