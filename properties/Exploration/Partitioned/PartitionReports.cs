// Exploration/Partitioned: what one partition's expansion of its part of a level counted and found
using SriovVerification.Exploration.Packed;

namespace SriovVerification.Exploration.Partitioned;

/// <summary>What one partition's expansion of its part of a level counted and found.</summary>
internal sealed record ExpandReport(long Expanded, long Transitions, long Deadlocks, long[] EnabledPerCandidate, (int Facts, long Times)[] Facts, PartitionEvent? Event, long SentBytes, long BusyTicks)
{
    public byte[] ToBytes() => Wire.Write(w =>
    {
        w.Write(Expanded);
        w.Write(Transitions);
        w.Write(Deadlocks);
        Wire.WriteLongs(w, EnabledPerCandidate);
        w.Write(Facts.Length);
        foreach (var (facts, times) in Facts)
        {
            w.Write(facts);
            w.Write(times);
        }

        Wire.WriteEvent(w, Event);
        w.Write(SentBytes);
        w.Write(BusyTicks);
    });

    public static ExpandReport FromBytes(byte[] bytes) => Wire.Read(bytes, r =>
    {
        var expanded = r.ReadInt64();
        var transitions = r.ReadInt64();
        var deadlocks = r.ReadInt64();
        var enabled = Wire.ReadLongs(r);
        var facts = new (int, long)[r.ReadInt32()];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = (r.ReadInt32(), r.ReadInt64());
        }

        return new ExpandReport(expanded, transitions, deadlocks, enabled, facts, Wire.ReadEvent(r), r.ReadInt64(), r.ReadInt64());
    });
}

/// <summary>What one partition's merge of the successors delivered to it stored: the new states' places in order, and what stopped it.</summary>
internal sealed record MergeReport(long[] NewOrders, long[] TakenPerCandidate, PartitionEvent? Event, string? BoundReason, long AllocatedBytes, long DiskBytes, long BusyTicks)
{
    public byte[] ToBytes() => Wire.Write(w =>
    {
        Wire.WriteLongs(w, NewOrders);
        Wire.WriteLongs(w, TakenPerCandidate);
        Wire.WriteEvent(w, Event);
        w.Write(BoundReason ?? "");
        w.Write(AllocatedBytes);
        w.Write(DiskBytes);
        w.Write(BusyTicks);
    });

    public static MergeReport FromBytes(byte[] bytes) => Wire.Read(bytes, r =>
        new MergeReport(Wire.ReadLongs(r), Wire.ReadLongs(r), Wire.ReadEvent(r), r.ReadString() is { Length: > 0 } reason ? reason : null, r.ReadInt64(), r.ReadInt64(), r.ReadInt64()));
}

/// <summary>A stored state of a partition: its key, its parent's global number (-1 for the initial state) and the command from there.</summary>
internal sealed record StoredState(PackedKey Key, int Parent, int Command)
{
    public byte[] ToBytes() => Wire.Write(w =>
    {
        w.Write(Key.Lo);
        w.Write(Key.Hi);
        w.Write(Parent);
        w.Write(Command);
    });

    public static StoredState FromBytes(byte[] bytes) => Wire.Read(bytes, r => new StoredState(new PackedKey(r.ReadUInt64(), r.ReadUInt64()), r.ReadInt32(), r.ReadInt32()));
}

/// <summary>The little binary codec of the partition messages.</summary>
internal static class Wire
{
    public static byte[] Write(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static T Read<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return read(reader);
    }

    public static void WriteLongs(BinaryWriter writer, long[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static long[] ReadLongs(BinaryReader reader)
    {
        var values = new long[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt64();
        }

        return values;
    }

    public static byte[] Ints(int[] values) => Write(w =>
    {
        w.Write(values.Length);
        foreach (var value in values)
        {
            w.Write(value);
        }
    });

    public static int[] ReadInts(byte[] bytes) => Read(bytes, r =>
    {
        var values = new int[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadInt32();
        }

        return values;
    });

    public static void WriteEvent(BinaryWriter writer, PartitionEvent? value)
    {
        writer.Write(value is not null);
        value?.WriteTo(writer);
    }

    public static PartitionEvent? ReadEvent(BinaryReader reader) => reader.ReadBoolean() ? PartitionEvent.ReadFrom(reader) : null;
}
