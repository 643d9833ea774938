// Exploration/Search: one step of a trace

namespace SriovVerification.Exploration.Search;

/// <summary>One step of a trace: the command and what the model answered.</summary>
/// <param name="Command">The command applied.</param>
/// <param name="Outcome">The model's outcome.</param>
public sealed record ExplorationStep(Command Command, Outcome Outcome);
