// The PF's own lifecycle and capability commands, and OID requests with an explicit buffer and header.
namespace SriovVerification.Model;

/// <content>The PF's own lifecycle and capability, and OID requests with an explicit information buffer and header.</content>
public abstract partial record Command
{
    /// <summary>
    /// An OID request of kind <paramref name="Oid"/> whose information buffer and NDIS header the caller states: the
    /// canonical body of <see cref="SriovModel.FramedBody"/> (<paramref name="Id"/> names its object), declared
    /// <paramref name="BufferLength"/> bytes long, its <c>NDIS_OBJECT_HEADER</c> set to <paramref name="HeaderType"/>,
    /// <paramref name="HeaderRevision"/> and <paramref name="HeaderSize"/>. A length below the structure's <c>sizeof</c>
    /// cuts the buffer there; from <c>sizeof</c> on the whole request is sent (the structure and the data after it).
    /// </summary>
    /// <param name="Host">The host whose PF receives the request.</param>
    /// <param name="Oid">Which OID.</param>
    /// <param name="Id">The object of the canonical body: NumVFs, SwitchId, VM, VFId, VPortId or FilterId.</param>
    /// <param name="BufferLength"><c>InformationBufferLength</c>.</param>
    /// <param name="HeaderType"><c>Header.Type</c> (<c>NDIS_OBJECT_TYPE_DEFAULT</c> = 0x80 is the valid one).</param>
    /// <param name="HeaderRevision"><c>Header.Revision</c>.</param>
    /// <param name="HeaderSize"><c>Header.Size</c>.</param>
    public sealed record FramedOid(int Host, FramedOidKind Oid, int Id, int BufferLength, int HeaderType, int HeaderRevision, int HeaderSize) : Command;

    /// <summary>
    /// The PF is halted (spec section 3, PF halt): the virtualization stack takes every guest off its VF (the VM ends on
    /// the synthetic path), clears every filter, deletes the nondefault VPorts, resets and frees the VFs, deletes the
    /// switch (VF Enable cleared, NumVFs = 0), then NDIS halts the PF miniport. From then on no SR-IOV OID reaches it.
    /// </summary>
    public sealed record PfHalt(int Host) : Command;

    /// <summary>NDIS initializes the halted PF miniport again: no switch, VF Enable clear, OIDs reach it again.</summary>
    public sealed record PfInitialize(int Host) : Command;

    /// <summary>
    /// A reset of the PF (spec section 4): VF Enable and NumVFs cleared, every VF vanishes with the switch, its VPorts
    /// and filters; the host stack recovers: its VMs are on the synthetic path, the switch is created again with the
    /// NumVFs it had, and each connected VM's filter is set again on the default VPort (in VM order).
    /// </summary>
    public sealed record PfReset(int Host) : Command;

    /// <summary>
    /// The management OS reads the PF's SR-IOV extended capability (TotalVFs, InitialVFs, NumVFs, VF Enable, VF MSE,
    /// First VF Offset, VF Stride, VF Device ID, System Page Size, VF BAR0–5) and the order of the accesses that enabled
    /// the VFs.
    /// </summary>
    public sealed record ReadSriovCapability(int Host) : Command;

    /// <summary><c>OID_SRIOV_CURRENT_CAPABILITIES</c>: the PF miniport's <c>NDIS_SRIOV_CAPS_*</c> report.</summary>
    public sealed record QuerySriovCapabilities(int Host) : Command;
}
