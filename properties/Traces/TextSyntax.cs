// Traces: the lexical rules shared by every part of a trace line
using System.Globalization;
using System.Text;

namespace SriovVerification.Traces;

/// <summary>The lexical rules shared by every part of a trace line: numbers, quoted strings, tokens.</summary>
internal static class TextSyntax
{
    /// <summary>Longest text quoted in an error message, in characters.</summary>
    public const int FoundLengthMax = 40;

    public static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>0x</c> and <paramref name="digits"/> upper-case hex digits; a negative value keeps its sign (<c>-0x0004</c>).</summary>
    public static string Hex(long value, int digits) =>
        value < 0
            ? "-0x" + ((ulong)(-value)).ToString("X" + Decimal(digits), CultureInfo.InvariantCulture)
            : "0x" + ((ulong)value).ToString("X" + Decimal(digits), CultureInfo.InvariantCulture);

    public static string Hex(ulong value, int digits) => "0x" + value.ToString("X" + Decimal(digits), CultureInfo.InvariantCulture);

    public static bool TryParseDecimal(string text, long min, long max, out long value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        if (i >= text.Length || text.Length - i > 19)
        {
            return false;
        }

        ulong magnitude = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            magnitude = (magnitude * 10) + (ulong)(c - '0');
        }

        if (magnitude > (ulong)long.MaxValue)
        {
            return false;
        }

        value = negative ? -(long)magnitude : (long)magnitude;
        return value >= min && value <= max;
    }

    /// <summary>Parses <c>0x…</c> (1 to 16 hex digits, optionally preceded by <c>-</c>) into a magnitude and a sign.</summary>
    public static bool TryParseHex(string text, out ulong magnitude, out bool negative)
    {
        magnitude = 0;
        negative = text.StartsWith('-');
        var start = negative ? 1 : 0;
        if (text.Length < start + 3 || text[start] != '0' || (text[start + 1] != 'x' && text[start + 1] != 'X') || text.Length - start - 2 > 16)
        {
            return false;
        }

        for (var i = start + 2; i < text.Length; i++)
        {
            var c = text[i];
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                >= 'a' and <= 'f' => c - 'a' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            magnitude = (magnitude << 4) | (uint)digit;
        }

        return true;
    }

    public static bool TryParseSignedHex(string text, long min, long max, out long value)
    {
        value = 0;
        if (!TryParseHex(text, out var magnitude, out var negative))
        {
            return false;
        }

        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > (ulong)long.MaxValue)
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return value >= min && value <= max;
    }

    public static bool TryParseUnsignedHex(string text, ulong max, out ulong value)
    {
        value = 0;
        if (!TryParseHex(text, out var magnitude, out var negative) || negative || magnitude > max)
        {
            return false;
        }

        value = magnitude;
        return true;
    }

    /// <summary>A string in double quotes with <c>\\</c>, <c>\"</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\xHH</c> escapes.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\u007F': builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Decodes a quoted string; on failure returns the 0-based offset in <paramref name="text"/> of the problem.</summary>
    public static bool TryUnquote(string text, out string value, out int problemOffset)
    {
        value = "";
        problemOffset = 0;
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                problemOffset = i;
                return false;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= text.Length - 1)
            {
                problemOffset = i;
                return false;
            }

            var e = text[++i];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'x' when i + 2 < text.Length - 1 && TryParseUnsignedHex("0x" + text.Substring(i + 1, 2), 0xFF, out var code):
                    builder.Append((char)code);
                    i += 2;
                    break;
                default:
                    problemOffset = i - 1;
                    return false;
            }
        }

        value = builder.ToString();
        return true;
    }

    /// <summary>Free text made fit for one line: control characters become spaces, surrounding white space goes.</summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < ' ' || chars[i] == '\u007F')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim(' ');
    }

    /// <summary>A name fit for a whitespace-separated list: anything outside <c>[A-Za-z0-9_.:-]</c> becomes <c>_</c>.</summary>
    public static string Word(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "_";
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!IsWordChar(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    public static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or ':' or '-';

    public static bool IsBlank(char c) => c is ' ' or '\t';

    /// <summary>How an offending piece of text is shown in an error: quoted, control characters escaped, cut at <see cref="FoundLengthMax"/>.</summary>
    public static string Found(string text)
    {
        if (text.Length == 0)
        {
            return "end of line";
        }

        var cut = text.Length > FoundLengthMax ? text[..FoundLengthMax] : text;
        var builder = new StringBuilder("'");
        foreach (var c in cut)
        {
            if (c < ' ' || c == '\u007F')
            {
                builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append(text.Length > FoundLengthMax ? "…'" : "'").ToString();
    }
}
