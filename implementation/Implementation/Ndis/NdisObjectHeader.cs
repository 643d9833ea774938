// NDIS room: NDIS_OBJECT_HEADER.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_OBJECT_HEADER</c>: Type (UCHAR), Revision (UCHAR), Size (USHORT), little endian.</summary>
/// <param name="Type">The object type (<c>NDIS_OBJECT_TYPE_DEFAULT</c> for the SR-IOV structures).</param>
/// <param name="Revision">The structure revision.</param>
/// <param name="Size">The structure size in bytes: <c>NDIS_SIZEOF_…_REVISION_n</c> of that revision.</param>
public readonly record struct NdisObjectHeader(byte Type, byte Revision, ushort Size)
{
    /// <summary><c>NDIS_OBJECT_TYPE_DEFAULT</c>.</summary>
    public const byte ObjectTypeDefault = 0x80;

    /// <summary><c>sizeof(NDIS_OBJECT_HEADER)</c>.</summary>
    public const int SizeBytes = 4;

    /// <summary>Byte offsets of the header's fields.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_OBJECT_HEADER, Type)</c>.</summary>
        public const int Type = 0;

        /// <summary><c>offsetof(NDIS_OBJECT_HEADER, Revision)</c>.</summary>
        public const int Revision = 1;

        /// <summary><c>offsetof(NDIS_OBJECT_HEADER, Size)</c>.</summary>
        public const int Size = 2;
    }

    internal void WriteTo(Span<byte> destination)
    {
        destination[Field.Type] = Type;
        destination[Field.Revision] = Revision;
        NdisField.WriteUInt16(destination, Field.Size, Size);
    }

    internal static NdisObjectHeader ReadFrom(ReadOnlySpan<byte> source) =>
        new(source[Field.Type], source[Field.Revision], NdisField.ReadUInt16(source, Field.Size));
}
