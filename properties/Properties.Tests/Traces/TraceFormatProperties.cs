// Properties.Tests/Traces: Traces, commands and outcomes of TraceGenerators, with their shrinkers
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SriovVerification.Model;
using SriovVerification.Properties.Tests.Checking;
using Outcome = SriovVerification.Model.Outcome;

namespace SriovVerification.Properties.Tests.Traces;

public class TraceFormatProperties
{
    [SriovProperty(Arbitrary = new[] { typeof(Generated) })]
    public void PrintParsePrint_AnyTrace_IdenticalText(Trace trace)
    {
        // Claim: printing a trace, parsing the text and printing again gives the same text, byte for byte.
        var text = TracePrinter.Print(trace);
        var parsed = TraceParser.Parse(text, "generated.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText + "\n" + text);
        Assert.Equal(text, TracePrinter.Print(parsed.Trace!));
    }

    [SriovProperty(Arbitrary = new[] { typeof(Generated) })]
    public void Parse_PrintedTrace_EqualsOriginal(Trace trace)
    {
        // Claim: parsing a printed trace gives back an equal Trace value (free text is generated already one-line).
        var parsed = TraceParser.Parse(TracePrinter.Print(trace));
        Assert.True(parsed.IsSuccess, parsed.ErrorText);
        Assert.Equal(trace, parsed.Trace);
    }

    [SriovProperty(MaxTestDefault = 500, Arbitrary = new[] { typeof(Generated) })]
    public void CommandTextFormat_AnyCommand_ParsesBackToEqualCommand(Command command)
    {
        // Claim: the operation text of every command case parses back to an equal command, with the same actor column.
        var text = CommandText.Format(command);
        Assert.True(CommandText.TryParse(text, out var parsed, out var error), error + ": " + text);
        Assert.Equal(command, parsed);
        Assert.Equal(CommandText.FormatActor(command), CommandText.FormatActor(parsed));
    }

    [SriovProperty(MaxTestDefault = 500, Arbitrary = new[] { typeof(Generated) })]
    public void OutcomeTextFormat_AnyOutcome_ParsesBackToEqualOutcome(Outcome outcome)
    {
        // Claim: the outcome text (status, data, reason) parses back to an equal outcome.
        var text = OutcomeText.Format(outcome);
        Assert.True(OutcomeText.TryParse(text, out var parsed, out var error), error + ": " + text);
        Assert.Equal(outcome, parsed);
    }

    [SriovProperty(MaxTestDefault = 300, Arbitrary = new[] { typeof(MutatedTraceText) })]
    public void Parse_MutatedTrace_NeverThrowsAndPositionsEveryError(string text)
    {
        // Claim: on a printed trace with characters inserted, deleted or replaced, the parser returns (never throws),
        // and every error has line ≥ 1, column ≥ 1 and a message in the file:line:column form.
        CheckErrorsPositioned(TraceParser.Parse(text, "m.trace"), "m.trace");
    }

    [SriovProperty(MaxTestDefault = 300, Arbitrary = new[] { typeof(RandomBytesText) })]
    public void Parse_RandomBytes_NeverThrowsAndPositionsEveryError(string text)
    {
        // Claim: on arbitrary bytes decoded as UTF-8 (NUL, CR/LF mixes, invalid sequences), the parser never throws and
        // every error is positioned.
        CheckErrorsPositioned(TraceParser.Parse(text, "r.trace"), "r.trace");
    }

    [Fact]
    public void Parse_HugeLine_ReportsLineLengthBound()
    {
        // Claim: a line longer than the bound is an error at the column just past the bound, not a hang or a throw.
        var text = "sriov-trace 1\n" + new string('x', TraceParser.LineLengthMaxChars + 10) + "\n";
        var result = TraceParser.Parse(text, "h.trace");
        Assert.Equal($"h.trace:2:{TraceParser.LineLengthMaxChars + 1}: expected a line of at most {TraceParser.LineLengthMaxChars} characters, found a line of {TraceParser.LineLengthMaxChars + 10} characters", result.Errors[0].Message);
    }

    private static void CheckErrorsPositioned(TraceParseResult result, string file)
    {
        Assert.Equal(result.Errors.Length == 0, result.IsSuccess);
        Assert.True(result.Errors.Length <= TraceParser.ErrorCountMax);
        foreach (var error in result.Errors)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
            Assert.StartsWith($"{file}:{error.Line}:{error.Column}: expected ", error.Message, StringComparison.Ordinal);
            Assert.False(error.Found.Contains("internal error", StringComparison.Ordinal), error.Found);
        }
    }

    private static string Mutate(string text, int[] positions, char[] chars, int[] kinds)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < positions.Length; i++)
        {
            var at = builder.Length == 0 ? 0 : positions[i] % builder.Length;
            switch (kinds[i])
            {
                case 0: builder.Insert(at, chars[i]); break;
                case 1 when builder.Length > 0: builder.Remove(at, 1); break;
                default: if (builder.Length > 0) { builder[at] = chars[i]; } break;
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length > 1)
        {
            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
        }
    }

    /// <summary>Traces, commands and outcomes of <see cref="TraceGenerators"/>, with their shrinkers.</summary>
    private static class Generated
    {
        public static Arbitrary<Trace> Traces() => TraceGenerators.TraceArbitrary;

        public static Arbitrary<Command> Commands() => TraceGenerators.CommandArbitrary;

        public static Arbitrary<Outcome> Outcomes() => Arb.From(TraceGenerators.Outcomes, _ => []);
    }

    /// <summary>A printed trace with one to four characters inserted, deleted or replaced; shrunk by halves.</summary>
    private static class MutatedTraceText
    {
        public static Arbitrary<string> Texts()
        {
            var mutated =
                from trace in TraceGenerators.Trace
                from edits in Gen.Choose(1, 4)
                from positions in Gen.Choose(0, int.MaxValue).ArrayOf(edits)
                from chars in Gen.Elements('0', '9', ' ', '\t', '\n', '\r', '\0', '"', '\\', '|', '=', '-', '>', '[', ']', 'x', 'é', '\u2028').ArrayOf(edits)
                from kinds in Gen.Choose(0, 2).ArrayOf(edits)
                select Mutate(TracePrinter.Print(trace), positions, chars, kinds);
            return Arb.From(mutated, Shrink);
        }
    }

    /// <summary>Random bytes decoded as UTF-8 behind an empty, a header or a header-and-step-prefix start; shrunk by halves.</summary>
    private static class RandomBytesText
    {
        public static Arbitrary<string> Texts()
        {
            var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
            var withHeader = from b in bytes from header in Gen.Elements("", "sriov-trace 1\n", "sriov-trace 1\r\n0001 ")
                             select header + Encoding.UTF8.GetString(b);
            return Arb.From(withHeader, Shrink);
        }
    }
}
