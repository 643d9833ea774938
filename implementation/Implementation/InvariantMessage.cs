using System.Runtime.CompilerServices;

namespace SriovVerification.Implementation;

/// <summary>
/// The message of an invariant check, formatted only when the check fails: an interpolated string passed with its
/// condition builds nothing while the condition holds (the checks run around every operation and OID request).
/// </summary>
[InterpolatedStringHandler]
internal ref struct InvariantMessage
{
    private DefaultInterpolatedStringHandler inner;

    /// <summary>Starts the message of a check whose outcome is <paramref name="condition"/>.</summary>
    public InvariantMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Appends a literal part.</summary>
    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    /// <summary>Appends a value in <paramref name="format"/>.</summary>
    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    /// <summary>The message.</summary>
    public string ToStringAndClear() => inner.ToStringAndClear();
}
