namespace SriovVerification.Implementation;

/// <summary><c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS</c>: the input of OID_RECEIVE_FILTER_MOVE_FILTER. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FilterId">The filter to move.</param>
/// <param name="SourceQueueId">Its current queue.</param>
/// <param name="SourceVPortId">The VPort it is on.</param>
/// <param name="DestQueueId">The destination queue.</param>
/// <param name="DestVPortId">The destination VPort.</param>
public readonly record struct NdisReceiveFilterMoveFilterParameters(uint Flags, uint FilterId, uint SourceQueueId, uint SourceVPortId, uint DestQueueId, uint DestVPortId) : INdisStructure<NdisReceiveFilterMoveFilterParameters>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 28;

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
        writer.UInt32(FilterId);
        writer.UInt32(SourceQueueId);
        writer.UInt32(SourceVPortId);
        writer.UInt32(DestQueueId);
        writer.UInt32(DestVPortId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterMoveFilterParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisReceiveFilterMoveFilterParameters(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
