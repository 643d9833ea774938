// Snapshot tests: the model's state machines match their golden Mermaid files.

namespace SriovVerification.Snapshots.Tests;

/// <summary>The model's state machines, rendered as Mermaid, match their golden files.</summary>
public sealed class ModelDiagramSnapshotTests
{
    /// <summary>The diagram names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> DiagramNames => [.. ModelDiagrams.Names];

    [Theory]
    [MemberData(nameof(DiagramNames))]
    public void Mermaid_Machine_MatchesVerifiedFile(string machine)
    {
        var text = ModelDiagrams.Mermaid(machine);

        GoldenFile.Verify(SnapshotPaths.VerifiedDirectory, GoldenTraces.DiagramClassName, GoldenTraces.DiagramMethodName, machine, text);
    }

    [Fact]
    public void Mermaid_VfLifecycle_StartsAtFreeAndNamesEveryPhase()
    {
        var text = ModelDiagrams.Mermaid(ModelDiagrams.VfLifecycle);

        Assert.StartsWith("stateDiagram-v2\n", text, StringComparison.Ordinal);
        Assert.Contains("[*] --> Free", text, StringComparison.Ordinal);
        foreach (var phase in Enum.GetNames<SriovVerification.Model.VfPhase>())
        {
            Assert.Contains(phase, text, StringComparison.Ordinal);
        }
    }
}
