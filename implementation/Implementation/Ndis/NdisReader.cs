using System.Buffers.Binary;

namespace SriovVerification.Implementation;

/// <summary>Reads little-endian fields one after the other from a span.</summary>
internal ref struct NdisReader(ReadOnlySpan<byte> source)
{
    private readonly ReadOnlySpan<byte> source = source;
    private int position;

    public byte Byte() => source[position++];

    public ushort UInt16()
    {
        var value = BinaryPrimitives.ReadUInt16LittleEndian(source[position..]);
        position += 2;
        return value;
    }

    public uint UInt32()
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(source[position..]);
        position += 4;
        return value;
    }

    public int Int32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(source[position..]);
        position += 4;
        return value;
    }

    public ulong UInt64()
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(source[position..]);
        position += 8;
        return value;
    }

    public MacAddress Mac()
    {
        var value = MacAddress.ReadFrom(source.Slice(position, MacAddress.SizeBytes));
        position += MacAddress.SizeBytes + 2;
        return value;
    }

    public string Name(int charCount)
    {
        var chars = new char[charCount];
        var length = 0;
        for (var i = 0; i < charCount; i++)
        {
            chars[i] = (char)UInt16();
            if (chars[i] != '\0' && length == i)
            {
                length = i + 1;
            }
        }

        return new string(chars, 0, length);
    }
}
