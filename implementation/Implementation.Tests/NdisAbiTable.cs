// Tests of the emulated adapter: the NDIS ABI table (implementation/ndis-abi.tsv) extracted from the public headers.
using System.Globalization;

namespace SriovVerification.Implementation.Tests;

/// <summary>
/// <c>implementation/ndis-abi.tsv</c>: the NDIS facts <c>scripts/ndis-abi.sh</c> extracted from the public headers
/// (OID codes, statuses, constants, structure sizes, field offsets and sizes, revisions and revision sizes).
/// </summary>
internal sealed class NdisAbiTable
{
    private readonly Dictionary<(string Kind, string Name), string[]> rows = [];

    private NdisAbiTable(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || !rows.TryAdd((cells[0], cells[1]), cells[2..]))
            {
                throw new InvalidDataException($"ndis-abi.tsv line {number}: expected 'kind<TAB>name<TAB>value[<TAB>size]', once per name, got '{line}'");
            }
        }
    }

    public static NdisAbiTable Load() => new(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ndis-abi.tsv")));

    /// <summary>The names of every row of <paramref name="kind"/>.</summary>
    public IEnumerable<string> Names(string kind) => rows.Keys.Where(k => k.Kind == kind).Select(k => k.Name);

    /// <summary>The value of a row, or null when the header has no such fact.</summary>
    public long? Value(string kind, string name) =>
        rows.TryGetValue((kind, name), out var cells) ? Parse(cells[0]) : null;

    /// <summary>The (offset, size) of a structure's field, or null.</summary>
    public (int Offset, int Size)? Field(string structure, string field) =>
        rows.TryGetValue(("field", $"{structure}.{field}"), out var cells) ? ((int)Parse(cells[0]), (int)Parse(cells[1])) : null;

    /// <summary>The fields the header gives a structure, in the table's order.</summary>
    public IEnumerable<string> FieldsOf(string structure) =>
        Names("field").Where(n => n.StartsWith(structure + ".", StringComparison.Ordinal)).Select(n => n[(structure.Length + 1)..]);

    private static long Parse(string cell) =>
        cell.StartsWith("0x", StringComparison.Ordinal)
            ? long.Parse(cell.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : long.Parse(cell, CultureInfo.InvariantCulture);
}
