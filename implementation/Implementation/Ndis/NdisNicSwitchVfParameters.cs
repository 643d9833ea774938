namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_VF_PARAMETERS</c>: the input and output of OID_NIC_SWITCH_ALLOCATE_VF. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Flags (none defined).</param>
/// <param name="SwitchId">The switch the VF is allocated on.</param>
/// <param name="VMName">The name of the VM the VF is allocated for.</param>
/// <param name="PermanentMacAddress">The VF's permanent MAC address.</param>
/// <param name="CurrentMacAddress">The VF's current MAC address (the VM network adapter's).</param>
/// <param name="VlanId">The VLAN id of the VM network adapter (0: untagged).</param>
/// <param name="VFId">In: <see cref="NdisConstants.InvalidVfFunctionId"/>; out: the VFId assigned.</param>
/// <param name="RequestorId">In: <see cref="NdisConstants.InvalidRid"/>; out: the VF's RID.</param>
public readonly record struct NdisNicSwitchVfParameters(uint Flags, uint SwitchId, string VMName, MacAddress PermanentMacAddress, MacAddress CurrentMacAddress, uint VlanId, uint VFId, uint RequestorId) : INdisStructure<NdisNicSwitchVfParameters>
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
    public static NdisNicSwitchVfParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchVfParameters(reader.UInt32(), reader.UInt32(), reader.Name(NameCharCount), reader.Mac(), reader.Mac(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
