// NDIS room: NDIS_NIC_SWITCH_VPORT_PARAMETERS.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMETERS</c>: the input and output of OID_NIC_SWITCH_CREATE_VPORT and the input of OID_NIC_SWITCH_VPORT_PARAMETERS. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">For OID_NIC_SWITCH_VPORT_PARAMETERS: the <c>NDIS_NIC_SWITCH_VPORT_PARAMS_*_CHANGED</c> flags of the fields to change.</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="VPortId">Out of CREATE_VPORT: the VPort id assigned; in for VPORT_PARAMETERS.</param>
/// <param name="VPortName">The VPort's name (a counted string).</param>
/// <param name="AttachedFunctionId">A VFId, or <see cref="NdisConstants.PfFunctionId"/>.</param>
/// <param name="NumQueuePairs">Queue pairs (fixed at creation).</param>
/// <param name="InterruptModeration">An <c>NdisNicSwitchVPortInterruptModeration*</c> value.</param>
/// <param name="VPortState"><see cref="NdisConstants.VPortStateActivated"/> or <see cref="NdisConstants.VPortStateDeactivated"/>.</param>
/// <param name="ProcessorAffinity">The processors of the VPort's interrupts.</param>
/// <param name="LookaheadSize">The lookahead split size (0: none).</param>
public readonly record struct NdisNicSwitchVPortParameters(uint Flags, uint SwitchId, uint VPortId, string VPortName, ushort AttachedFunctionId, uint NumQueuePairs, uint InterruptModeration, uint VPortState, GroupAffinity ProcessorAffinity, uint LookaheadSize) : INdisStructure<NdisNicSwitchVPortParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_VPORT_PARAMETERS";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_VPORT_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 576;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_VPORT_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 572;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_VPORT_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VPORT_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 572;

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
        NdisField.WriteUInt32(destination, Field.Flags, Flags);
        NdisField.WriteUInt32(destination, Field.SwitchId, SwitchId);
        NdisField.WriteUInt32(destination, Field.VPortId, VPortId);
        NdisField.WriteCountedString(destination, Field.VPortName, VPortName);
        NdisField.WriteUInt16(destination, Field.AttachedFunctionId, AttachedFunctionId);
        NdisField.WriteUInt32(destination, Field.NumQueuePairs, NumQueuePairs);
        NdisField.WriteUInt32(destination, Field.InterruptModeration, InterruptModeration);
        NdisField.WriteUInt32(destination, Field.VPortState, VPortState);
        NdisField.WriteGroupAffinity(destination, Field.ProcessorAffinity, ProcessorAffinity);
        NdisField.WriteUInt32(destination, Field.LookaheadSize, LookaheadSize);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVPortParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var malformed = false;
        var value = new NdisNicSwitchVPortParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadUInt32(source, Field.VPortId), NdisField.ReadCountedString(source, Field.VPortName, ref malformed), NdisField.ReadUInt16(source, Field.AttachedFunctionId), NdisField.ReadUInt32(source, Field.NumQueuePairs), NdisField.ReadUInt32(source, Field.InterruptModeration), NdisField.ReadUInt32(source, Field.VPortState), NdisField.ReadGroupAffinity(source, Field.ProcessorAffinity), NdisField.ReadUInt32(source, Field.LookaheadSize)) { Header = NdisObjectHeader.ReadFrom(source) };
        return value with { HasMalformedString = malformed };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_VPORT_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, SwitchId)</c>.</summary>
        public const int SwitchId = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, VPortId)</c>.</summary>
        public const int VPortId = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, VPortName)</c>.</summary>
        public const int VPortName = 16;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, AttachedFunctionId)</c>.</summary>
        public const int AttachedFunctionId = 532;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, NumQueuePairs)</c>.</summary>
        public const int NumQueuePairs = 536;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, InterruptModeration)</c>.</summary>
        public const int InterruptModeration = 540;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, VPortState)</c>.</summary>
        public const int VPortState = 544;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, ProcessorAffinity)</c>.</summary>
        public const int ProcessorAffinity = 552;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VPORT_PARAMETERS, LookaheadSize)</c>.</summary>
        public const int LookaheadSize = 568;
    }
}
