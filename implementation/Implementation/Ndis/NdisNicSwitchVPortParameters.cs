namespace SriovVerification.Implementation;

/// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMETERS</c>: the input and output of OID_NIC_SWITCH_CREATE_VPORT and the input of OID_NIC_SWITCH_VPORT_PARAMETERS. Fixed little-endian layout of <see cref="SizeBytes"/> bytes, <see cref="NdisObjectHeader"/> first.</summary>
/// <param name="Flags">Which fields change (<see cref="NdisConstants.VPortParametersStateChanged"/>).</param>
/// <param name="SwitchId">The switch.</param>
/// <param name="VPortId">Out of CREATE_VPORT: the VPortId assigned; in for VPORT_PARAMETERS.</param>
/// <param name="AttachedFunctionId">A VFId, or <see cref="NdisConstants.PfFunctionId"/>.</param>
/// <param name="NumQueuePairs">Queue pairs of the VPort.</param>
/// <param name="VPortState"><see cref="NdisConstants.VPortStateActivated"/> or <see cref="NdisConstants.VPortStateDeactivated"/>.</param>
public readonly record struct NdisNicSwitchVPortParameters(uint Flags, uint SwitchId, uint VPortId, uint AttachedFunctionId, uint NumQueuePairs, uint VPortState) : INdisStructure<NdisNicSwitchVPortParameters>
{
    /// <summary>Size of the structure in bytes.</summary>
    public const int SizeBytes = 28;

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
        writer.UInt32(VPortId);
        writer.UInt32(AttachedFunctionId);
        writer.UInt32(NumQueuePairs);
        writer.UInt32(VPortState);
    }

    /// <inheritdoc/>
    public static NdisNicSwitchVPortParameters ReadFrom(ReadOnlySpan<byte> source)
    {
        var reader = new NdisReader(source);
        var header = NdisObjectHeader.ReadFrom(ref reader);
        return new NdisNicSwitchVPortParameters(reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32(), reader.UInt32()) { Header = header };
    }
}
