// NDIS room: NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS</c>: the input of OID_NIC_SWITCH_DELETE_VPORT. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="VPortId">The VPort to delete.</param>
public readonly record struct NdisNicSwitchDeleteVPortParameters(uint Flags, uint VPortId) : INdisStructure<NdisNicSwitchDeleteVPortParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 12;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_DELETE_VPORT_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 12;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_DELETE_VPORT_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 12;

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
        NdisField.WriteUInt32(destination, Field.VPortId, VPortId);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchDeleteVPortParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisNicSwitchDeleteVPortParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.VPortId)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS, VPortId)</c>.</summary>
        public const int VPortId = 8;
    }
}
