// NDIS room: NDIS_RECEIVE_FILTER_FIELD_PARAMETERS.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>NDIS_RECEIVE_FILTER_FIELD_PARAMETERS</c>: one test of a receive filter. Layout of the public header (x64): <see cref="SizeBytes"/> bytes, field offsets in <see cref="Field"/>.</summary>
/// <param name="Flags"><see cref="NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero"/> on a MAC test of a filter without a VLAN test.</param>
/// <param name="FrameHeader"><see cref="NdisConstants.FrameHeaderMac"/>.</param>
/// <param name="ReceiveFilterTest"><see cref="NdisConstants.ReceiveFilterTestEqual"/> is the only valid test.</param>
/// <param name="HeaderField"><see cref="NdisConstants.MacHeaderFieldDestinationAddress"/> or <see cref="NdisConstants.MacHeaderFieldVlanId"/>.</param>
/// <param name="FieldValue">The 16-byte value union: the MAC address in <c>FieldByteArrayValue[0..5]</c>, or the VLAN id in <c>FieldShortValue</c>.</param>
/// <param name="ResultValue">The 16-byte result union (not used by equality tests).</param>
public readonly record struct NdisReceiveFilterFieldParameters(uint Flags, uint FrameHeader, uint ReceiveFilterTest, uint HeaderField, UInt128 FieldValue, UInt128 ResultValue) : INdisStructure<NdisReceiveFilterFieldParameters>
{
    /// <summary>The structure's name in the header.</summary>
    public const string NdisName = "NDIS_RECEIVE_FILTER_FIELD_PARAMETERS";

    /// <summary><c>sizeof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS)</c>.</summary>
    public const int SizeBytes = 56;

    /// <summary>The revision this adapter implements and fills on output (<c>NDIS_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_2</c>).</summary>
    public const byte Revision = 2;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_2</c>: the size of <see cref="Revision"/>.</summary>
    public const int RevisionSizeBytes = 56;

    /// <summary>The lowest revision the miniport accepts (<c>NDIS_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_1</c>).</summary>
    public const byte MinimumRevision = 1;

    /// <summary><c>NDIS_SIZEOF_RECEIVE_FILTER_FIELD_PARAMETERS_REVISION_1</c>: the smallest <c>Header.Size</c> the miniport accepts.</summary>
    public const int MinimumSizeBytes = 56;

    /// <summary>The object header; the default is the revision this adapter implements.</summary>
    public NdisObjectHeader Header { get; init; } = new(NdisObjectHeader.ObjectTypeDefault, Revision, RevisionSizeBytes);

    /// <summary>A destination-MAC equality test; <paramref name="untaggedOrZero"/> also requires an untagged or VID 0 frame.</summary>
    public static NdisReceiveFilterFieldParameters DestinationAddress(MacAddress mac, bool untaggedOrZero)
    {
        Span<byte> octets = stackalloc byte[16];
        mac.WriteTo(octets);
        return new(untaggedOrZero ? NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero : 0, NdisConstants.FrameHeaderMac,
            NdisConstants.ReceiveFilterTestEqual, NdisConstants.MacHeaderFieldDestinationAddress, NdisField.ReadUInt128(octets, 0), 0);
    }

    /// <summary>A VLAN id equality test (<c>FieldShortValue</c>).</summary>
    public static NdisReceiveFilterFieldParameters VlanId(int vlan) =>
        new(0, NdisConstants.FrameHeaderMac, NdisConstants.ReceiveFilterTestEqual, NdisConstants.MacHeaderFieldVlanId, unchecked((ushort)vlan), 0);

    /// <summary>The MAC address in <c>FieldByteArrayValue[0..5]</c>.</summary>
    public MacAddress MacValue
    {
        get
        {
            Span<byte> octets = stackalloc byte[16];
            NdisField.WriteUInt128(octets, 0, FieldValue);
            return MacAddress.ReadFrom(octets);
        }
    }

    /// <summary>The VLAN id in <c>FieldShortValue</c>; -1 when other bytes of the value are set.</summary>
    public int VlanValue => FieldValue > ushort.MaxValue ? -1 : (int)FieldValue;

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
        NdisField.WriteUInt32(destination, Field.FrameHeader, FrameHeader);
        NdisField.WriteUInt32(destination, Field.ReceiveFilterTest, ReceiveFilterTest);
        NdisField.WriteUInt32(destination, Field.HeaderField, HeaderField);
        NdisField.WriteUInt128(destination, Field.FieldValue, FieldValue);
        NdisField.WriteUInt128(destination, Field.ResultValue, ResultValue);
    }

    /// <inheritdoc/>
    public static NdisReceiveFilterFieldParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        return new NdisReceiveFilterFieldParameters(NdisField.ReadUInt32(source, Field.Flags), NdisField.ReadUInt32(source, Field.FrameHeader), NdisField.ReadUInt32(source, Field.ReceiveFilterTest), NdisField.ReadUInt32(source, Field.HeaderField), NdisField.ReadUInt128(source, Field.FieldValue), NdisField.ReadUInt128(source, Field.ResultValue)) { Header = NdisObjectHeader.ReadFrom(source) };
    }

    /// <summary>Byte offsets of the fields of <c>NDIS_RECEIVE_FILTER_FIELD_PARAMETERS</c> (x64), as <c>offsetof</c> gives them.</summary>
#pragma warning disable CA1034 // the offsets are grouped under the structure they describe
    public static class Field
#pragma warning restore CA1034
    {
        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, Header)</c>.</summary>
        public const int Header = 0;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, Flags)</c>.</summary>
        public const int Flags = 4;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, FrameHeader)</c>.</summary>
        public const int FrameHeader = 8;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, ReceiveFilterTest)</c>.</summary>
        public const int ReceiveFilterTest = 12;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, HeaderField)</c>.</summary>
        public const int HeaderField = 16;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, FieldValue)</c>.</summary>
        public const int FieldValue = 24;

        /// <summary><c>offsetof(NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, ResultValue)</c>.</summary>
        public const int ResultValue = 40;
    }
}
