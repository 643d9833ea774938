// The golden files of snapshots/verified: one trace per scenario and one diagram per model machine.

namespace SriovVerification.Scenarios;

/// <summary>
/// The golden files of <c>snapshots/verified</c>: one trace per scenario
/// (<c>ScenarioSnapshotTests.Trace_{scenario}.verified.txt</c>) and one Mermaid diagram per model machine
/// (<c>ModelDiagramSnapshotTests.Mermaid_{machine}.verified.txt</c>). Used by the snapshot tests and by <c>sriov traces</c>.
/// </summary>
public static class GoldenTraces
{
    /// <summary>The test class of the scenario traces.</summary>
    public const string ScenarioClassName = "ScenarioSnapshotTests";

    /// <summary>The test method of the scenario traces.</summary>
    public const string ScenarioMethodName = "Trace";

    /// <summary>The test class of the diagrams.</summary>
    public const string DiagramClassName = "ModelDiagramSnapshotTests";

    /// <summary>The test method of the diagrams.</summary>
    public const string DiagramMethodName = "Mermaid";

    /// <summary>Every golden file, scenarios first (catalogue order), then diagrams.</summary>
    public static IReadOnlyList<GoldenEntry> Entries { get; } =
    [
        .. ScenarioCatalog.Names.Select(name => new GoldenEntry(GoldenEntryKind.ScenarioTrace, ScenarioClassName, ScenarioMethodName, name)),
        .. ModelDiagrams.Names.Select(name => new GoldenEntry(GoldenEntryKind.Diagram, DiagramClassName, DiagramMethodName, name)),
    ];

    /// <summary>The file names of every golden file something produces.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. Entries.Select(e => e.FileName)];

    /// <summary><c>snapshots/verified</c> under the repository root (found from <paramref name="repositoryRoot"/> or the
    /// running assembly's folder).</summary>
    public static string VerifiedDirectory(string? repositoryRoot = null) =>
        Path.Combine(repositoryRoot ?? GoldenFile.FindRepositoryRoot(), "snapshots", "verified");

    /// <summary>The <c>.verified.txt</c> files in <paramref name="directory"/> that no entry produces any more.</summary>
    public static IReadOnlyList<string> FindDangling(string directory) => GoldenFile.FindDangling(directory, FileNames);

    /// <summary>The text of a diagram entry; scenario entries are produced by <see cref="ScenarioRunner"/>.</summary>
    public static string DiagramText(GoldenEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind == GoldenEntryKind.Diagram
            ? ModelDiagrams.Mermaid(entry.Parameter)
            : throw new ArgumentException($"{entry.FileName} is a scenario trace, not a diagram", nameof(entry));
    }
}
