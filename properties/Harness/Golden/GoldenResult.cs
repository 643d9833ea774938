// Harness/Golden: how a golden-file check ended (a mismatch outside accept mode throws instead)
namespace SriovVerification.Harness.Golden;

/// <summary>How a golden-file check ended (a mismatch outside accept mode throws instead).</summary>
public enum GoldenResult
{
    /// <summary>The text equals the <c>.verified.txt</c>.</summary>
    Matched,
    /// <summary>Accept mode: the <c>.verified.txt</c> was created.</summary>
    Created,
    /// <summary>Accept mode: the <c>.verified.txt</c> was overwritten.</summary>
    Updated,
}
