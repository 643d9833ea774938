namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_VF_INFO</c>: one element of OID_NIC_SWITCH_ENUM_VFS. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="VMName">The VM the VF is allocated to.</param>
/// <param name="PermanentMacAddress">Permanent MAC address.</param>
/// <param name="CurrentMacAddress">Current MAC address.</param>
/// <param name="VlanId">VLAN id.</param>
/// <param name="VFId">The VFId.</param>
/// <param name="RequestorId">The RID.</param>
public readonly record struct NdisNicSwitchVfInfo(uint Flags, uint SwitchId, string VMName, MacAddress PermanentMacAddress, MacAddress CurrentMacAddress, uint VlanId, uint VFId, uint RequestorId) : INdisStructure<NdisNicSwitchVfInfo>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 104;

    /// <summary>Characters of a name field (UTF-16, zero padded).</summary>
    public const int NameCharCount = 32;

    /// <summary>The object header; the default is the one the miniport expects.</summary>
    public NdisObjectHeader Header { get; init; } = NdisObjectHeader.For(SizeBytes);

    /// <inheritdoc/>
    public static int StructureSizeBytes => SizeBytes;

    /// <inheritdoc/>
    public void WriteTo(Span<byte> destination)
    {
        var writer = new NdisWriter(destination);
        Header.WriteTo(ref writer);
        writer.UInt32(Flags);
        writer.UInt32(SwitchId);
        writer.Name(VMName, NameCharCount);
        writer.Mac(PermanentMacAddress);
        writer.Mac(CurrentMacAddress);
        writer.UInt32(VlanId);
        writer.UInt32(VFId);
        writer.UInt32(RequestorId);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVfInfo ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchVfInfo(reader.UInt32(), reader.UInt32(), reader.Name(NameCharCount), reader.Mac(), reader.Mac(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
