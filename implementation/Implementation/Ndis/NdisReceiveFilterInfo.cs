// NDIS room: NDIS_RECEIVE_FILTER_INFO.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_RECEIVE_FILTER_INFO</c>: one element of OID_RECEIVE_FILTER_ENUM_FILTERS's output. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="FilterType">The filter type.</param>
/// <param name="FilterId">The FilterId.</param>
public readonly record struct NdisReceiveFilterInfo(uint Flags, uint FilterType, uint FilterId) : INdisStructure<NdisReceiveFilterInfo>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_RECEIVE_FILTER_INFO";

    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_INFO)</c>.</summary>
    public const int SizeBytes = 16;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_RECEIVE_FILTER_INFO_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_INFO_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 16;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_RECEIVE_FILTER_INFO_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_INFO_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 16;

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
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.FilterType, FilterType);
        NdisField.WriteUInt32(destination, Field.FilterId, FilterId);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisReceiveFilterInfo(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.FilterType), NdisField.ReadUInt32(source, Field.FilterId)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_RECEIVE_FILTER_INFO</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO, FilterType)</c>.</summary>
        public const int FilterType = 8;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_INFO, FilterId)</c>.</summary>
        public const int FilterId = 12;
    }
}
