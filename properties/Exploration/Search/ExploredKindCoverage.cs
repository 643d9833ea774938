// How often one command kind was offered, enabled and taken by the model-only exploration.
namespace SriovVerification.Exploration.Search;

/// <summary>How often one command kind was tried, accepted, and led to a state not seen before.</summary>
/// <param name="Kind">The command's record name (e.g. <c>AllocateVf</c>).</param>
/// <param name="Offered">Times it was applied (every candidate of every expanded state).</param>
/// <param name="Enabled">Times the model accepted it.</param>
/// <param name="Taken">Times it discovered a new state (a breadth-first tree edge).</param>
public sealed record ExploredKindCoverage(string Kind, long Offered, long Enabled, long Taken);
