// NDIS room: NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS</c>: the input of OID_RECEIVE_FILTER_MOVE_FILTER. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="FilterId">The filter to move.</param>
/// <param name="SourceQueueId">Its queue now.</param>
/// <param name="SourceVPortId">The VPort it is on now.</param>
/// <param name="DestQueueId">Its queue after the move.</param>
/// <param name="DestVPortId">The VPort it moves to.</param>
public readonly record struct NdisReceiveFilterMoveFilterParameters(uint FilterId, uint SourceQueueId, uint SourceVPortId, uint DestQueueId, uint DestVPortId) : INdisStructure<NdisReceiveFilterMoveFilterParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS";

    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 24;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 24;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 24;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <inheritdoc/>
    public static string StructureName => NdisName;

    /// <inheritdoc/>
    public static int StructureSizeBytes => SizeBytes;

    /// <inheritdoc/>
    public static byte ImplementedRevision => Revision;

    /// <inheritdoc/>
    public static int ImplementedRevisionSizeBytes => RevisionSizeBytes;

    /// <inheritdoc/>
    public static byte LowestRevision => MinimumRevision;

    /// <inheritdoc/>
    public static int LowestRevisionSizeBytes => MinimumSizeBytes;

    /// <inheritdoc/>
    public void WriteTo(Span<byte> destination)
    {
        destination[..SizeBytes].Clear();
        Header.WriteTo(destination);
        NdisField.WriteUInt32(destination, Field.FilterId, FilterId);
        NdisField.WriteUInt32(destination, Field.SourceQueueId, SourceQueueId);
        NdisField.WriteUInt32(destination, Field.SourceVPortId, SourceVPortId);
        NdisField.WriteUInt32(destination, Field.DestQueueId, DestQueueId);
        NdisField.WriteUInt32(destination, Field.DestVPortId, DestVPortId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterMoveFilterParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisReceiveFilterMoveFilterParameters(NdisField.ReadUInt32(source, Field.FilterId), NdisField.ReadUInt32(source, Field.SourceQueueId), NdisField.ReadUInt32(source, Field.SourceVPortId), NdisField.ReadUInt32(source, Field.DestQueueId), NdisField.ReadUInt32(source, Field.DestVPortId)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, FilterId)</c>.</summary>
        public const int FilterId = 4;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, SourceQueueId)</c>.</summary>
        public const int SourceQueueId = 8;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, SourceVPortId)</c>.</summary>
        public const int SourceVPortId = 12;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, DestQueueId)</c>.</summary>
        public const int DestQueueId = 16;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, DestVPortId)</c>.</summary>
        public const int DestVPortId = 20;
    }
}
