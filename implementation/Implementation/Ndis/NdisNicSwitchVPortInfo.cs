// NDIS room: NDIS_NIC_SWITCH_VPORT_INFO.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_VPORT_INFO</c>: one element of OID_NIC_SWITCH_ENUM_VPORTS's output. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="VPortId">The VPort id.</param>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="VPortName">The VPort's name.</param>
/// <param name="AttachedFunctionId">A VFId, or <see cref="NdisConstants.PfFunctionId"/>.</param>
/// <param name="NumQueuePairs">Queue pairs.</param>
/// <param name="InterruptModeration">The interrupt moderation.</param>
/// <param name="VPortState">The VPort state.</param>
/// <param name="ProcessorAffinity">The processor affinity.</param>
/// <param name="LookaheadSize">The lookahead split size.</param>
/// <param name="NumFilters">Receive filters set on the VPort.</param>
public readonly record struct NdisNicSwitchVPortInfo(uint VPortId, uint Flags, uint SwitchId, string VPortName, ushort AttachedFunctionId, uint NumQueuePairs, uint InterruptModeration, uint VPortState, GroupAffinity ProcessorAffinity, uint LookaheadSize, uint NumFilters) : INdisStructure<NdisNicSwitchVPortInfo>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_VPORT_INFO";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_VPORT_INFO)</c>.</summary>
    public const int SizeBytes = 576;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_VPORT_INFO_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_INFO_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 576;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_VPORT_INFO_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_INFO_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 576;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

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
        NdisField.WriteUInt32(destination, Field.VPortId, VPortId);
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.SwitchId, SwitchId);
        NdisField.WriteCountedString(destination, Field.VPortName, VPortName);
        NdisField.WriteUInt16(destination, Field.AttachedFunctionId, AttachedFunctionId);
        NdisField.WriteUInt32(destination, Field.NumQueuePairs, NumQueuePairs);
        NdisField.WriteUInt32(destination, Field.InterruptModeration, InterruptModeration);
        NdisField.WriteUInt32(destination, Field.VPortState, VPortState);
        NdisField.WriteGroupAffinity(destination, Field.ProcessorAffinity, ProcessorAffinity);
        NdisField.WriteUInt32(destination, Field.LookaheadSize, LookaheadSize);
        NdisField.WriteUInt32(destination, Field.NumFilters, NumFilters);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVPortInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var malformed = false;
        var value = new NdisNicSwitchVPortInfo(NdisField.ReadUInt32(source, Field.VPortId), NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadCountedString(source, Field.VPortName, ref malformed), NdisField.ReadUInt16(source, Field.AttachedFunctionId), NdisField.ReadUInt32(source, Field.NumQueuePairs), NdisField.ReadUInt32(source, Field.InterruptModeration), NdisField.ReadUInt32(source, Field.VPortState), NdisField.ReadGroupAffinity(source, Field.ProcessorAffinity), NdisField.ReadUInt32(source, Field.LookaheadSize), NdisField.ReadUInt32(source, Field.NumFilters)) { Header = NdisObjectHeader.ReadFrom(source) };
        return value with { HasMalformedString = malformed };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_VPORT_INFO</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, VPortId)</c>.</summary>
        public const int VPortId = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, Flags)</c>.</summary>
        public const int Flags = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, SwitchId)</c>.</summary>
        public const int SwitchId = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, VPortName)</c>.</summary>
        public const int VPortName = 16;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, AttachedFunctionId)</c>.</summary>
        public const int AttachedFunctionId = 532;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, NumQueuePairs)</c>.</summary>
        public const int NumQueuePairs = 536;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, InterruptModeration)</c>.</summary>
        public const int InterruptModeration = 540;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, VPortState)</c>.</summary>
        public const int VPortState = 544;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, ProcessorAffinity)</c>.</summary>
        public const int ProcessorAffinity = 552;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, LookaheadSize)</c>.</summary>
        public const int LookaheadSize = 568;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_INFO, NumFilters)</c>.</summary>
        public const int NumFilters = 572;
    }
}
