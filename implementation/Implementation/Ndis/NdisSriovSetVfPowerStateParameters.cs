// NDIS room: NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS</c>: the input of OID_SRIOV_SET_VF_POWER_STATE. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="VFId">The VF.</param>
/// <param name="PowerState"><see cref="NdisConstants.DeviceStateD0"/> or <see cref="NdisConstants.DeviceStateD3"/>.</param>
/// <param name="WakeEnable">Wake enabled (1) or not (0): a BOOLEAN.</param>
public readonly record struct NdisSriovSetVfPowerStateParameters(ushort VFId, uint PowerState, byte WakeEnable) : INdisStructure<NdisSriovSetVfPowerStateParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS";

    /// <summary><c>sizeof(NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 16;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_SET_VF_POWER_STATE_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 13;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_SRIOV_SET_VF_POWER_STATE_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 13;

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
        NdisField.WriteUInt32(destination, Field.PowerState, PowerState);
        destination[Field.WakeEnable] = WakeEnable;
    }

    /// <inheritdoc/>
    public static NdisSriovSetVfPowerStateParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisSriovSetVfPowerStateParameters(NdisField.ReadUInt16(source, Field.VFId), NdisField.ReadUInt32(source, Field.PowerState), source[Field.WakeEnable]) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS, VFId)</c>.</summary>
        public const int VFId = 4;

        /// <summary><c>offsetof(NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS, PowerState)</c>.</summary>
        public const int PowerState = 8;

        /// <summary><c>offsetof(NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS, WakeEnable)</c>.</summary>
        public const int WakeEnable = 12;
    }
}
