// NDIS room: NDIS_RECEIVE_FILTER_PARAMETERS.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_RECEIVE_FILTER_PARAMETERS</c>: the input and output of OID_RECEIVE_FILTER_SET_FILTER and OID_RECEIVE_FILTER_PARAMETERS; the field parameters follow it in the buffer. Revision 2 (NDIS 6.30) adds <c>VPortId</c>. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FilterType"><see cref="NdisConstants.ReceiveFilterTypeVmQueue"/> is the only valid type.</param>
/// <param name="QueueId">The queue (<see cref="NdisConstants.DefaultReceiveQueueId"/>).</param>
/// <param name="FilterId">Out of SET_FILTER: the FilterId assigned; in for OID_RECEIVE_FILTER_PARAMETERS.</param>
/// <param name="FieldParametersArrayOffset">Offset of the first <see cref="NdisReceiveFilterFieldParameters"/> from the start of the buffer.</param>
/// <param name="FieldParametersArrayNumElements">Number of field parameters (1 or 2).</param>
/// <param name="FieldParametersArrayElementSize">Size of one field parameters element.</param>
/// <param name="VPortId">The VPort the filter is set on.</param>
public readonly record struct NdisReceiveFilterParameters(uint Flags, uint FilterType, uint QueueId, uint FilterId, uint FieldParametersArrayOffset, uint FieldParametersArrayNumElements, uint FieldParametersArrayElementSize, uint VPortId) : INdisStructure<NdisReceiveFilterParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_RECEIVE_FILTER_PARAMETERS";

    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 44;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_RECEIVE_FILTER_PARAMETERS_REVISION_2</c>).</summary>
    public const byte Revision = 2;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_PARAMETERS_REVISION_2</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 44;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_RECEIVE_FILTER_PARAMETERS_REVISION_2</c>).</summary>
    public const byte MinimumRevision = 2;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_PARAMETERS_REVISION_2</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 44;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <summary>Bits of FilterId the caller can take (0: any).</summary>
    public uint RequestedFilterIdBitCount { get; init; }

    /// <summary>Receive coalescing delay (not used).</summary>
    public uint MaxCoalescingDelay { get; init; }

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
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.FilterType, FilterType);
        NdisField.WriteUInt32(destination, Field.QueueId, QueueId);
        NdisField.WriteUInt32(destination, Field.FilterId, FilterId);
        NdisField.WriteUInt32(destination, Field.FieldParametersArrayOffset, FieldParametersArrayOffset);
        NdisField.WriteUInt32(destination, Field.FieldParametersArrayNumElements, FieldParametersArrayNumElements);
        NdisField.WriteUInt32(destination, Field.FieldParametersArrayElementSize, FieldParametersArrayElementSize);
        NdisField.WriteUInt32(destination, Field.RequestedFilterIdBitCount, RequestedFilterIdBitCount);
        NdisField.WriteUInt32(destination, Field.MaxCoalescingDelay, MaxCoalescingDelay);
        NdisField.WriteUInt32(destination, Field.VPortId, VPortId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisReceiveFilterParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.FilterType), NdisField.ReadUInt32(source, Field.QueueId), NdisField.ReadUInt32(source, Field.FilterId), NdisField.ReadUInt32(source, Field.FieldParametersArrayOffset), NdisField.ReadUInt32(source, Field.FieldParametersArrayNumElements), NdisField.ReadUInt32(source, Field.FieldParametersArrayElementSize), NdisField.ReadUInt32(source, Field.VPortId)) { Header = NdisObjectHeader.ReadFrom(source), RequestedFilterIdBitCount = NdisField.ReadUInt32(source, Field.RequestedFilterIdBitCount), MaxCoalescingDelay = NdisField.ReadUInt32(source, Field.MaxCoalescingDelay) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_RECEIVE_FILTER_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, FilterType)</c>.</summary>
        public const int FilterType = 8;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, QueueId)</c>.</summary>
        public const int QueueId = 12;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, FilterId)</c>.</summary>
        public const int FilterId = 16;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, FieldParametersArrayOffset)</c>.</summary>
        public const int FieldParametersArrayOffset = 20;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, FieldParametersArrayNumElements)</c>.</summary>
        public const int FieldParametersArrayNumElements = 24;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, FieldParametersArrayElementSize)</c>.</summary>
        public const int FieldParametersArrayElementSize = 28;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, RequestedFilterIdBitCount)</c>.</summary>
        public const int RequestedFilterIdBitCount = 32;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, MaxCoalescingDelay)</c>.</summary>
        public const int MaxCoalescingDelay = 36;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_PARAMETERS, VPortId)</c>.</summary>
        public const int VPortId = 40;
    }
}
