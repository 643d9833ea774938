// NDIS room: NDIS_RECEIVE_FILTER_INFO_ARRAY.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_RECEIVE_FILTER_INFO_ARRAY</c>: the input and the header of the output of OID_RECEIVE_FILTER_ENUM_FILTERS; the elements follow it. Revision 2 (NDIS 6.30) adds <c>Flags</c> and <c>VPortId</c>. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="QueueId">The queue (<see cref="NdisConstants.DefaultReceiveQueueId"/>).</param>
/// <param name="FirstElementOffset">Offset of the first element from the start of the buffer.</param>
/// <param name="NumElements">Number of elements.</param>
/// <param name="ElementSize">Size of one element.</param>
/// <param name="Flags"><see cref="NdisConstants.ReceiveFilterInfoArrayVPortIdSpecified"/>: only the filters of <paramref name="VPortId"/>.</param>
/// <param name="VPortId">With the flag: the VPort whose filters are listed.</param>
public readonly record struct NdisReceiveFilterInfoArray(uint QueueId, uint FirstElementOffset, uint NumElements, uint ElementSize, uint Flags, uint VPortId) : INdisStructure<NdisReceiveFilterInfoArray>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_RECEIVE_FILTER_INFO_ARRAY";

    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_INFO_ARRAY)</c>.</summary>
    public const int SizeBytes = 28;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_RECEIVE_FILTER_INFO_ARRAY_REVISION_2</c>).</summary>
    public const byte Revision = 2;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_INFO_ARRAY_REVISION_2</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 28;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_RECEIVE_FILTER_INFO_ARRAY_REVISION_2</c>).</summary>
    public const byte MinimumRevision = 2;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_INFO_ARRAY_REVISION_2</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 28;

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
        NdisField.WriteUInt32(destination, Field.QueueId, QueueId);
        NdisField.WriteUInt32(destination, Field.FirstElementOffset, FirstElementOffset);
        NdisField.WriteUInt32(destination, Field.NumElements, NumElements);
        NdisField.WriteUInt32(destination, Field.ElementSize, ElementSize);
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.VPortId, VPortId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterInfoArray ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisReceiveFilterInfoArray(NdisField.ReadUInt32(source, Field.QueueId), NdisField.ReadUInt32(source, Field.FirstElementOffset), NdisField.ReadUInt32(source, Field.NumElements), NdisField.ReadUInt32(source, Field.ElementSize), NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.VPortId)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_RECEIVE_FILTER_INFO_ARRAY</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, QueueId)</c>.</summary>
        public const int QueueId = 4;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, FirstElementOffset)</c>.</summary>
        public const int FirstElementOffset = 8;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, NumElements)</c>.</summary>
        public const int NumElements = 12;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, ElementSize)</c>.</summary>
        public const int ElementSize = 16;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, Flags)</c>.</summary>
        public const int Flags = 20;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO_ARRAY, VPortId)</c>.</summary>
        public const int VPortId = 24;
    }
}
