// Traces: the outcome text of a trace line
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SriovVerification.Traces;

/// <summary>
/// The outcome text of a trace line: the status name, the returned data as <c>key=value</c>, and the refusal reason,
/// e.g. <c>SUCCESS vf=0 rid=0x01FC</c> or <c>INVALID_PARAMETER reason="no NIC switch on host 0"</c>.
/// </summary>
public static class OutcomeText
{
    private static readonly string StatusList = string.Join(", ", NdisStatusNames.All.Select(s => s.Name));

    private static readonly (FrameFate Fate, string Word)[] Fates =
        [(FrameFate.DeliveredToVm, "vm"), (FrameFate.DeliveredToHost, "host"), (FrameFate.SentToWire, "wire"), (FrameFate.Dropped, "dropped")];

    private const string DataKeys = "vf=, rid=, vport=, filter=, value=, fill=, mask=, fate=, vm=, path=, drop=, entries=, needed=, reason=";

    private const string DataShapes = "one kind of data: 'vf= rid= [vport=]', 'vport=', 'filter=', 'value=', 'fill=', 'mask=', 'fate= vm= path= [drop=]', 'entries=' or 'needed='";

    /// <summary>The status name, the data and the reason (when not empty), separated by single spaces.</summary>
    public static string Format(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var builder = new StringBuilder(outcome.Status.ToNdisName());
        if (outcome.Data is not null)
        {
            builder.Append(' ').Append(FormatData(outcome.Data));
        }

        if (outcome.Reason.Length > 0)
        {
            builder.Append(" reason=").Append(TextSyntax.Quote(outcome.Reason));
        }

        return builder.ToString();
    }

