namespace SriovVerification.Implementation;

/// <summary><c>NDIS_RECEIVE_FILTER_PARAMETERS</c>: the input and output of OID_RECEIVE_FILTER_SET_FILTER; the field parameters follow it in the buffer. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FilterType"><see cref="NdisConstants.ReceiveFilterTypeVmQueue"/> is the only valid type.</param>
/// <param name="QueueId">The queue (<see cref="NdisConstants.DefaultReceiveQueueId"/>).</param>
/// <param name="VPortId">The VPort the filter is set on.</param>
/// <param name="FilterId">Out: the FilterId assigned.</param>
/// <param name="FieldParametersArrayOffset">Offset of the first <see cref="NdisReceiveFilterFieldParameters"/> from the start of the buffer.</param>
/// <param name="FieldParametersArrayNumElements">Number of field parameters (1 or 2).</param>
/// <param name="FieldParametersArrayElementSize">Size of one field parameters element.</param>
public readonly record struct NdisReceiveFilterParameters(uint Flags, uint FilterType, uint QueueId, uint VPortId, uint FilterId, uint FieldParametersArrayOffset, uint FieldParametersArrayNumElements, uint FieldParametersArrayElementSize) : INdisStructure<NdisReceiveFilterParameters>
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
        writer.UInt32(QueueId);
        writer.UInt32(VPortId);
        writer.UInt32(FilterId);
        writer.UInt32(FieldParametersArrayOffset);
        writer.UInt32(FieldParametersArrayNumElements);
        writer.UInt32(FieldParametersArrayElementSize);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisReceiveFilterParameters(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
