namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_INFO</c>: one element of OID_NIC_SWITCH_ENUM_SWITCHES. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchType">The switch type.</param>
/// <param name="SwitchId">The SwitchId.</param>
/// <param name="NumVFs">NumVFs the switch was created with.</param>
/// <param name="NumAllocatedVFs">VFs allocated now.</param>
/// <param name="NumVPorts">VPorts now, the default one included.</param>
/// <param name="NumActiveVPorts">Activated VPorts now.</param>
public readonly record struct NdisNicSwitchInfo(uint Flags, uint SwitchType, uint SwitchId, uint NumVFs, uint NumAllocatedVFs, uint NumVPorts, uint NumActiveVPorts) : INdisStructure<NdisNicSwitchInfo>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 32;

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
        writer.UInt32(NumAllocatedVFs);
        writer.UInt32(NumVPorts);
        writer.UInt32(NumActiveVPorts);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchInfo(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
