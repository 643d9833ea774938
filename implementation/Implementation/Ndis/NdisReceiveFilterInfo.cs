namespace SriovVerification.Implementation;

/// <summary><c>NDIS_RECEIVE_FILTER_INFO</c>: one element of OID_RECEIVE_FILTER_ENUM_FILTERS. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FilterType">The filter type.</param>
/// <param name="FilterId">The FilterId.</param>
/// <param name="VPortId">The VPort it is on.</param>
/// <param name="QueueId">Its queue.</param>
/// <param name="MacAddress">The destination MAC it tests.</param>
/// <param name="VlanId">The VLAN id it tests (0: untagged).</param>
public readonly record struct NdisReceiveFilterInfo(uint Flags, uint FilterType, uint FilterId, uint VPortId, uint QueueId, MacAddress MacAddress, uint VlanId) : INdisStructure<NdisReceiveFilterInfo>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 36;

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
        writer.UInt32(FilterType);
        writer.UInt32(FilterId);
        writer.UInt32(VPortId);
        writer.UInt32(QueueId);
        writer.Mac(MacAddress);
        writer.UInt32(VlanId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisReceiveFilterInfo(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.Mac(), reader.UInt32()) { Header = header };
    }
}
