// Tests of the NDIS input structures' sizes and revisions the header rules use.
using System.Globalization;

namespace SriovVerification.Model.Tests;

/// <summary>
/// The model's <see cref="NdisStructures"/> table held to <c>implementation/ndis-abi.tsv</c>, the facts
/// <c>scripts/ndis-abi.sh</c> extracts from the public headers: model and adapter are each held to the header, so they
/// cannot share a wrong size.
/// </summary>
public sealed class NdisStructuresTests
{
    private static readonly Dictionary<(string Kind, string Name), string> Rows = Load();

    public static TheoryData<FramedOidKind> Kinds()
    {
        var data = new TheoryData<FramedOidKind>();
        foreach (var kind in Enum.GetValues<FramedOidKind>())
        {
            data.Add(kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Of_EveryFramedKind_SizeAndRevisionsEqualTheHeader(FramedOidKind kind)
    {
        var s = NdisStructures.Of(kind);
        Assert.NotNull(s);
        Assert.True(Value("struct", s.Name) is not null, $"the header has no structure {s.Name}");
        Assert.Equal(Value("struct", s.Name), s.SizeBytes);
        foreach (var (revision, size) in new[] { (s.ImplementedRevision, s.ImplementedRevisionSizeBytes), (s.LowestRevision, s.LowestRevisionSizeBytes) })
        {
            var revisionName = $"{s.Name}_REVISION_{revision}";
            Assert.True(Value("revision", revisionName) == revision, $"{kind}: {revisionName} is not in the header");
            var sizeName = $"NDIS_SIZEOF_{s.Name["NDIS_".Length..]}_REVISION_{revision}";
            Assert.True(Value("revsize", sizeName) == size, $"{kind}: {sizeName} is {Value("revsize", sizeName)}, the model says {size}");
        }
    }

    [Fact]
    public void ReceiveFilterFieldSize_EqualsTheHeader()
    {
        Assert.Equal(Value("struct", "NDIS_RECEIVE_FILTER_FIELD_PARAMETERS"), NdisStructures.ReceiveFilterFieldSizeBytes);
    }

    [Fact]
    public void Of_AValueOutsideTheEnumeration_IsNull()
    {
        Assert.Null(NdisStructures.Of((FramedOidKind)Enum.GetValues<FramedOidKind>().Length));
    }

    private static long? Value(string kind, string name) =>
        Rows.TryGetValue((kind, name), out var cell)
            ? cell.StartsWith("0x", StringComparison.Ordinal)
                ? long.Parse(cell.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : long.Parse(cell, CultureInfo.InvariantCulture)
            : null;

    private static Dictionary<(string Kind, string Name), string> Load()
    {
        var rows = new Dictionary<(string Kind, string Name), string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ndis-abi.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            rows[(cells[0], cells[1])] = cells[2];
        }

        return rows;
    }
}
