// Exploration/Liveness: the verdict of the liveness check "AG EF recovered" (Recovery) over a closed search's stored graph
using System.Globalization;

namespace SriovVerification.Exploration.Liveness;

/// <summary>
/// The verdict of the liveness check "AG EF recovered" (<see cref="Recovery"/>) over a closed search's stored graph:
/// from every reachable state a recovered state is reachable.
/// </summary>
/// <param name="States">States checked (every stored state).</param>
/// <param name="RecoveredStates">States that are recovered themselves.</param>
/// <param name="BadStates">States from which no recovered state is reachable (0 when the property holds).</param>
/// <param name="Passes">Backward passes until the good set stopped growing.</param>
/// <param name="Counterexample">The shortest path to the first bad state, with why it is not recovered; null when it holds.</param>
/// <param name="Elapsed">Time the check took.</param>
/// <param name="CpuTime">Processor time of the process during the check.</param>
public sealed record LivenessResult(long States, long RecoveredStates, long BadStates, int Passes, ExplorationTrace? Counterexample, TimeSpan Elapsed, TimeSpan CpuTime)
{
    /// <summary>Whether from every reachable state a recovered state is reachable.</summary>
    public bool Holds => BadStates == 0;

    /// <summary>One line: <c>liveness (AG EF recovered): holds …</c> or <c>violated …</c>.</summary>
    public string Text => Holds
        ? string.Create(CultureInfo.InvariantCulture, $"liveness (AG EF recovered): holds: a recovered state is reachable from each of the {States} states ({RecoveredStates} recovered; {Passes} backward passes)")
        : string.Create(CultureInfo.InvariantCulture, $"liveness (AG EF recovered): violated: from {BadStates} of {States} states no recovered state is reachable; shortest path to one: {Counterexample?.Steps.Count} steps")
            + (Counterexample is null ? "" : "; " + Counterexample.Finding);
}
