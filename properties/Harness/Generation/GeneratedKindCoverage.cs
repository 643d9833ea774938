// How often one command kind was generated, accepted and refused by the randomized conformance runner.
namespace SriovVerification.Harness.Generation;

/// <summary>How often one command kind was generated, and how the model answered.</summary>
/// <param name="Kind">The kind (command record name).</param>
/// <param name="Generated">Times generated and checked.</param>
/// <param name="Accepted">Times the model accepted it.</param>
/// <param name="Refused">Times the model refused it.</param>
public sealed record GeneratedKindCoverage(string Kind, long Generated, long Accepted, long Refused);
