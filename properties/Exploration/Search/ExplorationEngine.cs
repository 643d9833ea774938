// Exploration/Search: which search runs an exploration
namespace SriovVerification.Exploration.Search;

/// <summary>Which search runs an exploration.</summary>
public enum ExplorationEngine
{
    /// <summary>The packed engine when it covers the request (hoststack profile, no step hook, the configuration fits its key), the generic one otherwise.</summary>
    Auto,

    /// <summary>
    /// <c>SriovModel.Apply</c> on <c>ModelState</c> values, every invariant on every state and step, any profile:
    /// the reference search.
    /// </summary>
    Generic,

    /// <summary>
    /// The model compiled for the hoststack profile to bit operations on packed worlds (<c>docs/EXPLORATION.md</c>,
    /// "Packed engine"), cross-checked against <c>SriovModel.Apply</c> on a sample of its states during the run.
    /// </summary>
    Packed,
}
