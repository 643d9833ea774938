// Tests of the emulated adapter: every OID code, status, constant, structure size, revision, revision size and field offset the adapter uses, held to the table extracted from the public NDIS headers (x64, NDIS 6.30).
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace SriovVerification.Implementation.Tests;

/// <summary>
/// Every OID code, status, constant, structure size, revision, revision size and field offset the adapter uses, held
/// to the table extracted from the public NDIS headers (x64, NDIS 6.30). A mismatch names the structure and field.
/// </summary>
public partial class NdisAbiTests
{
    private static readonly NdisAbiTable Table = NdisAbiTable.Load();

    /// <summary>Every structure the adapter reads or writes in an information buffer.</summary>
    public static TheoryData<Type> Structures()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(PfMiniport).Assembly.GetTypes().Where(IsNdisStructure).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Structures_EveryOneTheTableHolds_HasACounterpartHere()
    {
        var here = typeof(PfMiniport).Assembly.GetTypes().Where(IsNdisStructure).Select(t => Constant<string>(t, "NdisName")).ToHashSet();
        string[] building = ["NDIS_OBJECT_HEADER", "NDIS_IF_COUNTED_STRING", "GROUP_AFFINITY"];
        var missing = Table.Names("struct").Except(building).Where(n => !here.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "no C# structure for " + string.Join(", ", missing));
        Assert.Equal(Table.Value("struct", "NDIS_IF_COUNTED_STRING"), Table.Field("NDIS_NIC_SWITCH_VF_PARAMETERS", "VMName")!.Value.Size);
        Assert.Equal(Table.Value("struct", "GROUP_AFFINITY"), Table.Field("NDIS_NIC_SWITCH_VPORT_PARAMETERS", "ProcessorAffinity")!.Value.Size);
        Assert.Equal(Table.Value("const", "NDIS_MAX_PHYS_ADDRESS_LENGTH"), Table.Field("NDIS_NIC_SWITCH_VF_PARAMETERS", "CurrentMacAddress")!.Value.Size);
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Structure_SizeAndRevisions_EqualTheHeader(Type type)
    {
        var name = Constant<string>(type, "NdisName");
        Assert.True(Table.Value("struct", name) is not null, $"{type.Name}: the header has no structure {name}");
        var problems = new StringBuilder();
        Expect(problems, $"sizeof({name})", Table.Value("struct", name), Constant<int>(type, "SizeBytes"));
        foreach (var (revisionConstant, sizeConstant) in new[] { ("Revision", "RevisionSizeBytes"), ("MinimumRevision", "MinimumSizeBytes") })
        {
            var revision = Constant<byte>(type, revisionConstant);
            var revisionName = $"{name}_REVISION_{revision}";
            Expect(problems, revisionName, Table.Value("revision", revisionName), revision);
            var sizeName = $"NDIS_SIZEOF_{name["NDIS_".Length..]}_REVISION_{revision}";
            Expect(problems, $"{type.Name}.{sizeConstant} ({sizeName})", Table.Value("revsize", sizeName), Constant<int>(type, sizeConstant));
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Structure_FieldOffsets_EqualTheHeaderForEveryField(Type type)
    {
        var name = Constant<string>(type, "NdisName");
        var offsets = type.GetNestedType("Field")!.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);
        var problems = new StringBuilder();
        foreach (var (field, offset) in offsets)
        {
            var header = Table.Field(name, field);
            if (header is null)
            {
                problems.AppendLine($"{type.Name}.Field.{field}: the header's {name} has no field {field}");
            }
            else if (header.Value.Offset != offset)
            {
                problems.AppendLine($"{type.Name}.Field.{field}: offset {offset}, the header's offsetof({name}, {field}) is {header.Value.Offset}");
            }
        }

        foreach (var field in Table.FieldsOf(name).Where(f => !offsets.ContainsKey(f)))
        {
            problems.AppendLine($"{type.Name}: no offset for the header's field {name}.{field}");
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Structure_WrittenDefault_CarriesTheImplementedHeaderAndFitsItsSize(Type type)
    {
        var method = typeof(NdisAbiTests).GetMethod(nameof(WrittenHeader), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        var (header, written) = ((NdisObjectHeader, int))method.Invoke(null, null)!;
        Assert.Equal(new NdisObjectHeader(NdisObjectHeader.ObjectTypeDefault, Constant<byte>(type, "Revision"), (ushort)Constant<int>(type, "RevisionSizeBytes")), header);
        Assert.Equal(Constant<int>(type, "SizeBytes"), written);
    }

    [Fact]
    public void Oid_EveryCode_EqualsTheHeader()
    {
        var problems = Enum.GetValues<Oid>()
            .Where(o => Table.Value("oid", o.ToString()) != (uint)o)
            .Select(o => $"{o}: 0x{(uint)o:X8} here, {Hex(Table.Value("oid", o.ToString()))} in the header");
        Assert.Empty(problems);
    }

    [Fact]
    public void NdisStatus_EveryValue_EqualsTheHeader()
    {
        var problems = Enum.GetValues<NdisStatus>()
            .Select(s => (Status: s, Name: "NDIS_STATUS_" + SnakeCase(s.ToString())))
            .Where(s => Table.Value("status", s.Name) != (uint)s.Status)
            .Select(s => $"{s.Status}: 0x{(uint)s.Status:X8} here, {Hex(Table.Value("status", s.Name))} for {s.Name} in the header");
        Assert.Empty(problems);
    }

    [Fact]
    public void NdisConstants_EveryConstantWithAHeaderName_EqualsTheHeader()
    {
        var problems = new List<string>();
        var fields = typeof(NdisConstants).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        foreach (var field in fields)
        {
            var headerName = HeaderNames.TryGetValue(field.Name, out var known) ? known : null;
            if (headerName is null)
            {
                Assert.Equal(nameof(NdisConstants.VlanIdMax), field.Name);
                continue;
            }

            var value = Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture);
            if (Table.Value("const", headerName) is not { } header || header != value)
            {
                problems.Add($"NdisConstants.{field.Name}: 0x{value:X} here, {Hex(Table.Value("const", headerName))} for {headerName} in the header");
            }
        }

        Assert.Empty(problems);
        Assert.Equal(Table.Value("const", "NDIS_OBJECT_TYPE_DEFAULT"), NdisObjectHeader.ObjectTypeDefault);
        Assert.Equal(Table.Value("struct", "NDIS_OBJECT_HEADER"), NdisObjectHeader.SizeBytes);
    }

    /// <summary>A structure with every constructor argument zero or empty, written over a buffer of 0xA5 bytes.</summary>
    private static (NdisObjectHeader Header, int Written) WrittenHeader<T>()
        where T : struct, INdisStructure<T>
    {
        var arguments = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
            .Select(p => p.ParameterType == typeof(string) ? "" : Activator.CreateInstance(p.ParameterType)).ToArray();
        var value = (T)Activator.CreateInstance(typeof(T), arguments)!;
        var buffer = new byte[T.StructureSizeBytes + 8];
        buffer.AsSpan().Fill(0xA5);
        value.WriteTo(buffer);
        var untouchedBeyond = buffer.AsSpan(T.StructureSizeBytes).IndexOfAnyExcept((byte)0xA5) < 0;
        return (T.ReadFrom(buffer).Header, untouchedBeyond ? T.StructureSizeBytes : -1);
    }

    private static bool IsNdisStructure(Type type) =>
        type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INdisStructure<>));

    private static T Constant<T>(Type type, string name) =>
        (T)(type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue()
            ?? throw new InvalidOperationException($"{type.Name} has no constant {name}"));

    private static void Expect(StringBuilder problems, string what, long? header, long here)
    {
        if (header != here)
        {
            problems.AppendLine($"{what}: {here} here, {(header is null ? "absent" : header.ToString())} in the header");
        }
    }

    private static string Hex(long? value) => value is null ? "absent" : $"0x{value:X8}";

    private static string SnakeCase(string pascal) => MyRegex().Replace(pascal, "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex MyRegex();
}
