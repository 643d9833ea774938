// Traces: the config

namespace SriovVerification.Traces;

/// <summary>The <c>config: Key=Value</c> header lines: one per <see cref="ModelConfig"/> property, in declaration order.</summary>
internal static class ConfigText
{
    internal sealed record Field(string Key, string Expected, Func<ModelConfig, string> Format, Func<ModelConfig, string, ModelConfig?> Parse);

    /// <summary>Writes <paramref name="config"/> as its header fields (the optional ones only when set), keys and values.</summary>
    public static void Write(BinaryWriter writer, ModelConfig config)
    {
        var fields = Fields.Concat(OptionalFieldsSet(config)).ToList();
        writer.Write(fields.Count);
        foreach (var field in fields)
        {
            writer.Write(field.Key);
            writer.Write(field.Format(config));
        }
    }

    /// <summary>The configuration <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on a field it does not know or cannot parse.</summary>
    public static ModelConfig Read(BinaryReader reader)
    {
        var config = ModelConfig.Default;
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var value = reader.ReadString();
            var field = Array.Find(Fields, f => f.Key == key) ?? Array.Find(OptionalFields, f => f.Key == key)
                ?? throw new InvalidDataException($"config field {key} unknown");
            config = field.Parse(config, value) ?? throw new InvalidDataException($"config {key}={value}: expected {field.Expected}");
        }

