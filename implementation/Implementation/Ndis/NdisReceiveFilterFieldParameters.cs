namespace SriovVerification.Implementation;

/// <summary><c>NDIS_RECEIVE_FILTER_FIELD_PARAMETERS</c>: one test of a receive filter. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FrameHeader"><see cref="NdisConstants.FrameHeaderMac"/>.</param>
/// <param name="ReceiveFilterTest"><see cref="NdisConstants.ReceiveFilterTestEqual"/> is the only valid test.</param>
/// <param name="HeaderField"><see cref="NdisConstants.MacHeaderFieldDestinationAddress"/> or <see cref="NdisConstants.MacHeaderFieldVlanId"/>.</param>
/// <param name="FieldValue">The MAC address (low 48 bits) or the VLAN id.</param>
/// <param name="ResultValue">Reserved (0).</param>
public readonly record struct NdisReceiveFilterFieldParameters(uint Flags, uint FrameHeader, uint ReceiveFilterTest, uint HeaderField, ulong FieldValue, ulong ResultValue) : INdisStructure<NdisReceiveFilterFieldParameters>
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
        writer.UInt32(FrameHeader);
        writer.UInt32(ReceiveFilterTest);
        writer.UInt32(HeaderField);
        writer.UInt64(FieldValue);
        writer.UInt64(ResultValue);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterFieldParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisReceiveFilterFieldParameters(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt64(), reader.UInt64()) { Header = header };
    }
}
