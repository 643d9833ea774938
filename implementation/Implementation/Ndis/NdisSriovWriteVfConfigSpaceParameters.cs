namespace SriovVerification.Implementation;

/// <summary><c>NDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS</c>: the input of OID_SRIOV_WRITE_VF_CONFIG_SPACE; the data is taken from BufferOffset. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="VFId">The VF.</param>
/// <param name="Offset">Offset in the VF's configuration space.</param>
/// <param name="Length">Bytes to write.</param>
/// <param name="BufferOffset">Where the data is, from the start of the information buffer.</param>
public readonly record struct NdisSriovWriteVfConfigSpaceParameters(uint VFId, int Offset, int Length, int BufferOffset) : INdisStructure<NdisSriovWriteVfConfigSpaceParameters>
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
        writer.UInt32(VFId);
        writer.Int32(Offset);
        writer.Int32(Length);
        writer.Int32(BufferOffset);
    }

    /// <inheritdoc/>
    public static NdisSriovWriteVfConfigSpaceParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisSriovWriteVfConfigSpaceParameters(reader.UInt32(), reader.Int32(), reader.Int32(), reader.Int32()) { Header = header };
    }
}
