// Harness/Golden: what accepting a golden file did
namespace SriovVerification.Harness.Golden;

/// <summary>What accepting a golden file did.</summary>
public enum GoldenChangeKind
{
    /// <summary>The <c>.verified.txt</c> did not exist and was written.</summary>
    Created,
    /// <summary>The <c>.verified.txt</c> existed with other text and was overwritten.</summary>
    Updated,
}

/// <summary>A golden file written in accept mode.</summary>
/// <param name="VerifiedPath">Full path of the <c>.verified.txt</c> written.</param>
/// <param name="Kind">Created or updated.</param>
/// <param name="Diff">The unified diff from the old text to the new (empty for a created file).</param>
public sealed record GoldenChange(string VerifiedPath, GoldenChangeKind Kind, string Diff);
