namespace SriovVerification.Implementation;

/// <summary><c>NDIS_SRIOV_RESET_VF_PARAMETERS</c>: the input of OID_SRIOV_RESET_VF. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="VFId">The VF to reset.</param>
public readonly record struct NdisSriovResetVfParameters(uint VFId) : INdisStructure<NdisSriovResetVfParameters>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 8;

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
    }

    /// <inheritdoc/>
    public static NdisSriovResetVfParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisSriovResetVfParameters(reader.UInt32()) { Header = header };
    }
}