    /// <summary>The data text, e.g. <c>vf=0 rid=0x01FC</c>, <c>value=0x00100000</c>, <c>fate=vm vm=2 path=vf</c>.</summary>
    public static string FormatData(OutcomeData data) => data switch
    {
        OutcomeData.VfAllocated d => $"vf={TextSyntax.Decimal(d.VfId)} rid={TextSyntax.Hex(d.Rid, 4)}",
        OutcomeData.VPortCreated d => $"vport={TextSyntax.Decimal(d.VPortId)}",
        OutcomeData.FilterCreated d => $"filter={TextSyntax.Decimal(d.FilterId)}",
        OutcomeData.VfAttached d => $"vf={TextSyntax.Decimal(d.VfId)} rid={TextSyntax.Hex(d.Rid, 4)} vport={TextSyntax.Decimal(d.VPortId)}",
        OutcomeData.ConfigSpaceRead d => "value=" + (d.Value is { } v ? TextSyntax.Hex(v, 8) : "undefined"),
        OutcomeData.ConfigBlockRead d => "fill=" + TextSyntax.Hex(d.Value, 2),
        OutcomeData.InvalidationDelivered d => "mask=" + TextSyntax.Hex(d.Mask, 16),
        OutcomeData.Frame d => $"fate={FateWord(d.Fate)} vm={TextSyntax.Decimal(d.Vm)} path={ArgumentKind.Path.Format(d.Path)}"
            + (d.DropReason.Length > 0 ? " drop=" + TextSyntax.Quote(d.DropReason) : ""),
        OutcomeData.Enumerated d => "entries=[" + string.Join(",", d.Entries.Select(TextSyntax.Quote)) + "]",
        OutcomeData.LengthNeeded d => "needed=" + TextSyntax.Decimal(d.BytesNeeded),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data, "no data text for this case"),
    };

    /// <summary>Parses an outcome text; on failure <paramref name="error"/> says at which column what was expected.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Outcome? outcome, [NotNullWhen(false)] out string? error)
    {
        outcome = Parse(new LineCursor(text ?? ""), stopAtBar: false, out var problem);
        error = problem?.ToString();
        return outcome is not null;
    }

    /// <summary>Reads a status, data fields and a reason from <paramref name="cursor"/>, up to <c>|</c> or the end of the line.</summary>
    internal static Outcome? Parse(LineCursor cursor, bool stopAtBar, out TextProblem? problem)
    {
        var line = cursor.Line;
        var statusToken = cursor.Next(out problem);
        if (problem is not null)
        {
            return null;
        }

        var expectedStatus = "a status name (" + StatusList + ")";
        if (statusToken is not { } statusAt || (stopAtBar && statusAt.Text == "|"))
        {
            problem = statusToken is { } t ? TextProblem.AtToken(line, t, expectedStatus) : TextProblem.At(line, line.Length, 0, expectedStatus);
            return null;
        }

        if (statusAt.Text.StartsWith("NDIS_STATUS_", StringComparison.Ordinal) || !NdisStatusNames.TryParse(statusAt.Text, out var status))
        {
            problem = TextProblem.AtToken(line, statusAt, expectedStatus);
            return null;
        }

        if (ReadFields(cursor, stopAtBar, out var first, out problem) is not { } fields)
        {
            return null;
        }

        var reason = "";
        if (fields.Remove("reason", out var reasonField))
        {
            if (!TextSyntax.TryUnquote(reasonField.Value, out reason, out _))
            {
                problem = TextProblem.At(line, reasonField.ValueStart, reasonField.Value.Length, "a quoted string for 'reason=' (\"…\")");
                return null;
            }
        }

        if (fields.Count == 0)
        {
            return new Outcome(status, reason);
        }

        var data = ParseData(line, fields, first!.Value, out problem);
        return data is null ? null : new Outcome(status, reason, data);
    }

    /// <summary>The outcome's data fields after its status, up to <c>|</c> or the end of the line; <paramref name="first"/> is the first one other than the reason.</summary>
    private static Dictionary<string, (string Value, Token Token, int ValueStart)>? ReadFields(LineCursor cursor, bool stopAtBar, out Token? first, out TextProblem? problem)
    {
        var line = cursor.Line;
        var fields = new Dictionary<string, (string Value, Token Token, int ValueStart)>(StringComparer.Ordinal);
        first = null;
        while (true)
        {
            var saved = cursor.Position;
            var next = cursor.Next(out problem);
            if (problem is not null)
            {
                return null;
            }

            if (next is not { } token)
            {
                break;
            }

            if (stopAtBar && token.Text == "|")
            {
                cursor.Rewind(saved);
                break;
            }

            var equals = token.Text.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? "" : token.Text[..equals];
            if (equals < 0 || !DataKeys.Contains(key + "=", StringComparison.Ordinal) || key.Length == 0)
            {
                problem = TextProblem.AtToken(line, token, "a data field (" + DataKeys + ")" + (stopAtBar ? " or '|'" : ""));
                return null;
            }

            if (fields.ContainsKey(key))
            {
                problem = TextProblem.AtToken(line, token, $"each data field once ('{key}=' is repeated)");
                return null;
            }

            if (key != "reason")
            {
                first ??= token;
            }

            fields[key] = (token.Text[(equals + 1)..], token, token.Start + equals + 1);
        }

        return fields;
    }

    private static OutcomeData? ParseData(string line, Dictionary<string, (string Value, Token Token, int ValueStart)> fields, Token first, out TextProblem? problem)
    {
        var data = new DataFields(line, fields);
        var result = ParseIdsAndReads(data) ?? ParseFrameOrCounts(data, first);
        problem = data.Problem;
        return problem is null ? result : null;
    }

    /// <summary>The data of an allocation, attachment, creation, config read or invalidation; null when the fields are none of these.</summary>
    private static OutcomeData? ParseIdsAndReads(DataFields data)
    {
        if (data.Has("vf", "rid") && (data.Only(2) || (data.Only(3) && data.Has("vport"))))
        {
            var vf = data.Decimal("vf");
            var rid = data.Field("rid", t => (TextSyntax.TryParseSignedHex(t, int.MinValue, int.MaxValue, out var v), (int)v), HexText);
            return data.Only(3) ? new OutcomeData.VfAttached(vf, rid, data.Decimal("vport")) : new OutcomeData.VfAllocated(vf, rid);
        }

        if (data.Only(1) && data.Has("vport"))
        {
            return new OutcomeData.VPortCreated(data.Decimal("vport"));
        }

        if (data.Only(1) && data.Has("filter"))
        {
            return new OutcomeData.FilterCreated(data.Decimal("filter"));
        }

        if (data.Only(1) && data.Has("value"))
        {
            var value = data.Field<uint?>("value", t => t == "undefined" ? (true, null) : (TextSyntax.TryParseUnsignedHex(t, uint.MaxValue, out var v), (uint)v), "a hexadecimal number 0x0 … 0xFFFFFFFF or 'undefined'");
            return new OutcomeData.ConfigSpaceRead(value);
        }

        if (data.Only(1) && data.Has("fill"))
        {
            return new OutcomeData.ConfigBlockRead(data.Field("fill", t => (TextSyntax.TryParseUnsignedHex(t, byte.MaxValue, out var v), (byte)v), "a hexadecimal byte 0x00 … 0xFF"));
        }

        if (data.Only(1) && data.Has("mask"))
        {
            return new OutcomeData.InvalidationDelivered(data.Field("mask", t => (TextSyntax.TryParseUnsignedHex(t, ulong.MaxValue, out var v), v), "a hexadecimal mask 0x0 … 0xFFFFFFFFFFFFFFFF"));
        }

        return null;
    }

    /// <summary>The data of a frame, a length needed or an enumeration; otherwise the problem at <paramref name="first"/>.</summary>
    private static OutcomeData? ParseFrameOrCounts(DataFields data, Token first)
    {
        if (data.Has("fate", "vm", "path") && (data.Only(3) || (data.Only(4) && data.Has("drop"))))
        {
            var fate = data.Field("fate", t => Array.FindIndex(Fates, f => f.Word == t) is var i and >= 0 ? (true, Fates[i].Fate) : (false, FrameFate.Dropped), "one of " + string.Join(", ", Fates.Select(f => f.Word)));
            var vm = data.Decimal("vm");
            var path = data.Field("path", t => (ArgumentKind.Path.TryParse(t, out var p), (DataPath)p), ArgumentKind.Path.Expected);
            var drop = "";
            if (data.Only(4))
            {
                drop = data.Field("drop", t => (TextSyntax.TryUnquote(t, out var s, out _), s), "a quoted string (\"…\")") ?? "";
            }

            return new OutcomeData.Frame(fate, vm, path, drop);
        }

        if (data.Only(1) && data.Has("needed"))
        {
            return new OutcomeData.LengthNeeded(data.Decimal("needed"));
        }

        if (data.Only(1) && data.Has("entries"))
        {
            var (text, _, start) = data.Fields["entries"];
            var entries = ParseList(data.Line, text, start, out var problem);
            data.Problem = problem;
            return entries is null ? null : new OutcomeData.Enumerated(entries.ToValueArray());
        }

        data.Problem = TextProblem.AtToken(data.Line, first, DataShapes);
        return null;
    }

    /// <summary>The data fields of one outcome being read, and the first problem met reading their values (later reads then return defaults).</summary>
    private sealed class DataFields(string line, Dictionary<string, (string Value, Token Token, int ValueStart)> fields)
    {
        public string Line => line;

        public Dictionary<string, (string Value, Token Token, int ValueStart)> Fields => fields;

        public TextProblem? Problem { get; set; }

        public bool Has(params string[] keys) => keys.All(fields.ContainsKey);

        public bool Only(int count) => fields.Count == count;

        public int Decimal(string key) => Field(key, t => (TextSyntax.TryParseDecimal(t, int.MinValue, int.MaxValue, out var v), (int)v), DecimalText);

        public T? Field<T>(string key, Func<string, (bool Ok, T Value)> parse, string expected)
        {
            if (Problem is not null)
            {
                return default;
            }

            var (text, _, start) = fields[key];
            var (ok, value) = parse(text);
            if (!ok)
            {
                Problem = TextProblem.At(line, start, text.Length, $"{expected} for '{key}='");
            }

            return value;
        }
    }

    private const string DecimalText = "a decimal integer";
    private const string HexText = "a hexadecimal number like 0x01FC";

    private static List<string>? ParseList(string line, string text, int start, out TextProblem? problem)
    {
        problem = null;
        const string Expected = "a list of quoted strings for 'entries=' ([\"…\",\"…\"])";
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            problem = TextProblem.At(line, start, text.Length, Expected);
            return null;
        }

        var items = new List<string>();
        var inner = text[1..^1];
        var i = 0;
        while (true)
        {
            while (i < inner.Length && TextSyntax.IsBlank(inner[i]))
            {
                i++;
            }

            if (i >= inner.Length)
            {
                if (items.Count > 0)
                {
                    problem = TextProblem.At(line, start + 1 + i, 0, "a quoted string after ','");
                    return null;
                }

                return items;
            }

            if (inner[i] != '"')
            {
                problem = TextProblem.At(line, start + 1 + i, inner.Length - i, Expected);
                return null;
            }

            var close = ClosingQuote(inner, i);
            var offset = 0;
            var item = "";
            if (close >= inner.Length || !TextSyntax.TryUnquote(inner[i..(close + 1)], out item, out offset))
            {
                problem = TextProblem.At(line, start + 1 + i + offset, Math.Max(1, inner.Length - i - offset), Expected);
                return null;
            }

            items.Add(item);
            i = close + 1;
            while (i < inner.Length && TextSyntax.IsBlank(inner[i]))
            {
                i++;
            }

            if (i >= inner.Length)
            {
                return items;
            }

            if (inner[i] != ',')
            {
                problem = TextProblem.At(line, start + 1 + i, inner.Length - i, "',' or ']' in 'entries='");
                return null;
            }

            i++;
        }
    }

    /// <summary>The index of the quote that closes the string opening at <paramref name="open"/> (past the end when none does).</summary>
    private static int ClosingQuote(string inner, int open)
    {
        var close = open + 1;
        while (close < inner.Length && inner[close] != '"')
        {
            close += inner[close] == '\\' ? 2 : 1;
        }

        return close;
    }

    private static string FateWord(FrameFate fate) =>
        Array.Find(Fates, f => f.Fate == fate).Word ?? throw new ArgumentOutOfRangeException(nameof(fate), fate, "not a frame fate");
}
