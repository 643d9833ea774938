using System.Buffers.Binary;

namespace SriovVerification.Implementation;

/// <summary>Writes little-endian fields one after the other into a span.</summary>
internal ref struct NdisWriter(Span<byte> destination)
{
    private readonly Span<byte> destination = destination;
    private int position;

    public readonly int Position => position;

    public void Byte(byte value) => destination[position++] = value;

    public void UInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination[position..], value);
        position += 2;
    }

    public void UInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination[position..], value);
        position += 4;
    }

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination[position..], value);
        position += 4;
    }

    public void UInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination[position..], value);
        position += 8;
    }

    public void Mac(MacAddress value)
    {
        value.WriteTo(destination.Slice(position, MacAddress.SizeBytes));
        position += MacAddress.SizeBytes;
        UInt16(0);
    }

    public void Name(string value, int charCount)
    {
        for (var i = 0; i < charCount; i++)
        {
            UInt16(i < value.Length ? value[i] : (ushort)0);
        }
    }
}
