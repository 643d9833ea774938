namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_PARAMETERS</c>: the input of OID_NIC_SWITCH_CREATE_SWITCH. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchType"><c>NDIS_NIC_SWITCH_TYPE</c>; <see cref="NdisConstants.NicSwitchTypeExternal"/> is the only valid one.</param>
/// <param name="SwitchId">The SwitchId; only <see cref="NdisConstants.DefaultSwitchId"/>.</param>
/// <param name="NumVFs">The number of VFs to enable.</param>
public readonly record struct NdisNicSwitchParameters(uint Flags, uint SwitchType, uint SwitchId, uint NumVFs) : INdisStructure<NdisNicSwitchParameters>
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
        writer.UInt32(SwitchType);
        writer.UInt32(SwitchId);
        writer.UInt32(NumVFs);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchParameters(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
