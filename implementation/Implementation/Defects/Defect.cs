// Defects room: A defect the adapter can carry on request (spec section 6).
namespace SriovVerification.Implementation.Defects;

/// <summary>A defect the adapter can carry on request (spec section 6).</summary>
/// <param name="Number">Its number in the spec's catalogue.</param>
/// <param name="Name">Its stable kebab-case name.</param>
/// <param name="Description">What it breaks, in one line.</param>
public sealed record Defect(int Number, string Name, string Description);
