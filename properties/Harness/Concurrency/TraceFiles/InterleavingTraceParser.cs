// Harness/Concurrency/TraceFiles: reads a version-2 trace file (kind
using System.Globalization;
using SriovVerification.Harness.Concurrency;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Concurrency.TraceFiles;

/// <summary>
/// Reads a version-2 trace file (<c>kind: interleaving</c>). Never throws on bad input: every problem is reported as
/// <c>file:line:column: expected …, found '…'</c>, and a trace with a problem is not returned.
/// </summary>
public static class InterleavingTraceParser
{
    /// <summary>The format line of version 2.</summary>
    public static readonly string FormatLine = TracePrinter.FormatTag + " " + InterleavingTrace.Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> starts (after blank lines) with the version-2 format line.</summary>
    public static bool IsVersion2(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0);
        return first == FormatLine;
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> prefixes the messages.</summary>
    public static (InterleavingTrace? Trace, IReadOnlyList<string> Errors) Parse(string text, string fileName = "trace")
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(fileName);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && reader.Errors.Count < 20; i++)
        {
            reader.Read(lines[i].TrimEnd('\r'), i + 1);
        }

        return reader.Finish();
    }

    private sealed class Reader(string fileName)
    {
        private static readonly string[] Keys =
            ["kind", "title", "purpose", "scenario", "policy", "seed", "defects", "step-bound", "frames-per-actor", "wait-timeout-steps", "retransmit-window-steps", "traffic", "verdict"];

        private readonly Dictionary<string, string> header = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> headerLines = new(StringComparer.Ordinal);
        private readonly List<string> violations = [];
        private readonly List<ScheduleDecision> decisions = [];
        private readonly List<ScheduleStep> steps = [];
        private readonly List<string> frames = [];
        private bool formatSeen;
        private string section = "";

        public List<string> Errors { get; } = [];

        public void Read(string line, int number)
        {
            if (line.Trim().Length == 0)
            {
                return;
            }

            if (!formatSeen)
            {
                formatSeen = line == FormatLine;
                Expect(formatSeen, number, 1, $"the format line '{FormatLine}'", line);
                return;
            }

            if (line is "decisions:" or "schedule:" or "frames:")
            {
                section = line[..^1];
                return;
            }

            switch (section)
            {
                case "":
                    ReadHeader(line, number);
                    break;
                case "decisions":
                    ReadNumbered(line, number, 2, parts => decisions.Add(new ScheduleDecision(parts.Step, parts.Fields[0])));
                    break;
                case "schedule":
                    ReadNumbered(line, number, 3, parts => steps.Add(new ScheduleStep(parts.Step, parts.Fields[0], parts.Fields[1])));
                    break;
                default:
                    Expect(line.StartsWith("frame ", StringComparison.Ordinal), number, 1, "a frame line 'frame <id> <flow> <fate>'", line);
                    frames.Add(line);
                    break;
            }
        }

        private void ReadHeader(string line, int number)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon] : line;
            if (key == "violated" && colon > 0)
            {
                violations.Add(line[(colon + 1)..].Trim());
                return;
            }

            if (!Expect(colon > 0 && Keys.Contains(key), number, 1, $"a header line '<key>: <value>' (keys: {string.Join(", ", Keys)}, violated) or a section (decisions:, schedule:, frames:)", line)
                || !Expect(header.TryAdd(key, line[(colon + 1)..].Trim()), number, 1, $"'{key}:' once", line))
            {
                return;
            }

            headerLines[key] = number;
        }

        private void ReadNumbered(string line, int number, int fieldCount, Action<(int Step, string[] Fields)> add)
        {
            var parts = line.Split(' ', fieldCount, StringSplitOptions.None);
            var ok = parts.Length == fieldCount && parts[0].Length >= 4 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var step)
                && parts.Skip(1).All(p => p.Length > 0);
            if (Expect(ok, number, 1, fieldCount == 2 ? "a decision 'NNNN <actor>'" : "a schedule step 'NNNN <actor> <point>'", line))
            {
                add((int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1..]));
            }
        }

        public (InterleavingTrace? Trace, IReadOnlyList<string> Errors) Finish()
        {
            if (!formatSeen)
            {
                Errors.Add($"{fileName}:1:1: expected the format line '{FormatLine}', found end of input");
            }

            foreach (var key in Keys.Where(k => !header.ContainsKey(k) && formatSeen))
            {
                Errors.Add($"{fileName}: expected a '{key}:' header line, found none");
            }

            if (Errors.Count > 0)
            {
                return (null, Errors);
            }

            var options = Options();
            return Errors.Count > 0 || options is null
                ? (null, Errors)
                : (new InterleavingTrace(header["title"], header["purpose"], options, Enum.Parse<ScheduleVerdict>(header["verdict"]), violations, steps, frames), Errors);
        }

        private InterleavingOptions? Options()
        {
            var ok = Value("kind", v => v == "interleaving", "interleaving", out _)
                & Value("scenario", v => Enum.TryParse<ScenarioKind>(v, out _) && !int.TryParse(v, out _), string.Join("|", Enum.GetNames<ScenarioKind>()), out var scenario)
                & Value("policy", v => Enum.TryParse<FilterMovePolicy>(v, out _) && !int.TryParse(v, out _), string.Join("|", Enum.GetNames<FilterMovePolicy>()), out var policy)
                & Value("seed", v => SeedText.TryParse(v, out _), "a seed (0x… or decimal)", out var seed)
                & Value("step-bound", v => Positive(v), "a positive integer", out var stepBound)
                & Value("frames-per-actor", v => Positive(v), "a positive integer", out var framesPerActor)
                & Value("wait-timeout-steps", v => Positive(v), "a positive integer", out var waitTimeout)
                & Value("retransmit-window-steps", v => Positive(v), "a positive integer", out var window)
                & Value("verdict", v => Enum.TryParse<ScheduleVerdict>(v, out _) && !int.TryParse(v, out _), string.Join("|", Enum.GetNames<ScheduleVerdict>()), out _);
            var traffic = header["traffic"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unknownActor = traffic.FirstOrDefault(a => !InterleavingOptions.TrafficActorNames.Contains(a));
            ok &= Expect(unknownActor is null, headerLines["traffic"], "traffic: ".Length + 1, $"'traffic:' actors among {string.Join(" ", InterleavingOptions.TrafficActorNames)}", unknownActor ?? "");
            if (!ok)
            {
                return null;
            }

            SeedText.TryParse(seed, out var seedValue);
            return new InterleavingOptions
            {
                Scenario = Enum.Parse<ScenarioKind>(scenario),
                Policy = Enum.Parse<FilterMovePolicy>(policy),
                Seed = seedValue,
                Defects = header["defects"].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                StepBound = int.Parse(stepBound, CultureInfo.InvariantCulture),
                FramesPerActorMax = int.Parse(framesPerActor, CultureInfo.InvariantCulture),
                WaitTimeoutSteps = int.Parse(waitTimeout, CultureInfo.InvariantCulture),
                RetransmitWindowSteps = int.Parse(window, CultureInfo.InvariantCulture),
                TrafficActors = traffic,
                Decisions = decisions,
            };
        }

        private static bool Positive(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;

        private bool Value(string key, Func<string, bool> valid, string expected, out string value)
        {
            value = header[key];
            return Expect(valid(value), headerLines[key], key.Length + 3, $"'{key}:' {expected}", value);
        }

        private bool Expect(bool condition, int line, int column, string expected, string found)
        {
            if (!condition)
            {
                var where = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}:{column}") : $"{fileName}";
                Errors.Add($"{where}: expected {expected}, found '{found}'");
            }

            return condition;
        }
    }
}
