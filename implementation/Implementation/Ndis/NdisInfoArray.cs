namespace SriovVerification.Implementation;

/// <summary><c>NDIS_*_INFO_ARRAY</c>: the header of an enumeration OID's output; the elements follow it. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FirstElementOffset">Offset of the first element from the start of the buffer.</param>
/// <param name="NumElements">Number of elements.</param>
/// <param name="ElementSize">Size of one element.</param>
public readonly record struct NdisInfoArray(uint Flags, uint FirstElementOffset, uint NumElements, uint ElementSize) : INdisStructure<NdisInfoArray>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 20;

    /// <summary>The object header; the default is the one the miniport expects.</summary>
    public NdisObjectHeader Header { get; init; } = NdisObjectHeader.For(SizeBytes);

    /// <inheritdoc/>
    public static int StructureSizeBytes => SizeBytes;

    /// <inheritdoc/>
    public void WriteTo(Span<byte> destination)
    {
        var writer = new NdisWriter(destination);
        Header.WriteTo(ref writer);
        writer.UInt32(Flags);
        writer.UInt32(FirstElementOffset);
        writer.UInt32(NumElements);
        writer.UInt32(ElementSize);
    }

    /// <inheritdoc/>
    public static NdisInfoArray ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisInfoArray(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
