// NDIS room: NDIS_NIC_SWITCH_INFO.

namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_INFO</c>: one element of OID_NIC_SWITCH_ENUM_SWITCHES's output. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchType">The switch type.</param>
/// <param name="SwitchId">The switch id.</param>
/// <param name="SwitchFriendlyName">The switch's friendly name.</param>
/// <param name="NumVFs">VFs enabled on the switch.</param>
/// <param name="NumAllocatedVFs">VFs allocated.</param>
/// <param name="NumVPorts">VPorts, the default one included.</param>
/// <param name="NumActiveVPorts">Activated VPorts.</param>
public readonly record struct NdisNicSwitchInfo(uint Flags, uint SwitchType, uint SwitchId, string SwitchFriendlyName, uint NumVFs, uint NumAllocatedVFs, uint NumVPorts, uint NumActiveVPorts) : INdisStructure<NdisNicSwitchInfo>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_INFO";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_INFO)</c>.</summary>
    public const int SizeBytes = 572;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_INFO_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_INFO_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 572;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_INFO_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_INFO_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 572;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <summary>Queue pairs of the default VPort.</summary>
    public uint NumQueuePairsForDefaultVPort { get; init; }

    /// <summary>Queue pairs of the nondefault VPorts.</summary>
    public uint NumQueuePairsForNonDefaultVPorts { get; init; }

    /// <summary>MAC addresses in filters on the default VPort.</summary>
    public uint NumActiveDefaultVPortMacAddresses { get; init; }

    /// <summary>MAC addresses in filters on nondefault VPorts.</summary>
    public uint NumActiveNonDefaultVPortMacAddresses { get; init; }

    /// <summary>VLAN ids in filters on the default VPort.</summary>
    public uint NumActiveDefaultVPortVlanIds { get; init; }

    /// <summary>VLAN ids in filters on nondefault VPorts.</summary>
    public uint NumActiveNonDefaultVPortVlanIds { get; init; }

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
        NdisField.WriteUInt32(destination, Field.NumAllocatedVFs, NumAllocatedVFs);
        NdisField.WriteUInt32(destination, Field.NumVPorts, NumVPorts);
        NdisField.WriteUInt32(destination, Field.NumActiveVPorts, NumActiveVPorts);
        NdisField.WriteUInt32(destination, Field.NumQueuePairsForDefaultVPort, NumQueuePairsForDefaultVPort);
        NdisField.WriteUInt32(destination, Field.NumQueuePairsForNonDefaultVPorts, NumQueuePairsForNonDefaultVPorts);
        NdisField.WriteUInt32(destination, Field.NumActiveDefaultVPortMacAddresses, NumActiveDefaultVPortMacAddresses);
        NdisField.WriteUInt32(destination, Field.NumActiveNonDefaultVPortMacAddresses, NumActiveNonDefaultVPortMacAddresses);
        NdisField.WriteUInt32(destination, Field.NumActiveDefaultVPortVlanIds, NumActiveDefaultVPortVlanIds);
        NdisField.WriteUInt32(destination, Field.NumActiveNonDefaultVPortVlanIds, NumActiveNonDefaultVPortVlanIds);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var malformed = false;
        var value = new NdisNicSwitchInfo(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchType), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadCountedString(source, Field.SwitchFriendlyName, ref malformed), NdisField.ReadUInt32(source, Field.NumVFs), NdisField.ReadUInt32(source, Field.NumAllocatedVFs), NdisField.ReadUInt32(source, Field.NumVPorts), NdisField.ReadUInt32(source, Field.NumActiveVPorts)) { Header = NdisObjectHeader.ReadFrom(source), NumQueuePairsForDefaultVPort = NdisField.ReadUInt32(source, Field.NumQueuePairsForDefaultVPort), NumQueuePairsForNonDefaultVPorts = NdisField.ReadUInt32(source, Field.NumQueuePairsForNonDefaultVPorts), NumActiveDefaultVPortMacAddresses = NdisField.ReadUInt32(source, Field.NumActiveDefaultVPortMacAddresses), NumActiveNonDefaultVPortMacAddresses = NdisField.ReadUInt32(source, Field.NumActiveNonDefaultVPortMacAddresses), NumActiveDefaultVPortVlanIds = NdisField.ReadUInt32(source, Field.NumActiveDefaultVPortVlanIds), NumActiveNonDefaultVPortVlanIds = NdisField.ReadUInt32(source, Field.NumActiveNonDefaultVPortVlanIds) };
        return value with { HasMalformedString = malformed };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_INFO</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, SwitchType)</c>.</summary>
        public const int SwitchType = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, SwitchId)</c>.</summary>
        public const int SwitchId = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, SwitchFriendlyName)</c>.</summary>
        public const int SwitchFriendlyName = 16;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumVFs)</c>.</summary>
        public const int NumVFs = 532;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumAllocatedVFs)</c>.</summary>
        public const int NumAllocatedVFs = 536;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumVPorts)</c>.</summary>
        public const int NumVPorts = 540;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumActiveVPorts)</c>.</summary>
        public const int NumActiveVPorts = 544;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumQueuePairsForDefaultVPort)</c>.</summary>
        public const int NumQueuePairsForDefaultVPort = 548;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumQueuePairsForNonDefaultVPorts)</c>.</summary>
        public const int NumQueuePairsForNonDefaultVPorts = 552;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumActiveDefaultVPortMacAddresses)</c>.</summary>
        public const int NumActiveDefaultVPortMacAddresses = 556;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumActiveNonDefaultVPortMacAddresses)</c>.</summary>
        public const int NumActiveNonDefaultVPortMacAddresses = 560;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumActiveDefaultVPortVlanIds)</c>.</summary>
        public const int NumActiveDefaultVPortVlanIds = 564;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_INFO, NumActiveNonDefaultVPortVlanIds)</c>.</summary>
        public const int NumActiveNonDefaultVPortVlanIds = 568;
    }
}
