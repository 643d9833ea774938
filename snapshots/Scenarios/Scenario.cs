using SriovVerification.Model;

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
}
