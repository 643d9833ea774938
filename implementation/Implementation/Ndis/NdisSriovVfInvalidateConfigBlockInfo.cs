// NDIS room: NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO</c>: the input of OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK, issued to a VF miniport. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="BlockMask">One bit per config block to re-read.</param>
public readonly record struct NdisSriovVfInvalidateConfigBlockInfo(ulong BlockMask) : INdisStructure<NdisSriovVfInvalidateConfigBlockInfo>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO";

    /// <summary><c>sizeof(NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO)</c>.</summary>
    public const int SizeBytes = 16;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 16;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
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
        NdisField.WriteUInt64(destination, Field.BlockMask, BlockMask);
    }

    /// <inheritdoc/>
    public static NdisSriovVfInvalidateConfigBlockInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisSriovVfInvalidateConfigBlockInfo(NdisField.ReadUInt64(source, Field.BlockMask)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO, BlockMask)</c>.</summary>
        public const int BlockMask = 8;
    }
}
