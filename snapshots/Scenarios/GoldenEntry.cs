// The golden files: what one golden file holds.

namespace SriovVerification.Scenarios;

/// <summary>What a golden file holds.</summary>
public enum GoldenEntryKind
{
    /// <summary>A scenario's trace.</summary>
    ScenarioTrace,

    /// <summary>A Mermaid diagram of a model state machine.</summary>
    Diagram,
}

/// <summary>One golden file in <c>snapshots/verified</c>: its name parts (Verify's conventions) and how its text is produced.</summary>
/// <param name="Kind">What the file holds.</param>
/// <param name="ClassName">The test class that checks it.</param>
/// <param name="MethodName">The test method that checks it.</param>
/// <param name="Parameter">The scenario or diagram name.</param>
public sealed record GoldenEntry(GoldenEntryKind Kind, string ClassName, string MethodName, string Parameter)
{
    /// <summary><c>{Class}.{Method}_{Parameter}.verified.txt</c>.</summary>
    public string FileName => GoldenFile.FileName(ClassName, MethodName, Parameter);
}
