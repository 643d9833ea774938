// Traces: the line-by-line reader behind TraceParser.Parse

namespace SriovVerification.Traces;

/// <summary>The line-by-line reader behind <see cref="TraceParser.Parse"/>.</summary>
public static partial class TraceParser
{
    private sealed partial class Reader(string file)
    {
        private readonly List<TraceParseError> errors = [];
        private readonly List<TraceStep> steps = [];
        private readonly HashSet<string> headersSeen = new(StringComparer.Ordinal);
        private readonly HashSet<string> configSeen = new(StringComparer.Ordinal);
        private ModelConfig config = ModelConfig.Default;
        private Trace header = new(ModelConfig.Default, []);
        private bool formatSeen;
        private bool lastStepFailed;
        private int lineCount;
        private int firstStepLine;
        private bool stopped;

        public TraceParseResult Read(string text)
        {
            var start = 0;
            var lineNumber = 0;
            while (start <= text.Length && !stopped)
            {
                var end = start;
                while (end < text.Length && text[end] != '\n' && text[end] != '\r')
                {
                    end++;
                }

                lineNumber++;
                if (end < text.Length || end > start)
                {
                    ReadLine(text, start, end - start, lineNumber);
                }

                if (end >= text.Length)
                {
                    break;
                }

                start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            }

            lineCount = lineNumber;
            if (!stopped)
            {
                Finish();
            }

            return errors.Count > 0
                ? new TraceParseResult(null, errors.ToValueArray())
                : new TraceParseResult(header with { Config = config, Steps = steps.ToValueArray() }, []);
        }

        private void Finish()
        {
            if (!formatSeen)
            {
                Error(1, 1, FormatLineExpected, "end of input");
                return;
            }

            var missing = ConfigText.Fields.Where(f => !configSeen.Contains(f.Key)).Select(f => f.Key).ToList();
            if (missing.Count > 0)
            {
                var line = firstStepLine > 0 ? firstStepLine : lineCount;
                Error(line, 1, $"'config: {missing[0]}=…' before the steps (every configuration key is required; missing: {string.Join(", ", missing)})",
                    firstStepLine > 0 ? "the first step" : "end of input");
            }
        }

        private const string FormatLineExpected = "the format line 'sriov-trace 1'";

        private void ReadLine(string text, int start, int length, int lineNumber)
        {
            if (length > LineLengthMaxChars)
            {
                Error(lineNumber, LineLengthMaxChars + 1, $"a line of at most {LineLengthMaxChars} characters", $"a line of {length} characters");
                lastStepFailed = true;
                return;
            }

            var line = text.Substring(start, length);
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if ((c < ' ' && c != '\t') || c == '\u007F')
                {
                    Error(lineNumber, i + 1, "a printable character (escape control characters inside quotes)", TextSyntax.Found(c.ToString()));
                    lastStepFailed = true;
                    return;
                }
            }

            if (line.All(TextSyntax.IsBlank))
            {
                return;
            }

            if (!formatSeen)
            {
                ReadFormatLine(line, lineNumber);
                return;
            }

            if (TextSyntax.IsBlank(line[0]))
            {
                ReadContinuation(line, lineNumber);
            }
            else if (line[0] is >= '0' and <= '9')
            {
                ReadStep(line, lineNumber);
            }
            else
            {
                ReadHeader(line, lineNumber);
            }
        }

        private void ReadFormatLine(string line, int lineNumber)
        {
            var cursor = new LineCursor(line);
            var tag = cursor.Next(out _);
            if (tag is not { Text: TracePrinter.FormatTag })
            {
                Report(lineNumber, tag is { } t ? TextProblem.AtToken(line, t, FormatLineExpected) : TextProblem.At(line, 0, line.Length, FormatLineExpected));
                stopped = true;
                return;
            }

            var version = cursor.Next(out _);
            if (version is not { } v || !TextSyntax.TryParseDecimal(v.Text, 0, int.MaxValue, out var number) || number != Trace.CurrentFormatVersion || !cursor.AtEnd)
            {
                var at = version is { } vt && !TextSyntax.TryParseDecimal(vt.Text, 1, 1, out _) ? vt : cursor.Peek() ?? version;
                Report(lineNumber, at is { } a ? TextProblem.AtToken(line, a, $"format version {Trace.CurrentFormatVersion}") : TextProblem.At(line, line.Length, 0, $"format version {Trace.CurrentFormatVersion}"));
                stopped = true;
                return;
            }

            formatSeen = true;
            header = header with { FormatVersion = (int)number };
        }

