// Exploration/Search: coverage and vacuity of an exploration
using SriovVerification.Exploration.Vacuity;

namespace SriovVerification.Exploration.Search;

/// <summary>Coverage and vacuity of an exploration.</summary>
/// <param name="CommandKinds">Per command kind of the profile, in the order first offered.</param>
/// <param name="Invariants">Per invariant, by id.</param>
public sealed record CoverageReport(IReadOnlyList<ExploredKindCoverage> CommandKinds, IReadOnlyList<InvariantCoverage> Invariants)
{
    /// <summary>Command kinds never enabled and invariants whose premise never held: checks that said nothing.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            foreach (var kind in CommandKinds)
            {
                if (kind.Enabled == 0)
                {
                    warnings.Add($"command {kind.Kind} was offered {kind.Offered} times and never enabled");
                }
            }

            foreach (var invariant in Invariants)
            {
                if (invariant.ExercisedStates == 0)
                {
                    warnings.Add($"{invariant.InvariantId} never exercised: no state with {invariant.Premise}");
                }
            }

            return warnings;
        }
    }
}