        return config;
    }

    public static readonly Field[] Fields =
    [
        IntField(nameof(ModelConfig.HostCount), c => c.HostCount, (c, v) => c with { HostCount = v }),
        IntField(nameof(ModelConfig.VmCount), c => c.VmCount, (c, v) => c with { VmCount = v }),
        IntField(nameof(ModelConfig.TotalVfs), c => c.TotalVfs, (c, v) => c with { TotalVfs = v }),
        IntField(nameof(ModelConfig.NumVfs), c => c.NumVfs, (c, v) => c with { NumVfs = v }),
        IntField(nameof(ModelConfig.MaxNumVPorts), c => c.MaxNumVPorts, (c, v) => c with { MaxNumVPorts = v }),
        IntField(nameof(ModelConfig.MaxNumQueuePairs), c => c.MaxNumQueuePairs, (c, v) => c with { MaxNumQueuePairs = v }),
        IntField(nameof(ModelConfig.MaxNumQueuePairsPerNonDefaultVPort), c => c.MaxNumQueuePairsPerNonDefaultVPort, (c, v) => c with { MaxNumQueuePairsPerNonDefaultVPort = v }),
        IntField(nameof(ModelConfig.DefaultVPortQueuePairs), c => c.DefaultVPortQueuePairs, (c, v) => c with { DefaultVPortQueuePairs = v }),
        IntField(nameof(ModelConfig.MaxReceiveFilters), c => c.MaxReceiveFilters, (c, v) => c with { MaxReceiveFilters = v }),
        new(nameof(ModelConfig.PfRid), "a hexadecimal integer like 0x01F8",
            c => TextSyntax.Hex(c.PfRid, 4),
            (c, t) => TextSyntax.TryParseSignedHex(t, int.MinValue, int.MaxValue, out var v) ? c with { PfRid = (int)v } : null),
        IntField(nameof(ModelConfig.FirstVfOffset), c => c.FirstVfOffset, (c, v) => c with { FirstVfOffset = v }),
        IntField(nameof(ModelConfig.VfStride), c => c.VfStride, (c, v) => c with { VfStride = v }),
        IntField(nameof(ModelConfig.VfConfigSpaceSizeBytes), c => c.VfConfigSpaceSizeBytes, (c, v) => c with { VfConfigSpaceSizeBytes = v }),
        new(nameof(ModelConfig.ConfigBlocks), "'-' or block:sizeBytes pairs separated by ',' (0:64,1:16)",
            c => List(c.ConfigBlocks, b => TextSyntax.Decimal(b.BlockId) + ":" + TextSyntax.Decimal(b.SizeBytes)),
            (c, t) => ParseList(t, ParseBlock) is { } blocks ? c with { ConfigBlocks = blocks } : null),
        IntField(nameof(ModelConfig.RemovalTimeoutTicks), c => c.RemovalTimeoutTicks, (c, v) => c with { RemovalTimeoutTicks = v }),
        new(nameof(ModelConfig.FilterMovePolicy), "HostDriven or GuestDriven",
            c => c.FilterMovePolicy.ToString(),
            (c, t) => t switch
            {
                nameof(FilterMovePolicy.HostDriven) => c with { FilterMovePolicy = FilterMovePolicy.HostDriven },
                nameof(FilterMovePolicy.GuestDriven) => c with { FilterMovePolicy = FilterMovePolicy.GuestDriven },
                _ => null,
            }),
        new(nameof(ModelConfig.HostSriovEnabled), "'-' or on/off per host separated by ',' (on,off)",
            c => List(c.HostSriovEnabled, e => e ? "on" : "off"),
            (c, t) => ParseList(t, s => s switch { "on" => (true, true), "off" => (true, false), _ => (false, false) }) is { } e ? c with { HostSriovEnabled = e } : null),
        new(nameof(ModelConfig.VmVlans), "'-' or VLAN ids separated by ',' (0,5)",
            c => List(c.VmVlans, TextSyntax.Decimal),
            (c, t) => ParseList(t, ParseInt) is { } v ? c with { VmVlans = v } : null),
        new(nameof(ModelConfig.VmInitialHosts), "'-' or host ids separated by ',' (0,1)",
            c => List(c.VmInitialHosts, TextSyntax.Decimal),
            (c, t) => ParseList(t, ParseInt) is { } v ? c with { VmInitialHosts = v } : null),
    ];

    /// <summary>
    /// Fields a trace header carries only when they differ from <see cref="ModelConfig.Default"/> (and a parser takes as
    /// the default when absent): the SR-IOV capability's table and registers.
    /// </summary>
    public static readonly Field[] OptionalFields =
    [
        new(nameof(ModelConfig.VfRoutingTable), "'-' or numVfs:firstVfOffset:vfStride rows separated by ',' (1:4:2,4:8:1)",
            c => List(c.VfRoutingTable, r => TextSyntax.Decimal(r.NumVfs) + ":" + TextSyntax.Decimal(r.FirstVfOffset) + ":" + TextSyntax.Decimal(r.VfStride)),
            (c, t) => ParseList(t, ParseRouting) is { } rows ? c with { VfRoutingTable = rows } : null),
        new(nameof(ModelConfig.VfDeviceId), "a hexadecimal integer like 0x154C",
            c => TextSyntax.Hex(c.VfDeviceId, 4),
            (c, t) => TextSyntax.TryParseSignedHex(t, int.MinValue, int.MaxValue, out var v) ? c with { VfDeviceId = (int)v } : null),
        new(nameof(ModelConfig.SystemPageSize), "a hexadecimal integer like 0x0001",
            c => TextSyntax.Hex(c.SystemPageSize, 4),
            (c, t) => TextSyntax.TryParseSignedHex(t, int.MinValue, int.MaxValue, out var v) ? c with { SystemPageSize = (int)v } : null),
    ];

    /// <summary>The optional fields of <paramref name="config"/> that differ from the default's.</summary>
    public static IEnumerable<Field> OptionalFieldsSet(ModelConfig config) =>
        OptionalFields.Where(f => !string.Equals(f.Format(config), f.Format(ModelConfig.Default), StringComparison.Ordinal));

    private static (bool, VfRouting) ParseRouting(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3)
        {
            return (false, new VfRouting(0, 0, 0));
        }

        var (a, numVfs) = ParseInt(parts[0]);
        var (b, offset) = ParseInt(parts[1]);
        var (d, stride) = ParseInt(parts[2]);
        return (a && b && d, new VfRouting(numVfs, offset, stride));
    }

    private static Field IntField(string key, Func<ModelConfig, int> get, Func<ModelConfig, int, ModelConfig> set) =>
        new(key, "a decimal integer", c => TextSyntax.Decimal(get(c)),
            (c, t) => TextSyntax.TryParseDecimal(t, int.MinValue, int.MaxValue, out var v) ? set(c, (int)v) : null);

    private static string List<T>(ValueArray<T> items, Func<T, string> format) =>
        items.Length == 0 ? "-" : string.Join(",", items.Select(format));

    private static ValueArray<T>? ParseList<T>(string text, Func<string, (bool Ok, T Value)> parse)
    {
        if (text == "-")
        {
            return ValueArray<T>.Empty;
        }

        var items = new List<T>();
        foreach (var part in text.Split(','))
        {
            var (ok, value) = parse(part);
            if (!ok)
            {
                return null;
            }

            items.Add(value);
        }

        return items.ToValueArray();
    }

    private static (bool, int) ParseInt(string text) =>
        (TextSyntax.TryParseDecimal(text, int.MinValue, int.MaxValue, out var v), (int)v);

    private static (bool, ConfigBlockDefinition) ParseBlock(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (false, new ConfigBlockDefinition(0, 0));
        }

        var (idOk, id) = ParseInt(text[..colon]);
        var (sizeOk, size) = ParseInt(text[(colon + 1)..]);
        return (idOk && sizeOk, new ConfigBlockDefinition(id, size));
    }
}
