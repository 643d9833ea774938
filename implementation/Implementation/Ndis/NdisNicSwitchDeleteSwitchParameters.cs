namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS</c>: the input of OID_NIC_SWITCH_DELETE_SWITCH. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch to delete.</param>
public readonly record struct NdisNicSwitchDeleteSwitchParameters(uint Flags, uint SwitchId) : INdisStructure<NdisNicSwitchDeleteSwitchParameters>
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
        writer.UInt32(SwitchId);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchDeleteSwitchParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchDeleteSwitchParameters(reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
