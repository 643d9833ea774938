// Harness/Benchmarks: throughput and memory of one exhaustive exploration
namespace SriovVerification.Harness.Benchmarks;

/// <summary>Throughput and memory of one exhaustive exploration.</summary>
/// <param name="Configuration">Hosts × VMs × VFs, e.g. <c>2x4x3</c>.</param>
/// <param name="Profile">The command profile (<c>lifecycle</c> or <c>full</c>).</param>
/// <param name="Symmetry">Whether symmetry reduction was on.</param>
/// <param name="Verdict">The verdict text (<c>closed</c>, <c>bounded: …</c>).</param>
/// <param name="States">Distinct states stored.</param>
/// <param name="Transitions">Transitions taken.</param>
/// <param name="Depth">Breadth-first depth reached.</param>
/// <param name="ElapsedSeconds">Wall-clock seconds.</param>
/// <param name="StatesPerSecond">Distinct states per wall-clock second.</param>
/// <param name="TransitionsPerSecond">Transitions per wall-clock second.</param>
/// <param name="BytesPerState">Allocated bytes of the visited set per stored state.</param>
public sealed record ExplorerFigure(
    string Configuration,
    string Profile,
    bool Symmetry,
    string Verdict,
    long States,
    long Transitions,
    int Depth,
    double ElapsedSeconds,
    double StatesPerSecond,
    double TransitionsPerSecond,
    double BytesPerState);
