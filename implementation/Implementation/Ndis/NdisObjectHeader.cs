namespace SriovVerification.Implementation;

/// <summary><c>NDIS_OBJECT_HEADER</c>: Type (1 byte), Revision (1 byte), Size (2 bytes), little endian.</summary>
/// <param name="Type">The object type (<c>NDIS_OBJECT_TYPE_DEFAULT</c> for these structures).</param>
/// <param name="Revision">The structure revision.</param>
/// <param name="Size">The structure size in bytes.</param>
public readonly record struct NdisObjectHeader(byte Type, byte Revision, ushort Size)
{
    /// <summary><c>NDIS_OBJECT_TYPE_DEFAULT</c>.</summary>
    public const byte ObjectTypeDefault = 0x80;

    /// <summary>Size of the header in bytes.</summary>
    public const int SizeBytes = 4;

    /// <summary>The header every structure of this adapter expects: default type, revision 1, the given size.</summary>
    public static NdisObjectHeader For(int sizeBytes) => new(ObjectTypeDefault, 1, (ushort)sizeBytes);

    internal void WriteTo(ref NdisWriter writer)
    {
        writer.Byte(Type);
        writer.Byte(Revision);
        writer.UInt16(Size);
    }

    internal static NdisObjectHeader ReadFrom(ref NdisReader reader) => new(reader.Byte(), reader.Byte(), reader.UInt16());
}
