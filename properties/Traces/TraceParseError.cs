// Traces: a problem found while parsing a trace, at a 1-based line and column
namespace SriovVerification.Traces;

/// <summary>A problem found while parsing a trace, at a 1-based line and column.</summary>
/// <param name="File">The file name the text came from, as given to the parser.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1 (UTF-16 code units).</param>
/// <param name="Expected">What the parser expected there.</param>
/// <param name="Found">What it found, quoted, or <c>end of line</c>.</param>
public sealed record TraceParseError(string File, int Line, int Column, string Expected, string Found)
{
    /// <summary>The message: <c>file:line:column: expected …, found '…'</c>.</summary>
    public string Message => $"{File}:{Line}:{Column}: expected {Expected}, found {Found}";

    /// <inheritdoc/>
    public override string ToString() => Message;
}
