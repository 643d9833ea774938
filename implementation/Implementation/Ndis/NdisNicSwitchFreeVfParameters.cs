namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_FREE_VF_PARAMETERS</c>: the input of OID_NIC_SWITCH_FREE_VF. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="VFId">The VF to free.</param>
public readonly record struct NdisNicSwitchFreeVfParameters(uint Flags, uint VFId) : INdisStructure<NdisNicSwitchFreeVfParameters>
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
        writer.UInt32(Flags);
        writer.UInt32(VFId);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchFreeVfParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchFreeVfParameters(reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
