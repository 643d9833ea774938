// Traces: reads tokens from one line
namespace SriovVerification.Traces;

/// <summary>
/// Reads tokens from one line. A token is a run of non-blank characters in which a double-quoted string
/// (with backslash escapes) or a bracketed list may contain blanks.
/// </summary>
internal sealed class LineCursor(string line, int position = 0)
{
    public string Line { get; } = line;

    public int Position { get; private set; } = position;

    public bool AtEnd
    {
        get
        {
            SkipBlanks();
            return Position >= Line.Length;
        }
    }

    public void Rewind(int position) => Position = Math.Clamp(position, 0, Line.Length);

    public void SkipBlanks()
    {
        while (Position < Line.Length && TextSyntax.IsBlank(Line[Position]))
        {
            Position++;
        }
    }

    /// <summary>The rest of the line after the current position, blanks at both ends removed.</summary>
    public string Rest()
    {
        SkipBlanks();
        var rest = Line[Position..].TrimEnd(' ', '\t');
        Position = Line.Length;
        return rest;
    }

    /// <summary>Peeks the next token without consuming it; null at the end of the line.</summary>
    public Token? Peek()
    {
        var saved = Position;
        var result = Next(out _);
        Position = saved;
        return result;
    }

    /// <summary>The next token, or null at the end of the line or when a quote or bracket is not closed.</summary>
    public Token? Next(out TextProblem? problem)
    {
        problem = null;
        SkipBlanks();
        if (Position >= Line.Length)
        {
            return null;
        }

        var start = Position;
        var depth = 0;
        var i = Position;
        while (i < Line.Length)
        {
            var c = Line[i];
            if (c == '"')
            {
                var close = ClosingQuote(i);
                if (close < 0)
                {
                    problem = TextProblem.At(Line, i, Line.Length - i, "a closing '\"'");
                    Position = Line.Length;
                    return null;
                }

                i = close + 1;
                continue;
            }

            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth > 0)
            {
                depth--;
            }
            else if (TextSyntax.IsBlank(c) && depth == 0)
            {
                break;
            }

            i++;
        }

        if (depth > 0)
        {
            problem = TextProblem.At(Line, start, i - start, "a closing ']'");
            Position = Line.Length;
            return null;
        }

        Position = i;
        return new Token(Line[start..i], start);
    }

    private int ClosingQuote(int open)
    {
        for (var j = open + 1; j < Line.Length; j++)
        {
            if (Line[j] == '\\')
            {
                j++;
            }
            else if (Line[j] == '"')
            {
                return j;
            }
        }

        return -1;
    }
}
