// Exploration/Search: a progress report of a running exploration
namespace SriovVerification.Exploration.Search;

/// <summary>A progress report of a running exploration.</summary>
/// <param name="States">Distinct states stored so far.</param>
/// <param name="Transitions">Enabled steps explored so far.</param>
/// <param name="Depth">Breadth-first level being expanded.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct ExplorationProgress(long States, long Transitions, int Depth, TimeSpan Elapsed)
{
    /// <summary>Distinct states per second so far.</summary>
    public double StatesPerSecond => Elapsed.TotalSeconds > 0 ? States / Elapsed.TotalSeconds : 0;
}
