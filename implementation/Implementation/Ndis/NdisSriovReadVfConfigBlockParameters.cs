// NDIS room: NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS</c>: the input and output of OID_SRIOV_READ_VF_CONFIG_BLOCK; the data is at <paramref name="BufferOffset"/> of the same buffer. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="VFId">The VF.</param>
/// <param name="BlockId">The config block.</param>
/// <param name="Length">Bytes to access.</param>
/// <param name="BufferOffset">Offset of the data from the start of the information buffer.</param>
public readonly record struct NdisSriovReadVfConfigBlockParameters(ushort VFId, uint BlockId, uint Length, uint BufferOffset) : INdisStructure<NdisSriovReadVfConfigBlockParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS";

    /// <summary><c>sizeof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 20;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 20;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 20;

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
        NdisField.WriteUInt16(destination, Field.VFId, VFId);
        NdisField.WriteUInt32(destination, Field.BlockId, BlockId);
        NdisField.WriteUInt32(destination, Field.Length, Length);
        NdisField.WriteUInt32(destination, Field.BufferOffset, BufferOffset);
    }

    /// <inheritdoc/>
    public static NdisSriovReadVfConfigBlockParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisSriovReadVfConfigBlockParameters(NdisField.ReadUInt16(source, Field.VFId), NdisField.ReadUInt32(source, Field.BlockId), NdisField.ReadUInt32(source, Field.Length), NdisField.ReadUInt32(source, Field.BufferOffset)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, VFId)</c>.</summary>
        public const int VFId = 4;

        /// <summary><c>offsetof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, BlockId)</c>.</summary>
        public const int BlockId = 8;

        /// <summary><c>offsetof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, Length)</c>.</summary>
        public const int Length = 12;

        /// <summary><c>offsetof(NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, BufferOffset)</c>.</summary>
        public const int BufferOffset = 16;
    }
}
