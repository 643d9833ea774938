namespace SriovVerification.Implementation;

/// <summary><c>NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS</c>: the input of OID_RECEIVE_FILTER_CLEAR_FILTER. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="QueueId">The queue of the filter.</param>
/// <param name="FilterId">The filter to clear.</param>
public readonly record struct NdisReceiveFilterClearParameters(uint Flags, uint QueueId, uint FilterId) : INdisStructure<NdisReceiveFilterClearParameters>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 16;

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
        writer.UInt32(QueueId);
        writer.UInt32(FilterId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterClearParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisReceiveFilterClearParameters(reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
