// Exploration/Search: what CsCheck's exhaustive search of the model (SpecExplorer) found
namespace SriovVerification.Exploration.Search;

/// <summary>What CsCheck's exhaustive search of the model (<see cref="SpecExplorer"/>) found.</summary>
/// <param name="Closed">Whether the whole reachable state space was enumerated without a violation.</param>
/// <param name="States">Distinct states reached.</param>
/// <param name="Transitions">Enabled (state, command) pairs evaluated, into new states or seen ones.</param>
/// <param name="Depth">Steps in the longest shortest path from the initial state.</param>
/// <param name="Deadlocks">States without an enabled command.</param>
/// <param name="Note">CsCheck's diagnostic when the search did not finish or found something, else null.</param>
/// <param name="Elapsed">Wall-clock time of the search.</param>
/// <param name="CpuTime">Processor time of the process during the search.</param>
public sealed record SpecExplorationResult(
    bool Closed,
    long States,
    long Transitions,
    int Depth,
    long Deadlocks,
    string? Note,
    TimeSpan Elapsed,
    TimeSpan CpuTime);
