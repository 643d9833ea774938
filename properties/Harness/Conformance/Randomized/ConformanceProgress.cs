// Harness/Conformance/Randomized: progress of a run
namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>Progress of a run: sequences and steps checked, and the deepest state reached so far.</summary>
/// <param name="Sequences">Sequences checked.</param>
/// <param name="Steps">Steps checked.</param>
/// <param name="MaxVfsAttached">The most VFs attached to VPorts at once (over all hosts).</param>
/// <param name="MaxVmsOnVfPath">The most VMs on the VF data path at once.</param>
public sealed record ConformanceProgress(long Sequences, long Steps, int MaxVfsAttached, int MaxVmsOnVfPath);
