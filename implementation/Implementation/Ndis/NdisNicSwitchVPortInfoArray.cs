// NDIS room: NDIS_NIC_SWITCH_VPORT_INFO_ARRAY.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY</c>: the input and the header of the output of OID_NIC_SWITCH_ENUM_VPORTS; the elements follow it. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags"><c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_ENUM_ON_SPECIFIC_*</c>, or 0 for every VPort.</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="AttachedFunctionId">With ENUM_ON_SPECIFIC_FUNCTION: the function whose VPorts are listed.</param>
/// <param name="FirstElementOffset">Offset of the first element from the start of the buffer.</param>
/// <param name="NumElements">Number of elements.</param>
/// <param name="ElementSize">Size of one element.</param>
public readonly record struct NdisNicSwitchVPortInfoArray(uint Flags, uint SwitchId, ushort AttachedFunctionId, uint FirstElementOffset, uint NumElements, uint ElementSize) : INdisStructure<NdisNicSwitchVPortInfoArray>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_VPORT_INFO_ARRAY";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY)</c>.</summary>
    public const int SizeBytes = 28;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_INFO_ARRAY_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 28;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_INFO_ARRAY_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
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
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.SwitchId, SwitchId);
        NdisField.WriteUInt16(destination, Field.AttachedFunctionId, AttachedFunctionId);
        NdisField.WriteUInt32(destination, Field.FirstElementOffset, FirstElementOffset);
        NdisField.WriteUInt32(destination, Field.NumElements, NumElements);
        NdisField.WriteUInt32(destination, Field.ElementSize, ElementSize);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVPortInfoArray ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisNicSwitchVPortInfoArray(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadUInt16(source, Field.AttachedFunctionId), NdisField.ReadUInt32(source, Field.FirstElementOffset), NdisField.ReadUInt32(source, Field.NumElements), NdisField.ReadUInt32(source, Field.ElementSize)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_VPORT_INFO_ARRAY</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, SwitchId)</c>.</summary>
        public const int SwitchId = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, AttachedFunctionId)</c>.</summary>
        public const int AttachedFunctionId = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, FirstElementOffset)</c>.</summary>
        public const int FirstElementOffset = 16;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, NumElements)</c>.</summary>
        public const int NumElements = 20;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, ElementSize)</c>.</summary>
        public const int ElementSize = 24;
    }
}
