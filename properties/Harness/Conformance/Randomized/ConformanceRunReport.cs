// Harness/Conformance/Randomized: the result of a randomized conformance run

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>The result of a randomized conformance run.</summary>
/// <param name="Sequences">Sequences checked (the failing one included).</param>
/// <param name="Steps">Steps checked (shrinking not counted).</param>
/// <param name="MaxVfsAttached">The most VFs attached to VPorts at once.</param>
/// <param name="MaxVmsOnVfPath">The most VMs on the VF data path at once.</param>
/// <param name="Coverage">What was exercised.</param>
/// <param name="Counterexample">The shrunk counterexample, or null when every sequence agreed.</param>
/// <param name="ElapsedSeconds">Wall-clock time (not part of any deterministic output).</param>
/// <param name="DetectionSeconds">Wall-clock time until the failing sequence was found, before shrinking (null when none).</param>
public sealed record ConformanceRunReport(
    long Sequences,
    long Steps,
    int MaxVfsAttached,
    int MaxVmsOnVfPath,
    Coverage Coverage,
    Counterexample? Counterexample,
    double ElapsedSeconds,
    double? DetectionSeconds);
