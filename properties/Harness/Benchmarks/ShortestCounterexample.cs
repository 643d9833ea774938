namespace SriovVerification.Harness.Benchmarks;

/// <summary>The answer of <see cref="ShortestCounterexampleSearch"/>.</summary>
/// <param name="Length">Steps of the shortest failing sequence; null when a bound stopped the search first.</param>
/// <param name="CheckedLength">Every sequence of model-accepted steps up to this length, followed by any candidate, was checked.</param>
/// <param name="CaughtBy">What caught the failing step (empty when none).</param>
/// <param name="States">Model states expanded.</param>
/// <param name="Steps">Conformance steps run (replays included).</param>
public sealed record ShortestCounterexample(int? Length, int CheckedLength, string CaughtBy, long States, long Steps);
