// Datacenter: the message of a structural self-check, formatted only when the check fails.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SriovVerification.Implementation;

/// <summary>
/// The message of a structural self-check, formatted only when the check fails: the checks run before and after every
/// operation, so a message built eagerly would cost a string per check on every step of a run.
/// </summary>
[InterpolatedStringHandler]
public ref struct InvariantMessage
{
    private DefaultInterpolatedStringHandler text;
    private readonly bool formatting;

    /// <summary>Starts a message; it is formatted only when <paramref name="holds"/> is false.</summary>
    public InvariantMessage(int literalLength, int formattedCount, bool holds, out bool shouldAppend)
    {
        formatting = !holds;
        shouldAppend = formatting;
        text = formatting ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends a literal part.</summary>
    public void AppendLiteral(string value) => text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    /// <summary>The formatted message (empty when the check held).</summary>
    public string ToStringAndClear() => formatting ? text.ToStringAndClear() : string.Empty;
}
