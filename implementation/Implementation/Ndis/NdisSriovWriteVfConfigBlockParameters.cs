namespace SriovVerification.Implementation;

/// <summary><c>NDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS</c>: the input of OID_SRIOV_WRITE_VF_CONFIG_BLOCK; the data is taken from BufferOffset. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="VFId">The VF.</param>
/// <param name="BlockId">The configuration block.</param>
/// <param name="Length">Bytes to write.</param>
/// <param name="BufferOffset">Where the data is, from the start of the information buffer.</param>
public readonly record struct NdisSriovWriteVfConfigBlockParameters(uint VFId, uint BlockId, int Length, int BufferOffset) : INdisStructure<NdisSriovWriteVfConfigBlockParameters>
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
        writer.UInt32(BlockId);
        writer.Int32(Length);
        writer.Int32(BufferOffset);
    }

    /// <inheritdoc/>
    public static NdisSriovWriteVfConfigBlockParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisSriovWriteVfConfigBlockParameters(reader.UInt32(), reader.UInt32(), reader.Int32(), reader.Int32()) { Header = header };
    }
}
