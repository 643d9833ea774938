// Traces: a syntax problem inside one line
namespace SriovVerification.Traces;

/// <summary>A syntax problem inside one line: 0-based offset, what was expected, what was found (already rendered).</summary>
internal sealed record TextProblem(int Offset, string Expected, string Found)
{
    public static TextProblem At(string line, int offset, int length, string expected)
    {
        var safeOffset = Math.Clamp(offset, 0, line.Length);
        var safeLength = Math.Clamp(length, 0, line.Length - safeOffset);
        return new TextProblem(safeOffset, expected, TextSyntax.Found(line.Substring(safeOffset, safeLength)));
    }

    public static TextProblem AtToken(string line, Token token, string expected) => At(line, token.Start, token.Text.Length, expected);

    public override string ToString() => $"column {Offset + 1}: expected {Expected}, found {Found}";
}

/// <summary>A whitespace-delimited piece of a line and its 0-based start.</summary>
internal readonly record struct Token(string Text, int Start)
{
    public int End => Start + Text.Length;
}
