namespace SriovVerification.Implementation;

/// <summary><c>NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS</c>: the input of OID_SRIOV_SET_VF_POWER_STATE. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="VFId">The VF.</param>
/// <param name="PowerState"><see cref="NdisConstants.DeviceStateD0"/> or <see cref="NdisConstants.DeviceStateD3"/>.</param>
/// <param name="WakeEnable">Wake enabled (1) or not (0).</param>
public readonly record struct NdisSriovSetVfPowerStateParameters(uint VFId, uint PowerState, uint WakeEnable) : INdisStructure<NdisSriovSetVfPowerStateParameters>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 16;

    /// <summary>The object header; the default is the one the miniport expects.</summary>
    public NdisObjectHeader Header { get; init; } = NdisObjectHeader.For(SizeBytes);

    /// <inheritdoc/>
    public static int StructureSizeBytes => SizeBytes;

    /// <inheritdoc/>
    public void WriteTo(Span<byte> destination)
    {
        var writer = new NdisWriter(destination);
        Header.WriteTo(ref writer);
        writer.UInt32(VFId);
        writer.UInt32(PowerState);
        writer.UInt32(WakeEnable);
    }

    /// <inheritdoc/>
    public static NdisSriovSetVfPowerStateParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisSriovSetVfPowerStateParameters(reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
