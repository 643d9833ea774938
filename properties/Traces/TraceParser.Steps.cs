// Traces: step lines and their continuation lines

namespace SriovVerification.Traces;

/// <summary>Step lines and their continuation lines.</summary>
public static partial class TraceParser
{
    private sealed partial class Reader
    {
        private const string ActorExpected = "an actor (host, pf, vm<n>, wire)";

        private void ReadStep(string line, int lineNumber)
        {
            lastStepFailed = true;
            if (firstStepLine == 0)
            {
                firstStepLine = lineNumber;
            }

            if (steps.Count >= StepCountMax)
            {
                Error(lineNumber, 1, $"at most {StepCountMax} steps", "another step");
                stopped = true;
                return;
            }

            var cursor = new LineCursor(line);
            if (!ReadStepNumber(cursor, line, lineNumber, out var number))
            {
                return;
            }

            var actorToken = cursor.Next(out _);
            if (actorToken is not { } actor || !IsActor(actor.Text))
            {
                Report(lineNumber, actorToken is { } a ? TextProblem.AtToken(line, a, ActorExpected) : TextProblem.At(line, line.Length, 0, ActorExpected));
                return;
            }

            var command = CommandText.Parse(cursor, stopAtArrow: true, out var problem);
            if (command is null)
            {
                Report(lineNumber, problem!);
                return;
            }

            var actorText = CommandText.FormatActor(command);
            if (!string.Equals(actorText, actor.Text, StringComparison.Ordinal))
            {
                Report(lineNumber, TextProblem.AtToken(line, actor, $"actor '{actorText}' for {CommandText.SpecOf(command).Name}"));
                return;
            }

            var arrow = cursor.Next(out problem);
            if (arrow is not { Text: "->" })
            {
                Report(lineNumber, problem ?? (arrow is { } bad ? TextProblem.AtToken(line, bad, "'->'") : TextProblem.At(line, line.Length, 0, "'->'")));
                return;
            }

            var outcome = OutcomeText.Parse(cursor, stopAtBar: true, out problem);
            if (outcome is null)
            {
                Report(lineNumber, problem!);
                return;
            }

            var changes = "";
            if (cursor.Next(out _) is { Text: "|" })
            {
                changes = cursor.Rest();
            }

            steps.Add(new TraceStep((int)number, command, outcome, changes));
            lastStepFailed = false;
        }

        /// <summary>Reads the step number, which must be the next one in order; reports it otherwise.</summary>
        private bool ReadStepNumber(LineCursor cursor, string line, int lineNumber, out long number)
        {
            number = 0;
            var expectedNumber = steps.Count + 1;
            var expectedText = $"step number {expectedNumber.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";
            if (cursor.Next(out _) is not { } numberToken)
            {
                // A step line whose first token cannot be read (e.g. an unterminated quote right after the number).
                Report(lineNumber, TextProblem.At(line, 0, line.Length, expectedText));
                return false;
            }

            if (!TextSyntax.TryParseDecimal(numberToken.Text, 0, int.MaxValue, out number) || numberToken.Text.StartsWith('-'))
            {
                Report(lineNumber, TextProblem.AtToken(line, numberToken, expectedText));
                return false;
            }

            if (number != expectedNumber)
            {
                Report(lineNumber, TextProblem.AtToken(line, numberToken, expectedText + " (steps are numbered 1, 2, 3, … in order)"));
                return false;
            }

            return true;
        }

        private void ReadContinuation(string line, int lineNumber)
        {
            var cursor = new LineCursor(line);
            cursor.SkipBlanks();
            var start = cursor.Position;
            var colon = line.IndexOf(':', start);
            var key = colon < 0 ? "" : line[start..colon];
            if (key is not ("expected" or "violated" or "diff"))
            {
                var end = line.IndexOfAny([' ', '\t'], start);
                Report(lineNumber, TextProblem.At(line, start, (end < 0 ? line.Length : end) - start, "a continuation line (expected:, violated:, diff:)"));
                return;
            }

            if (steps.Count == 0 && !lastStepFailed)
            {
                Report(lineNumber, TextProblem.At(line, start, colon + 1 - start, "a step line before its continuation lines"));
                return;
            }

            if (lastStepFailed)
            {
                return;
            }

            var step = steps[^1];
            cursor = new LineCursor(line, colon + 1);
            switch (key)
            {
                case "expected":
                    if (step.Expected is not null)
                    {
                        Report(lineNumber, TextProblem.At(line, start, colon + 1 - start, "one 'expected:' line per step"));
                        return;
                    }

                    var outcome = OutcomeText.Parse(cursor, stopAtBar: false, out var problem);
                    if (outcome is null)
                    {
                        Report(lineNumber, problem!);
                        return;
                    }

                    steps[^1] = step with { Expected = outcome };
                    break;
                case "violated":
                    var id = cursor.Next(out _);
                    if (id is not { } idToken || !idToken.Text.All(TextSyntax.IsWordChar))
                    {
                        Report(lineNumber, id is { } bad ? TextProblem.AtToken(line, bad, "an invariant id (INV-nn)") : TextProblem.At(line, line.Length, 0, "an invariant id (INV-nn)"));
                        return;
                    }

                    steps[^1] = step with { Violations = step.Violations.Add(new InvariantViolation(idToken.Text, cursor.Rest())) };
                    break;
                default:
                    steps[^1] = step with { StateDiff = step.StateDiff.Add(cursor.Rest()) };
                    break;
            }
        }

        private static bool IsActor(string text) =>
            text is "pf" or "host" or "wire"
            || (text.StartsWith("vm", StringComparison.Ordinal) && TextSyntax.TryParseDecimal(text[2..], int.MinValue, int.MaxValue, out _));
    }
}
