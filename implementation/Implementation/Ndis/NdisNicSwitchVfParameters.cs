// NDIS room: NDIS_NIC_SWITCH_VF_PARAMETERS.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_NIC_SWITCH_VF_PARAMETERS</c>: the input and output of OID_NIC_SWITCH_ALLOCATE_VF. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch the VF is allocated on.</param>
/// <param name="VMName">The name of the VM the VF is allocated for.</param>
/// <param name="VMFriendlyName">The VM's friendly name.</param>
/// <param name="NicName">The name of the VM network adapter.</param>
/// <param name="PermanentMacAddress">The VF's permanent MAC address.</param>
/// <param name="CurrentMacAddress">The VF's current MAC address (the VM network adapter's).</param>
/// <param name="VFId">In: <see cref="NdisConstants.InvalidVfFunctionId"/>; out: the VFId assigned.</param>
/// <param name="RequestorId">In: <see cref="NdisConstants.InvalidRid"/>; out: the VF's RID.</param>
public readonly record struct NdisNicSwitchVfParameters(uint Flags, uint SwitchId, string VMName, string VMFriendlyName, string NicName, MacAddress PermanentMacAddress, MacAddress CurrentMacAddress, ushort VFId, uint RequestorId) : INdisStructure<NdisNicSwitchVfParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_NIC_SWITCH_VF_PARAMETERS";

    /// <summary><c>sizeof(NDIS_NIC_SWITCH_VF_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 1632;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_NIC_SWITCH_VF_PARAMETERS_REVISION_1</c>).</summary>
    public const byte Revision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VF_PARAMETERS_REVISION_1</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 1632;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_NIC_SWITCH_VF_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_NIC_SWITCH_VF_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 1632;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <summary>The bytes of each address array that hold the address (6 for Ethernet; at most 32).</summary>
    public ushort MacAddressLength { get; init; } = MacAddress.SizeBytes;

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
        NdisField.WriteCountedString(destination, Field.VMName, VMName);
        NdisField.WriteCountedString(destination, Field.VMFriendlyName, VMFriendlyName);
        NdisField.WriteCountedString(destination, Field.NicName, NicName);
        NdisField.WriteMacArray(destination, Field.PermanentMacAddress, PermanentMacAddress);
        NdisField.WriteMacArray(destination, Field.CurrentMacAddress, CurrentMacAddress);
        NdisField.WriteUInt16(destination, Field.VFId, VFId);
        NdisField.WriteUInt32(destination, Field.RequestorId, RequestorId);
        NdisField.WriteUInt16(destination, Field.MacAddressLength, MacAddressLength);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVfParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var malformed = false;
        var value = new NdisNicSwitchVfParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.SwitchId), NdisField.ReadCountedString(source, Field.VMName, ref malformed), NdisField.ReadCountedString(source, Field.VMFriendlyName, ref malformed), NdisField.ReadCountedString(source, Field.NicName, ref malformed), NdisField.ReadMacArray(source, Field.PermanentMacAddress), NdisField.ReadMacArray(source, Field.CurrentMacAddress), NdisField.ReadUInt16(source, Field.VFId), NdisField.ReadUInt32(source, Field.RequestorId)) { Header = NdisObjectHeader.ReadFrom(source), MacAddressLength = NdisField.ReadUInt16(source, Field.MacAddressLength) };
        return value with { HasMalformedString = malformed };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_NIC_SWITCH_VF_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, SwitchId)</c>.</summary>
        public const int SwitchId = 8;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, VMName)</c>.</summary>
        public const int VMName = 12;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, VMFriendlyName)</c>.</summary>
        public const int VMFriendlyName = 528;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, NicName)</c>.</summary>
        public const int NicName = 1044;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, PermanentMacAddress)</c>.</summary>
        public const int PermanentMacAddress = 1562;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, CurrentMacAddress)</c>.</summary>
        public const int CurrentMacAddress = 1594;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, VFId)</c>.</summary>
        public const int VFId = 1626;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, RequestorId)</c>.</summary>
        public const int RequestorId = 1628;

        /// <summary><c>offsetof(NDIS_NIC_SWITCH_VF_PARAMETERS, MacAddressLength)</c>.</summary>
        public const int MacAddressLength = 1560;
    }
}
