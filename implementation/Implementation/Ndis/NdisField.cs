// NDIS room: little-endian reads and writes of NDIS structure fields at their header offsets.
using System.Buffers.Binary;

namespace SriovVerification.Implementation.Ndis;

/// <summary>Little-endian reads and writes of NDIS structure fields at their header offsets.</summary>
internal static class NdisField
{
    /// <summary><c>IF_MAX_STRING_SIZE</c>: the characters of an <c>NDIS_IF_COUNTED_STRING</c>'s array, less its terminator.</summary>
    public const int CountedStringCharsMax = 256;

    /// <summary><c>sizeof(NDIS_IF_COUNTED_STRING)</c>: a USHORT byte length and <c>IF_MAX_STRING_SIZE + 1</c> WCHARs.</summary>
    public const int CountedStringSizeBytes = 2 + ((CountedStringCharsMax + 1) * 2);

    /// <summary><c>NDIS_MAX_PHYS_ADDRESS_LENGTH</c>: the bytes of an address array.</summary>
    public const int PhysicalAddressArrayBytes = 32;

    /// <summary><c>sizeof(GROUP_AFFINITY)</c> on x64: a KAFFINITY (8 bytes), a WORD group and three reserved WORDs.</summary>
    public const int GroupAffinitySizeBytes = 16;

    public static ushort ReadUInt16(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(source[offset..]);

    public static uint ReadUInt32(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(source[offset..]);

    public static ulong ReadUInt64(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadUInt64LittleEndian(source[offset..]);

    public static UInt128 ReadUInt128(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadUInt128LittleEndian(source[offset..]);

    public static void WriteUInt16(Span<byte> destination, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(destination[offset..], value);

    public static void WriteUInt32(Span<byte> destination, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(destination[offset..], value);

    public static void WriteUInt64(Span<byte> destination, int offset, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(destination[offset..], value);

    public static void WriteUInt128(Span<byte> destination, int offset, UInt128 value) => BinaryPrimitives.WriteUInt128LittleEndian(destination[offset..], value);

    /// <summary>Writes an <c>NDIS_IF_COUNTED_STRING</c>: the length in bytes, then the UTF-16 characters, zero padded.</summary>
    public static void WriteCountedString(Span<byte> destination, int offset, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > CountedStringCharsMax)
        {
            throw new ArgumentException($"a counted string holds at most {CountedStringCharsMax} characters, not {value.Length}", nameof(value));
        }

        destination.Slice(offset, CountedStringSizeBytes).Clear();
        WriteUInt16(destination, offset, (ushort)(value.Length * 2));
        for (var i = 0; i < value.Length; i++)
        {
            WriteUInt16(destination, offset + 2 + (2 * i), value[i]);
        }
    }

    /// <summary>
    /// Reads an <c>NDIS_IF_COUNTED_STRING</c>. A <c>Length</c> that is odd or beyond the array sets
    /// <paramref name="malformed"/> and reads as the empty string.
    /// </summary>
    public static string ReadCountedString(ReadOnlySpan<byte> source, int offset, ref bool malformed)
    {
        var lengthBytes = ReadUInt16(source, offset);
        if (lengthBytes % 2 != 0 || lengthBytes > CountedStringCharsMax * 2)
        {
            malformed = true;
            return "";
        }

        return Chars(source, offset, lengthBytes / 2);
    }

    /// <summary>
    /// Reads a counted string for as many bytes as its Length says, unbounded by its array (the
    /// <see cref="DefectCatalog.CountedStringLengthUnchecked"/> defect): a Length past the buffer reads past it.
    /// </summary>
    public static string ReadCountedStringTrustingLength(ReadOnlySpan<byte> source, int offset) =>
        Chars(source, offset, ReadUInt16(source, offset) / 2);

    /// <summary>The <paramref name="count"/> UTF-16 characters after a counted string's Length.</summary>
    private static string Chars(ReadOnlySpan<byte> source, int offset, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)ReadUInt16(source, offset + 2 + (2 * i));
        }

        return new string(chars);
    }

    /// <summary>Writes a MAC address into a 32-byte <c>NDIS_MAX_PHYS_ADDRESS_LENGTH</c> array, zero padded.</summary>
    public static void WriteMacArray(Span<byte> destination, int offset, MacAddress value)
    {
        destination.Slice(offset, PhysicalAddressArrayBytes).Clear();
        value.WriteTo(destination[offset..]);
    }

    /// <summary>Reads the first six bytes of a 32-byte address array.</summary>
    public static MacAddress ReadMacArray(ReadOnlySpan<byte> source, int offset) => MacAddress.ReadFrom(source[offset..]);

    /// <summary>Writes a <c>GROUP_AFFINITY</c>.</summary>
    public static void WriteGroupAffinity(Span<byte> destination, int offset, GroupAffinity value)
    {
        destination.Slice(offset, GroupAffinitySizeBytes).Clear();
        WriteUInt64(destination, offset, value.Mask);
        WriteUInt16(destination, offset + 8, value.Group);
    }

    /// <summary>Reads a <c>GROUP_AFFINITY</c>.</summary>
    public static GroupAffinity ReadGroupAffinity(ReadOnlySpan<byte> source, int offset) =>
        new(ReadUInt64(source, offset), ReadUInt16(source, offset + 8));
}
