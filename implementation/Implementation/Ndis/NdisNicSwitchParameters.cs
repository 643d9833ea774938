// NDIS room: NDIS_NIC_SWITCH_PARAMETERS.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_PARAMETERS</c>: the input and output of OID_NIC_SWITCH_CREATE_SWITCH. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchType"><see cref="NdisConstants.NicSwitchTypeExternal"/> is the only valid type.</param>
/// <param name="SwitchId"><see cref="NdisConstants.DefaultSwitchId"/>.</param>
/// <param name="SwitchFriendlyName">The switch's friendly name (a counted string).</param>
/// <param name="NumVFs">The number of VFs to enable.</param>
public readonly record struct NdisNicSwitchParameters(uint Flags, uint SwitchType, uint SwitchId, string SwitchFriendlyName, uint NumVFs) : INdisStructure<NdisNicSwitchParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_PARAMETERS";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 548;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 548;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 548;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <summary>Reserved.</summary>
    public uint NdisReserved1 { get; init; }

    /// <summary>Reserved.</summary>
    public uint NdisReserved2 { get; init; }

    /// <summary>Reserved.</summary>
    public uint NdisReserved3 { get; init; }

    /// <summary>Whether a counted string read from a buffer had a <c>Length</c> beyond its array or an odd byte count.</summary>
    public bool HasMalformedString { get; init; }

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
        NdisField.WriteUInt32(destination, Field.SwitchType, SwitchType);
        NdisField.WriteUInt32(destination, Field.SwitchId, SwitchId);
        NdisField.WriteCountedString(destination, Field.SwitchFriendlyName, SwitchFriendlyName);
        NdisField.WriteUInt32(destination, Field.NumVFs, NumVFs);
        NdisField.WriteUInt32(destination, Field.NdisReserved1, NdisReserved1);
        NdisField.WriteUInt32(destination, Field.NdisReserved2, NdisReserved2);
        NdisField.WriteUInt32(destination, Field.NdisReserved3, NdisReserved3);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var malformed = false;
        var value = new NdisNicSwitchParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchType), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadCountedString(source, Field.SwitchFriendlyName, ref malformed), NdisField.ReadUInt32(source, Field.NumVFs)) { Header = NdisObjectHeader.ReadFrom(source), NdisReserved1 = NdisField.ReadUInt32(source, Field.NdisReserved1), NdisReserved2 = NdisField.ReadUInt32(source, Field.NdisReserved2), NdisReserved3 = NdisField.ReadUInt32(source, Field.NdisReserved3) };
        return value with { HasMalformedString = malformed };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, SwitchType)</c>.</summary>
        public const int SwitchType = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, SwitchId)</c>.</summary>
        public const int SwitchId = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, SwitchFriendlyName)</c>.</summary>
        public const int SwitchFriendlyName = 16;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, NumVFs)</c>.</summary>
        public const int NumVFs = 532;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, NdisReserved1)</c>.</summary>
        public const int NdisReserved1 = 536;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, NdisReserved2)</c>.</summary>
        public const int NdisReserved2 = 540;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_PARAMETERS, NdisReserved3)</c>.</summary>
        public const int NdisReserved3 = 544;
    }
}
