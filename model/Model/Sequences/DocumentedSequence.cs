// One documented sequence of the spec: its name, configuration and steps with their expected statuses.
namespace SriovVerification.Model;

/// <summary>A documented sequence of spec section 3, as commands with expected statuses.</summary>
/// <param name="Name">A stable kebab-case name.</param>
/// <param name="Description">What it shows.</param>
/// <param name="Config">The configuration it runs under.</param>
/// <param name="Steps">The steps, in order, from <see cref="SriovModel.Initial"/>.</param>
public sealed record DocumentedSequence(string Name, string Description, ModelConfig Config, IReadOnlyList<SequenceStep> Steps);
