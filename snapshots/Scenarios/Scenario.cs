// A named scenario: a sequence of commands run on the model and the adapter side by side and kept as a golden trace.

namespace SriovVerification.Scenarios;

/// <summary>
/// A named, documented sequence of commands that runs on the model and the emulated adapter side by side and is kept
/// as a golden trace (<c>snapshots/verified/ScenarioSnapshotTests.Trace_{Name}.verified.txt</c>).
/// </summary>
/// <param name="Name">A stable kebab-case name: the golden file's parameter and the CLI's <c>--scenario</c> value.</param>
/// <param name="Purpose">What the scenario shows, in one or two sentences (the trace's <c>purpose:</c> line).</param>
/// <param name="Config">The configuration it runs under.</param>
/// <param name="Commands">The commands, in order, from the initial state.</param>
public sealed record Scenario(string Name, string Purpose, ModelConfig Config, ValueArray<Command> Commands)
{
    /// <summary>Creates a scenario from a command sequence.</summary>
    public static Scenario Of(string name, string purpose, ModelConfig config, params IEnumerable<Command> commands) =>
        new(name, purpose, config, commands.ToValueArray());

    /// <summary>
    /// Creates a scenario that runs the documented <paramref name="sequence"/> under its configuration, then
    /// <paramref name="observations"/> (frames and enumerations that show what it left behind).
    /// </summary>
    public static Scenario Following(DocumentedSequence sequence, string name, string purpose, params IEnumerable<Command> observations)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        return Of(name, purpose, sequence.Config, [.. sequence.Steps.Select(step => step.Command), .. observations]);
    }
}