        private void ReadHeader(string line, int lineNumber)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? "" : line[..colon];
            if (steps.Count > 0 || firstStepLine > 0)
            {
                Report(lineNumber, TextProblem.At(line, 0, colon < 0 ? line.Length : colon + 1, "a step line (a step number first) or an indented continuation line"));
                return;
            }

            if (key is not ("title" or "purpose" or "config" or "seed" or "defects"))
            {
                Report(lineNumber, TextProblem.At(line, 0, colon < 0 ? line.Length : colon + 1, "a header line (title:, purpose:, config:, seed:, defects:) or a step line"));
                return;
            }

            if (key != "config" && !headersSeen.Add(key))
            {
                Report(lineNumber, TextProblem.At(line, 0, colon + 1, $"each header line once ('{key}:' is repeated)"));
                return;
            }

            var cursor = new LineCursor(line, colon + 1);
            switch (key)
            {
                case "title":
                    header = header with { Title = cursor.Rest() };
                    break;
                case "purpose":
                    header = header with { Purpose = cursor.Rest() };
                    break;
                case "config":
                    ReadConfig(line, lineNumber, cursor);
                    break;
                case "seed":
                    ReadSeed(line, lineNumber, cursor);
                    break;
                default:
                    ReadDefects(line, lineNumber, cursor);
                    break;
            }
        }

        private void ReadConfig(string line, int lineNumber, LineCursor cursor)
        {
            var keys = "(" + CommandText.ShortList([.. ConfigText.Fields.Select(f => f.Key)]) + ")";
            var token = cursor.Next(out _);
            if (token is not { } t)
            {
                Report(lineNumber, TextProblem.At(line, line.Length, 0, "Key=Value of a configuration key " + keys));
                return;
            }

            var equals = t.Text.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? t.Text : t.Text[..equals];
            var field = Array.Find(ConfigText.Fields, f => string.Equals(f.Key, key, StringComparison.Ordinal))
                ?? Array.Find(ConfigText.OptionalFields, f => string.Equals(f.Key, key, StringComparison.Ordinal));
            if (field is null || equals < 0)
            {
                Report(lineNumber, TextProblem.AtToken(line, t, "Key=Value of a configuration key " + keys));
                return;
            }

            if (!configSeen.Add(key))
            {
                Report(lineNumber, TextProblem.AtToken(line, t, $"each configuration key once ('{key}' is repeated)"));
                return;
            }

            var valueText = t.Text[(equals + 1)..];
            if (field.Parse(config, valueText) is not { } parsed)
            {
                Report(lineNumber, TextProblem.At(line, t.Start + equals + 1, valueText.Length, $"{field.Expected} for {key}"));
                return;
            }

            config = parsed;
            ExpectEnd(line, lineNumber, cursor);
        }

        private void ReadSeed(string line, int lineNumber, LineCursor cursor)
        {
            const string Expected = "a seed (0x and up to 16 hex digits, or a decimal number)";
            var token = cursor.Next(out _);
            if (token is not { } t || !SeedText.TryParse(t.Text, out var seed))
            {
                Report(lineNumber, token is { } bad ? TextProblem.AtToken(line, bad, Expected) : TextProblem.At(line, line.Length, 0, Expected));
                return;
            }

            header = header with { Seed = seed };
            ExpectEnd(line, lineNumber, cursor);
        }

        private void ReadDefects(string line, int lineNumber, LineCursor cursor)
        {
            var defects = new List<string>();
            while (cursor.Next(out _) is { } token)
            {
                var bad = token.Text.ToList().FindIndex(c => !TextSyntax.IsWordChar(c));
                if (bad >= 0)
                {
                    Report(lineNumber, TextProblem.At(line, token.Start + bad, token.Text.Length - bad, "a defect name of letters, digits, '_', '.', ':' or '-'"));
                    return;
                }

                defects.Add(token.Text);
            }

            header = header with { Defects = defects.ToValueArray() };
        }

        private void ExpectEnd(string line, int lineNumber, LineCursor cursor)
        {
            if (cursor.Peek() is { } extra)
            {
                Report(lineNumber, TextProblem.AtToken(line, extra, "end of line"));
            }
        }

        private void Report(int lineNumber, TextProblem problem) => Error(lineNumber, problem.Offset + 1, problem.Expected, problem.Found);

        private void Error(int line, int column, string expected, string found)
        {
            errors.Add(new TraceParseError(file, Math.Max(1, line), Math.Max(1, column), expected, found));
            if (errors.Count >= ErrorCountMax)
            {
                stopped = true;
            }
        }
    }
}
