// One row of the invariant table: id, kind and text.
namespace SriovVerification.Model;

/// <summary>One invariant of the table <see cref="Invariants.All"/>.</summary>
/// <param name="Id">Stable id, <c>INV-nn</c>.</param>
/// <param name="Description">What it claims, in one line.</param>
/// <param name="Kind">Whether it is checked on states, on steps, or both.</param>
public sealed record InvariantInfo(string Id, string Description, InvariantKind Kind);
