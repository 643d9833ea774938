// Harness/Validation: a log of OID requests, read from either of its two formats (docs/VALIDATE.md)
using System.Globalization;
using System.Text;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Validation;

/// <summary>
/// A log of OID requests, read from either of its two formats (docs/VALIDATE.md): the adapter's own OID log
/// (<c>sriov-oid-log 1</c>, one <c>NNNN OID key=value … -> STATUS [BytesNeeded=N]</c> line per request), or CSV a
/// driver engineer exports from their own tracing (<c>oid,parameters,status,bytes_needed</c>). Bad input gives
/// <c>file:line:column: expected …, found '…'</c>, never an exception.
/// </summary>
public static class DriverLog
{
    /// <summary>The format line of the adapter's own log.</summary>
    public const string FormatLine = "sriov-oid-log 1";

    /// <summary>The header line of the CSV format.</summary>
    public const string CsvHeader = "oid,parameters,status,bytes_needed";

    /// <summary>The adapter's OID log of a host, in the first format.</summary>
    public static string Write(IReadOnlyList<I.Switch.OidLogEntry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var b = new StringBuilder(FormatLine).Append('\n');
        foreach (var entry in log)
        {
            var parameters = entry.Parameters.Replace(" (refused by the management path)", "", StringComparison.Ordinal);
            b.Append(CultureInfo.InvariantCulture, $"{entry.Sequence + 1:D4} {entry.Name}{(parameters.Length > 0 ? " " + parameters : "")} -> {Harness.Conformance.AdapterDriver.ToModel(entry.Status).ToNdisName()}")
                .Append(entry.Parameters.EndsWith("(refused by the management path)", StringComparison.Ordinal) ? " management=refused" : "")
                .Append('\n');
        }

        return b.ToString();
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> prefixes the messages.</summary>
    public static (IReadOnlyList<DriverLogEntry> Entries, IReadOnlyList<string> Errors) Parse(string text, string fileName = "log")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var entries = new List<DriverLogEntry>();
        var errors = new List<string>();
        var csv = first >= 0 && lines[first].Trim() == CsvHeader;
        if (first < 0 || (!csv && lines[first].Trim() != FormatLine))
        {
            errors.Add($"{fileName}:{Math.Max(first, 0) + 1}:1: expected '{FormatLine}' or the CSV header '{CsvHeader}', found '{(first < 0 ? "end of input" : lines[first])}'");
            return (entries, errors);
        }

        for (var i = first + 1; i < lines.Length && errors.Count < 20; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var entry = csv ? ParseCsv(lines[i], i + 1, fileName, errors) : ParseLine(lines[i], i + 1, fileName, errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return (entries, errors);
    }

    private static DriverLogEntry? ParseLine(string line, int number, string fileName, List<string> errors)
    {
        var arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
        var words = (arrow < 0 ? line : line[..arrow]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (arrow < 0 || words.Length < 2 || !words[0].All(char.IsAsciiDigit))
        {
            errors.Add($"{fileName}:{number}:1: expected 'NNNN OID key=value ... -> STATUS', found '{line}'");
            return null;
        }

        var tail = line[(arrow + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Entry(words[1], words.Skip(2), tail.FirstOrDefault() ?? "", tail.Skip(1), line, number, arrow + 5, fileName, errors);
    }

    private static DriverLogEntry? ParseCsv(string line, int number, string fileName, List<string> errors)
    {
        var cells = line.Split(',');
        if (cells.Length != 4)
        {
            errors.Add($"{fileName}:{number}:1: expected 4 comma-separated cells ({CsvHeader}), found {cells.Length} in '{line}'");
            return null;
        }

        var needed = cells[3].Trim().Length == 0 ? [] : new[] { "BytesNeeded=" + cells[3].Trim() };
        return Entry(cells[0].Trim(), cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), cells[2].Trim(), needed, line,
            number, cells[0].Length + cells[1].Length + 3, fileName, errors);
    }

    private static DriverLogEntry? Entry(string oid, IEnumerable<string> parameterWords, string statusText, IEnumerable<string> extra, string line, int number, int statusColumn, string fileName, List<string> errors)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in parameterWords.Concat(extra.Where(e => e.StartsWith("management=", StringComparison.Ordinal))))
        {
            var eq = word.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !parameters.TryAdd(word[..eq], word[(eq + 1)..]))
            {
                errors.Add($"{fileName}:{number}:{Math.Max(1, line.IndexOf(word, StringComparison.Ordinal) + 1)}: expected a parameter 'key=value', once per key, found '{word}'");
                return null;
            }
        }

        if (!NdisStatusNames.TryParse(statusText, out var status))
        {
            errors.Add($"{fileName}:{number}:{statusColumn}: expected a status name or code (SUCCESS, INVALID_PARAMETER, 0xC0010014, …), found '{statusText}'");
            return null;
        }

        int? bytesNeeded = null;
        var neededWord = extra.FirstOrDefault(e => e.StartsWith("BytesNeeded=", StringComparison.Ordinal));
        if (neededWord is not null)
        {
            if (!int.TryParse(neededWord["BytesNeeded=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                errors.Add($"{fileName}:{number}:{Math.Max(1, line.IndexOf(neededWord, StringComparison.Ordinal) + 1)}: expected BytesNeeded=<decimal>, found '{neededWord}'");
                return null;
            }

            bytesNeeded = n;
        }

        return new DriverLogEntry(number, oid, parameters, status, bytesNeeded);
    }
}
