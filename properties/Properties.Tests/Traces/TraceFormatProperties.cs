using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SriovVerification.Harness.Checking;
using SriovVerification.Harness.Traces;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Traces;

public class TraceFormatProperties
{
    [Fact]
    public void PrintParsePrint_AnyTrace_IdenticalText()
    {
        // Claim: printing a trace, parsing the text and printing again gives the same text, byte for byte.
        PropertyCheck.ForAll(TraceGenerators.TraceArbitrary, trace =>
        {
            var text = TracePrinter.Print(trace);
            var parsed = TraceParser.Parse(text, "generated.trace");
            Assert.True(parsed.IsSuccess, parsed.ErrorText + "\n" + text);
            Assert.Equal(text, TracePrinter.Print(parsed.Trace!));
        });
    }

    [Fact]
    public void Parse_PrintedTrace_EqualsOriginal()
    {
        // Claim: parsing a printed trace gives back an equal Trace value (free text is generated already one-line).
        PropertyCheck.ForAll(TraceGenerators.TraceArbitrary, trace =>
        {
            var parsed = TraceParser.Parse(TracePrinter.Print(trace));
            Assert.True(parsed.IsSuccess, parsed.ErrorText);
            Assert.Equal(trace, parsed.Trace);
        });
    }

    [Fact]
    public void CommandTextFormat_AnyCommand_ParsesBackToEqualCommand()
    {
        // Claim: the operation text of every command case parses back to an equal command, with the same actor column.
        PropertyCheck.ForAll(TraceGenerators.CommandArbitrary, command =>
        {
            var text = CommandText.Format(command);
            Assert.True(CommandText.TryParse(text, out var parsed, out var error), error + ": " + text);
            Assert.Equal(command, parsed);
            Assert.Equal(CommandText.FormatActor(command), CommandText.FormatActor(parsed));
        }, maxTest: 500);
    }

    [Fact]
    public void OutcomeTextFormat_AnyOutcome_ParsesBackToEqualOutcome()
    {
        // Claim: the outcome text (status, data, reason) parses back to an equal outcome.
        PropertyCheck.ForAll(Arb.From(TraceGenerators.Outcomes, _ => []), outcome =>
        {
            var text = OutcomeText.Format(outcome);
            Assert.True(OutcomeText.TryParse(text, out var parsed, out var error), error + ": " + text);
            Assert.Equal(outcome, parsed);
        }, maxTest: 500);
    }

    [Fact]
    public void Parse_MutatedTrace_NeverThrowsAndPositionsEveryError()
    {
        // Claim: on a printed trace with characters inserted, deleted or replaced, the parser returns (never throws),
        // and every error has line ≥ 1, column ≥ 1 and a message in the file:line:column form.
        var mutated =
            from trace in TraceGenerators.Trace
            from edits in Gen.Choose(1, 4)
            from positions in Gen.Choose(0, int.MaxValue).ArrayOf(edits)
            from chars in Gen.Elements('0', '9', ' ', '\t', '\n', '\r', '\0', '"', '\\', '|', '=', '-', '>', '[', ']', 'x', 'é', '\u2028').ArrayOf(edits)
            from kinds in Gen.Choose(0, 2).ArrayOf(edits)
            select Mutate(TracePrinter.Print(trace), positions, chars, kinds);
        PropertyCheck.ForAll(Arb.From(mutated, Shrink), text => CheckErrorsPositioned(TraceParser.Parse(text, "m.trace"), "m.trace"), maxTest: 300);
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrowsAndPositionsEveryError()
    {
        // Claim: on arbitrary bytes decoded as UTF-8 (NUL, CR/LF mixes, invalid sequences), the parser never throws and
        // every error is positioned.
        var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
        var withHeader = from b in bytes from header in Gen.Elements("", "sriov-trace 1\n", "sriov-trace 1\r\n0001 ")
                         select header + Encoding.UTF8.GetString(b);
        PropertyCheck.ForAll(Arb.From(withHeader, Shrink), text => CheckErrorsPositioned(TraceParser.Parse(text, "r.trace"), "r.trace"), maxTest: 300);
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
}
