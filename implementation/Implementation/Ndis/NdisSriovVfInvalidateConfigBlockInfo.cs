namespace SriovVerification.Implementation;

/// <summary><c>NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO</c>: the input of OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK to the VF miniport. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="BlockMask">One bit per invalidated configuration block.</param>
public readonly record struct NdisSriovVfInvalidateConfigBlockInfo(ulong BlockMask) : INdisStructure<NdisSriovVfInvalidateConfigBlockInfo>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 12;

    /// <summary>The object header; the default is the one the miniport expects.</summary>
    public NdisObjectHeader Header { get; init; } = NdisObjectHeader.For(SizeBytes);

    /// <inheritdoc/>
    public static int StructureSizeBytes => SizeBytes;

    /// <inheritdoc/>
    public void WriteTo(Span<byte> destination)
    {
        var writer = new NdisWriter(destination);
        Header.WriteTo(ref writer);
        writer.UInt64(BlockMask);
    }

    /// <inheritdoc/>
    public static NdisSriovVfInvalidateConfigBlockInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisSriovVfInvalidateConfigBlockInfo(reader.UInt64()) { Header = header };
    }
}
