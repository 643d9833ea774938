namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO</c>: one element of OID_NIC_SWITCH_ENUM_VPORTS. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="VPortId">The VPortId.</param>
/// <param name="AttachedFunctionId">A VFId or <see cref="NdisConstants.PfFunctionId"/>.</param>
/// <param name="NumQueuePairs">Queue pairs.</param>
/// <param name="VPortState">Activated or Deactivated.</param>
/// <param name="NumFilters">Receive filters on it.</param>
public readonly record struct NdisNicSwitchVPortInfo(uint Flags, uint SwitchId, uint VPortId, uint AttachedFunctionId, uint NumQueuePairs, uint VPortState, uint NumFilters) : INdisStructure<NdisNicSwitchVPortInfo>
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
        writer.UInt32(SwitchId);
        writer.UInt32(VPortId);
        writer.UInt32(AttachedFunctionId);
        writer.UInt32(NumQueuePairs);
        writer.UInt32(VPortState);
        writer.UInt32(NumFilters);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVPortInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchVPortInfo(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
