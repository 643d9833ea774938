// A seed as every report, trace file and replay line writes it, and the one parser of a seed the user typed.
using System.Globalization;

namespace SriovVerification.Traces;

/// <summary>The one text form of a seed (<c>0x</c> and upper-case hex digits) and its parser (<c>0x…</c> hex or decimal).</summary>
public static class SeedText
{
    /// <summary>Hex digits of a seed in trace files, counterexamples and the CLI's reports.</summary>
    public const int DigitsFull = 16;

    /// <summary>Hex digits (at least) of a seed in test replay lines and the reliability campaigns' reports.</summary>
    public const int DigitsShort = 8;

    /// <summary><c>0x</c> and at least <paramref name="digits"/> upper-case hex digits (16 unless told).</summary>
    public static string Format(ulong seed, int digits = DigitsFull) => "0x" + HexDigits(seed, digits);

    /// <summary>At least <paramref name="digits"/> upper-case hex digits without the <c>0x</c> (16 unless told), as file names carry a seed.</summary>
    public static string HexDigits(ulong seed, int digits = DigitsFull) =>
        seed.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Parses <c>0x…</c> (hex, up to 16 digits) or a decimal seed.</summary>
    public static bool TryParse(string text, out ulong seed)
    {
        seed = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length is > 2 and <= 18 && ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed);
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }
}
