// Traces: a trace file

namespace SriovVerification.Traces;

/// <summary>
/// A trace file: a header (format version, the complete configuration, the seed when there is one, the defects
/// carried by the adapter, a title and a purpose) and the numbered steps. Printed by <see cref="TracePrinter"/>,
/// read back by <see cref="TraceParser"/>; see docs/TRACE_FORMAT.md.
/// </summary>
/// <param name="Config">The configuration the trace ran under.</param>
/// <param name="Steps">The steps, numbered 1, 2, 3, … in order.</param>
public sealed record Trace(ModelConfig Config, ValueArray<TraceStep> Steps)
{
    /// <summary>The format version this library prints and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The format version of the file.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The seed the run was generated from, if any.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Names of the defects the adapter carried (empty: none). Names are words of <c>[A-Za-z0-9_.:-]</c>.</summary>
    public ValueArray<string> Defects { get; init; } = [];

    /// <summary>A one-line title (empty: none).</summary>
    public string Title { get; init; } = "";

    /// <summary>A one-line statement of what the trace shows (empty: none).</summary>
    public string Purpose { get; init; } = "";

    /// <summary>A trace of <paramref name="commands"/> and their outcomes, numbered from 1.</summary>
    public static Trace Of(ModelConfig config, IEnumerable<(Command Command, Outcome Outcome, string Changes)> steps) =>
        new(config, steps.Select((s, i) => new TraceStep(i + 1, s.Command, s.Outcome, s.Changes)).ToValueArray());
}
