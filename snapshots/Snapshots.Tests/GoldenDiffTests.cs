// Snapshot tests: a changed behaviour shows as a readable diff against the golden file.

namespace SriovVerification.Snapshots.Tests;

/// <summary>A changed behaviour shows up as a readable unified diff against the golden file.</summary>
public sealed class GoldenDiffTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sriov-golden-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Verify_AlteredStatus_FailsWithUnifiedDiffAndReceivedFile()
    {
        var text = ScenarioRunner.Run(ScenarioCatalog.Get("refusal-free-vf-with-vport")).Text;
        GoldenFile.Verify(directory, "Altered", "Trace", "case", text, accept: true);
        var refusedLine = text.Split('\n').Single(l => l.Contains("OID_NIC_SWITCH_FREE_VF", StringComparison.Ordinal) && l.Contains("FILE_NOT_FOUND", StringComparison.Ordinal));
        var alteredLine = refusedLine[..refusedLine.IndexOf("->", StringComparison.Ordinal)] + "-> SUCCESS | -vf0(vm0)";
        var altered = text.Replace(refusedLine, alteredLine, StringComparison.Ordinal);

        var mismatch = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.Verify(directory, "Altered", "Trace", "case", altered, accept: false));

        Assert.Contains("--- Altered.Trace_case.verified.txt\n+++ Altered.Trace_case.received.txt\n@@ ", mismatch.Diff, StringComparison.Ordinal);
        Assert.Contains("\n-" + refusedLine + "\n+" + alteredLine + "\n", mismatch.Diff, StringComparison.Ordinal);
        Assert.Contains("SRIOV_ACCEPT=1 dotnet test", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal(altered, File.ReadAllText(mismatch.ReceivedPath));
    }

    [Fact]
    public void Verify_SameTextWithCrLf_Matches()
    {
        var text = ScenarioRunner.Run(ScenarioCatalog.Get("switch-creation")).Text;
        GoldenFile.Verify(directory, "Endings", "Trace", "case", text, accept: true);

        var result = GoldenFile.Verify(directory, "Endings", "Trace", "case", text.Replace("\n", "\r\n", StringComparison.Ordinal), accept: false);

        Assert.Equal(GoldenResult.Matched, result);
        Assert.DoesNotContain("\r", File.ReadAllText(Path.Combine(directory, "Endings.Trace_case.verified.txt")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
