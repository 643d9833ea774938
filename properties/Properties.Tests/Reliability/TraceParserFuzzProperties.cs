// Properties.Tests/Reliability: Line- and byte-level mutations of example traces (printed generated traces, and the golden traces when present), beyond the character ..
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SriovVerification.Harness.Golden;
using SriovVerification.Properties.Tests.Checking;
using SriovVerification.Properties.Tests.Traces;

namespace SriovVerification.Properties.Tests.Reliability;

/// <summary>
/// Line- and byte-level mutations of example traces (printed generated traces, and the golden traces when present),
/// beyond the character edits of <see cref="TraceFormatProperties"/>.
/// </summary>
public class TraceParserFuzzProperties
{
    private static readonly Gen<string> Examples = Gen.Frequency(
        (3, TraceGenerators.Trace.Select(TracePrinter.Print)),
        (1, Gen.Elements(GoldenTraces().DefaultIfEmpty("sriov-trace 1\n").ToArray())));

    [SriovProperty(MaxTestDefault = 200, Arbitrary = new[] { typeof(ByteMutatedExample) })]
    public void Parse_ByteMutatedExample_NeverThrowsAndPositionsEveryError(string text)
    {
        // Claim: byte flips, truncation at any byte and random byte runs in a trace's UTF-8 never make the parser throw,
        // and every error it reports has line ≥ 1, column ≥ 1, a line within the text, and the file:line:column form.
        CheckPositioned(text);
    }

    [SriovProperty(MaxTestDefault = 100, Arbitrary = new[] { typeof(LineMutatedExample) })]
    public void Parse_LineMutatedExample_NeverThrowsAndPositionsEveryError(string text)
    {
        // Claim: duplicated, removed, swapped and huge lines, and a line repeated thousands of times, never make the
        // parser throw, and every error is positioned.
        CheckPositioned(text);
    }

    [Theory]
    [InlineData("[", 20_000)]
    [InlineData("\"", 20_000)]
    [InlineData("0001 ", 5_000)]
    [InlineData("->", 3_000)]
    public void Parse_DeepRepetition_ReturnsPositionedErrors(string unit, int times)
    {
        // Claim: deeply repeated brackets, quotes, step prefixes and arrows end in positioned errors, not a throw or a hang.
        var text = "sriov-trace 1\n" + string.Concat(Enumerable.Repeat(unit, times)) + "\n";
        var result = CheckPositioned(text);
        Assert.False(result.IsSuccess);
    }

    private static TraceParseResult CheckPositioned(string text)
    {
        var result = TraceParser.Parse(text, "f.trace");
        var lineCount = text.Count(c => c == '\n') + 1;
        Assert.Equal(result.Errors.Length == 0, result.IsSuccess);
        Assert.True(result.Errors.Length <= TraceParser.ErrorCountMax);
        foreach (var error in result.Errors)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
            Assert.True(error.Line <= lineCount + 1, $"{error.Message}: line beyond the {lineCount} lines of the text");
            Assert.StartsWith($"f.trace:{error.Line}:{error.Column}: expected ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", error.Found, StringComparison.Ordinal);
        }

        return result;
    }

    private static string MutateBytes(string text, int kind, int position, byte value, byte[] run)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var at = bytes.Count == 0 ? 0 : position % bytes.Count;
        switch (kind)
        {
            case 0 when bytes.Count > 0: bytes[at] ^= (byte)(value | 1); break;
            case 1: bytes.RemoveRange(at, bytes.Count - at); break;
            default: bytes.InsertRange(at, run); break;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string MutateLines(string text, int kind, int a, int b, int times)
    {
        var lines = text.Split('\n').ToList();
        var i = a % lines.Count;
        var j = b % lines.Count;
        switch (kind)
        {
            case 0: lines.Insert(i, lines[j]); break;
            case 1: lines.RemoveAt(i); break;
            case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 3: lines.Insert(i, new string('x', TraceParser.LineLengthMaxChars + (b % 5000))); break;
            default: lines.InsertRange(i, Enumerable.Repeat(lines[j], times)); break;
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length > 1)
        {
            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
        }
    }

    /// <summary>An example's UTF-8 with a byte flipped, cut at a byte, or a run of random bytes inserted; shrunk by halves.</summary>
    private static class ByteMutatedExample
    {
        public static Arbitrary<string> Texts()
        {
            var mutated =
                from text in Examples
                from kind in Gen.Choose(0, 2)
                from position in Gen.Choose(0, int.MaxValue)
                from value in Gen.Choose(0, 255)
                from run in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
                select MutateBytes(text, kind, position, (byte)value, run);
            return Arb.From(mutated, Shrink);
        }
    }

    /// <summary>An example with a line duplicated, removed, swapped, made huge or repeated; shrunk by halves.</summary>
    private static class LineMutatedExample
    {
        public static Arbitrary<string> Texts()
        {
            var mutated =
                from text in Examples
                from kind in Gen.Choose(0, 4)
                from a in Gen.Choose(0, int.MaxValue)
                from b in Gen.Choose(0, int.MaxValue)
                from times in Gen.Choose(2, 3000)
                select MutateLines(text, kind, a, b, times);
            return Arb.From(mutated, Shrink);
        }
    }

    private static string[] GoldenTraces()
    {
        var verified = Path.Combine(GoldenFile.FindRepositoryRoot(), "snapshots", "verified");
        return Directory.Exists(verified)
            ? [.. Directory.GetFiles(verified, "*Trace_*.verified.txt").Order(StringComparer.Ordinal).Take(50).Select(File.ReadAllText)]
            : [];
    }
}
