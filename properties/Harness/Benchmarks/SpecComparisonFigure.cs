// Harness/Benchmarks: one configuration explored in the same run by the generic explorer (symmetry off) and by CsCheck's Check.Exhaustive over the model as a ..

namespace SriovVerification.Harness.Benchmarks;

/// <summary>
/// One configuration explored in the same run by the generic explorer (symmetry off) and by CsCheck's
/// <c>Check.Exhaustive</c> over the model as a Spec (<see cref="SpecExplorer"/>), one after the other on
/// one thread each.
/// </summary>
/// <param name="Configuration">Hosts × VMs × VFs, e.g. <c>1x2x2</c>.</param>
/// <param name="Profile">The command profile.</param>
/// <param name="States">Distinct states the explorer stored.</param>
/// <param name="Transitions">Enabled transitions the explorer took.</param>
/// <param name="ExploreSeconds">The explorer's wall-clock seconds.</param>
/// <param name="ExploreCpuSeconds">The explorer's processor seconds.</param>
/// <param name="SpecStates">Distinct states CsCheck reached.</param>
/// <param name="SpecTransitions">Enabled transitions CsCheck evaluated.</param>
/// <param name="SpecSeconds">CsCheck's wall-clock seconds.</param>
/// <param name="SpecCpuSeconds">CsCheck's processor seconds.</param>
/// <param name="BothClosed">Whether both searches closed.</param>
public sealed record SpecComparisonFigure(
    string Configuration,
    string Profile,
    long States,
    long Transitions,
    double ExploreSeconds,
    double ExploreCpuSeconds,
    long SpecStates,
    long SpecTransitions,
    double SpecSeconds,
    double SpecCpuSeconds,
    bool BothClosed)
{
    /// <summary>Whether both searches closed on the same numbers of states and transitions.</summary>
    public bool Agree => BothClosed && States == SpecStates && Transitions == SpecTransitions;

    /// <summary>CsCheck's wall-clock time over the explorer's.</summary>
    public double TimeRatio => ExploreSeconds > 0 ? SpecSeconds / ExploreSeconds : 0;

    /// <summary>CsCheck's processor time over the explorer's.</summary>
    public double CpuRatio => ExploreCpuSeconds > 0 ? SpecCpuSeconds / ExploreCpuSeconds : 0;
}
