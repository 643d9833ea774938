// The command vocabulary: the closed union of protocol steps, their actors and data paths.
namespace SriovVerification.Model;

/// <summary>A VM's data path (spec section 3).</summary>
public enum DataPath
{
    /// <summary>NetVSC over VMBus through the Hyper-V extensible switch (the default VPort).</summary>
    Synthetic,
    /// <summary>The VF data path: frames go between the guest's VF miniport and the NIC switch directly.</summary>
    Vf,
}

/// <summary>What an enumeration OID lists.</summary>
public enum EnumerationKind
{
    /// <summary><c>OID_NIC_SWITCH_ENUM_SWITCHES</c>.</summary>
    Switches,
    /// <summary><c>OID_NIC_SWITCH_ENUM_VFS</c>.</summary>
    Vfs,
    /// <summary><c>OID_NIC_SWITCH_ENUM_VPORTS</c>.</summary>
    VPorts,
    /// <summary><c>OID_RECEIVE_FILTER_ENUM_FILTERS</c>.</summary>
    Filters,
}

/// <summary>Who performs a command: the column "actor" of a trace line.</summary>
public enum Actor
{
    /// <summary>NDIS on behalf of the management OS: an OID request to the PF miniport.</summary>
    Pf,
    /// <summary>The host virtualization stack (VMMS, VPCI VSP, the extensible switch).</summary>
    Host,
    /// <summary>The guest of a VM (NetVSC, the VF miniport, PnP).</summary>
    Guest,
    /// <summary>The physical port: frames arriving from the network.</summary>
    Wire,
}

/// <summary>
/// One step of the protocol: an OID request to a PF miniport, a host-stack or guest event, or a frame.
/// A closed union; the model's <c>Apply</c> switches over it in one place, and so does the harness's driver.
/// Ids are small integers: hosts, VMs, VFIds, VPortIds and FilterIds as NDIS assigns them, MACs by index
/// (<see cref="ModelConfig.MacAddress"/>).
/// </summary>
public abstract partial record Command
{
    private protected Command()
    {
    }

    /// <summary>Who performs it (its kind's <see cref="CommandDescriptor.Actor"/>).</summary>
    public Actor Actor => CommandDescriptors.Of(this).Actor;

    // ---------------------------------------------------------------- OID requests to the PF miniport

    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c> on <paramref name="Host"/>'s adapter.</summary>
    /// <param name="Host">The host whose PF receives the request.</param>
    /// <param name="NumVfs">NumVFs requested (<c>NDIS_NIC_SWITCH_PARAMETERS.NumVFs</c>).</param>
    /// <param name="SwitchId">Requested SwitchId; only <c>NDIS_DEFAULT_SWITCH_ID</c> (0) is valid.</param>
    /// <param name="External">Whether the type is <c>NdisNicSwitchTypeExternal</c> (the only valid type).</param>
    public sealed record CreateSwitch(int Host, int NumVfs, int SwitchId = 0, bool External = true) : Command;

    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    public sealed record DeleteSwitch(int Host, int SwitchId = 0) : Command;

    /// <summary>
    /// <c>OID_NIC_SWITCH_ALLOCATE_VF</c> for <paramref name="Vm"/>. With <paramref name="ValidInputIds"/> false the
    /// request carries a VFId / RequestorId other than <c>NDIS_INVALID_VF_FUNCTION_ID</c> / <c>NDIS_INVALID_RID</c>.
    /// </summary>
    public sealed record AllocateVf(int Host, int Vm, bool ValidInputIds = true) : Command;

    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c>.</summary>
    public sealed record FreeVf(int Host, int VfId) : Command;

    /// <summary>
    /// <c>OID_NIC_SWITCH_CREATE_VPORT</c> attached to VF <paramref name="AttachedVfId"/>, or to the PF when it is
    /// <see cref="PfFunctionId"/>, with <paramref name="QueuePairs"/> queue pairs.
    /// </summary>
    public sealed record CreateVPort(int Host, int AttachedVfId, int QueuePairs) : Command
    {
        /// <summary><c>NDIS_PF_FUNCTION_ID</c> in this vocabulary.</summary>
        public const int PfFunctionId = -1;
    }

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> (set) with the state-change flag: the new VPort state.</summary>
    public sealed record SetVPortState(int Host, int VPortId, bool Activated) : Command;

    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c>.</summary>
    public sealed record DeleteVPort(int Host, int VPortId) : Command;

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_SET_FILTER</c> on <paramref name="VPortId"/>, issued by the virtualization stack: a
    /// destination-MAC equality test unless <paramref name="MacIndex"/> is <see cref="NoMac"/>, and a VLAN id equality
    /// test unless <paramref name="Vlan"/> is 0. The fields are ANDed: MAC+VLAN (MAC and VLAN id equal), MAC-only (MAC
    /// equal, frame untagged or VID 0), VLAN-only (VLAN id equal, any destination MAC); with neither test the request
    /// carries no field test and is refused. <paramref name="ValidFilterType"/> false sends a filter type other than
    /// <c>NdisReceiveFilterTypeVMQueue</c> or a test other than equality.
    /// </summary>
    public sealed record SetFilter(int Host, int VPortId, int MacIndex, int Vlan, bool ValidFilterType = true) : Command
    {
        /// <summary>The <see cref="MacIndex"/> of a filter without a MAC test (VLAN-only, or no test at all).</summary>
        public const int NoMac = -1;
    }

    /// <summary><c>OID_RECEIVE_FILTER_CLEAR_FILTER</c>.</summary>
    public sealed record ClearFilter(int Host, int FilterId) : Command;

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> asked by a client of the host's management path that is not the
    /// virtualization stack (a management application): the host stack refuses it for a VM network adapter's filter.
    /// </summary>
    public sealed record ClientClearFilter(int Host, int FilterId) : Command;

    /// <summary><c>OID_RECEIVE_FILTER_MOVE_FILTER</c>.</summary>
    public sealed record MoveFilter(int Host, int FilterId, int SourceVPortId, int DestinationVPortId) : Command;

    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_SPACE</c>: read <paramref name="Length"/> bytes at <paramref name="Offset"/>
    /// into the caller's buffer of <paramref name="BufferLength"/> bytes at <paramref name="BufferOffset"/>.</summary>
    public sealed record ReadVfConfigSpace(int Host, int VfId, int Offset, int Length, int BufferOffset, int BufferLength) : Command;

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_SPACE</c>: write the low <paramref name="Length"/> bytes of
    /// <paramref name="Value"/> (little endian) at <paramref name="Offset"/>.</summary>
    public sealed record WriteVfConfigSpace(int Host, int VfId, int Offset, int Length, int BufferOffset, int BufferLength, uint Value) : Command;

    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_BLOCK</c> of <paramref name="Length"/> bytes of block <paramref name="BlockId"/>.</summary>
    public sealed record ReadVfConfigBlock(int Host, int VfId, int BlockId, int Length) : Command;

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_BLOCK</c>: fill the first <paramref name="Length"/> bytes of block
    /// <paramref name="BlockId"/> with <paramref name="Value"/>.</summary>
    public sealed record WriteVfConfigBlock(int Host, int VfId, int BlockId, int Length, byte Value) : Command;

    /// <summary><c>NdisMInvalidateConfigBlock(VFId, mask)</c> by the PF miniport: post an invalidation.</summary>
    public sealed record InvalidateConfigBlock(int Host, int VfId, ulong Mask) : Command;

    /// <summary><c>OID_SRIOV_RESET_VF</c>: Function Level Reset of one VF.</summary>
    public sealed record ResetVf(int Host, int VfId) : Command;

    /// <summary><c>OID_SRIOV_SET_VF_POWER_STATE</c>: D0 (<paramref name="D3"/> false) or D3.</summary>
    public sealed record SetVfPowerState(int Host, int VfId, bool D3) : Command;

    /// <summary>An enumeration OID (<c>OID_NIC_SWITCH_ENUM_*</c>, <c>OID_RECEIVE_FILTER_ENUM_FILTERS</c>).</summary>
    public sealed record Enumerate(int Host, EnumerationKind Kind) : Command;

    // ---------------------------------------------------------------- host virtualization stack

    /// <summary>The VM's network adapter connects to its host's switch: the stack sets its MAC+VLAN filter on the default VPort.</summary>
    public sealed record VmConnect(int Vm) : Command;

    /// <summary>The VM's network adapter disconnects: the stack clears its filter (only while the VM has no VF).</summary>
    public sealed record VmDisconnect(int Vm) : Command;

    /// <summary>
    /// The stack attaches a VF to the VM (VF initialization steps 1–4 of spec section 3): ALLOCATE_VF, CREATE_VPORT on
    /// it, under <see cref="FilterMovePolicy.HostDriven"/> MOVE_FILTER of the VM's filter to that VPort, then the VPCI
    /// offer. All or nothing: a refused step rolls the earlier ones back.
    /// </summary>
    public sealed record HostAttachVf(int Vm, int QueuePairs = 1) : Command;

    /// <summary>The stack moves the VM's filter (MOVE_FILTER) to its VF's VPort (<see cref="DataPath.Vf"/>) or back to the default VPort.</summary>
    public sealed record MoveVmFilter(int Vm, DataPath Target) : Command;

    /// <summary>The VPCI VSP offers the VM's VF (which has a VPort) to the guest over VMBus.</summary>
    public sealed record OfferVf(int Vm) : Command;

    /// <summary>The stack asks the guest to remove the VF network adapter gracefully; the removal time-out starts.</summary>
    public sealed record RequestVfRemoval(int Vm) : Command;

    /// <summary>
    /// The removal time-out expires (virtual time advances by <see cref="ModelConfig.RemovalTimeoutTicks"/>) before the
    /// guest halted the VF miniport: the VF is surprise removed (<c>NdisDevicePnPEventSurpriseRemoved</c>, then halt),
    /// the VM is on the synthetic path, and the stack moves the VM's filter back to the default VPort.
    /// </summary>
    public sealed record RemovalTimeout(int Vm) : Command;

    /// <summary>
    /// The stack detaches the VM's VF once the guest is off it (teardown steps 2–5): MOVE_FILTER back to the default
    /// VPort, CLEAR_FILTER of any other filter on the VF's VPort, DELETE_VPORT, RESET_VF, FREE_VF.
    /// </summary>
    public sealed record HostDetachVf(int Vm) : Command;

    /// <summary>Live migration starts: the VM (which must have no VF) pauses on its host; its filter there is cleared.</summary>
    public sealed record LiveMigrationStart(int Vm, int DestinationHost) : Command;

    /// <summary>The migrating VM resumes on the destination host on the synthetic path (connected there when it has a switch).</summary>
    public sealed record LiveMigrationResume(int Vm) : Command;

    // ---------------------------------------------------------------- guest events

    /// <summary>PnP loads the VF miniport in the guest, which initializes (config space through the PF OIDs).</summary>
    public sealed record GuestInitializeVf(int Vm) : Command;

    /// <summary>NDIS binds NetVSC to the VF miniport.</summary>
    public sealed record GuestBindNetVsc(int Vm) : Command;

    /// <summary>
    /// <paramref name="Vm"/>'s VF is surprise removed (<c>NdisDevicePnPEventSurpriseRemoved</c>) with no graceful removal
    /// before it, at any moment: not yet offered, offered, initialized, bound, or during a graceful removal.
    /// </summary>
    public sealed record SurpriseRemoveVf(int Vm) : Command;

    /// <summary>
    /// NDIS in <paramref name="Vm"/>'s guest binds a protocol (NetVSC, or <paramref name="NetVsc"/> false: another one) to
    /// the VF miniport (<paramref name="ToVfMiniport"/>) or to the PF miniport. Only NetVSC to the VF miniport is a binding
    /// (<see cref="GuestBindNetVsc"/>); spec sections 1 and 9.4 refuse every other one.
    /// </summary>
    public sealed record GuestBindProtocol(int Vm, bool NetVsc, bool ToVfMiniport) : Command;

    /// <summary>NetVSC switches the VM's data path (to the VF only once the VF path is fully set up).</summary>
    public sealed record GuestSwitchDataPath(int Vm, DataPath Target) : Command;

    /// <summary>During a graceful removal: the VF miniport is paused.</summary>
    public sealed record GuestPauseVf(int Vm) : Command;

    /// <summary>During a graceful removal: NetVSC unbinds from the paused VF miniport.</summary>
    public sealed record GuestUnbindNetVsc(int Vm) : Command;

    /// <summary>The VF miniport halts and the VF device leaves the guest (end of a graceful or surprise removal).</summary>
    public sealed record GuestHaltVf(int Vm) : Command;

    /// <summary>The VF miniport receives <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with the pending mask and re-reads those blocks.</summary>
    public sealed record GuestHandleInvalidation(int Vm) : Command;

    // ---------------------------------------------------------------- frames

    /// <summary>A unicast frame arrives at <paramref name="Host"/>'s physical port for MAC <paramref name="MacIndex"/>, VLAN <paramref name="Vlan"/>.</summary>
    public sealed record ReceiveFrame(int Host, int MacIndex, int Vlan) : Command;

    /// <summary>
    /// The guest of <paramref name="Vm"/> sends a unicast frame; with <paramref name="SpoofSource"/> its source MAC is not
    /// its own. <paramref name="StampVPortId"/> is the VPortId NetVSC stamped the send with (-1: the VPort of its current
    /// data path). A stamp that is not the VPort of the VM's current VF data path (a deleted VPort, for a send stamped
    /// before a teardown) sends the frame through the default VPort. <paramref name="SourceMacIndex"/> names the source MAC
    /// (a MAC index: another VM's MAC, or the foreign one); -1, the default, is the VM's own MAC, or the foreign MAC with
    /// <paramref name="SpoofSource"/>. A named source and <paramref name="SpoofSource"/> together are refused.
    /// </summary>
    public sealed record GuestSendFrame(
        int Vm, int MacIndex, int Vlan, bool SpoofSource = false, int StampVPortId = GuestSendFrame.CurrentPathStamp, int SourceMacIndex = GuestSendFrame.OwnSource) : Command
    {
        /// <summary>The stamp value meaning "the VPort of the current data path".</summary>
        public const int CurrentPathStamp = -1;

        /// <summary>The source value meaning "not named": the VM's own MAC, or the foreign one with <see cref="SpoofSource"/>.</summary>
        public const int OwnSource = -1;

        /// <summary>Whether the frame's source MAC is not the sending VM's own.</summary>
        public bool Spoofed => SpoofSource || (SourceMacIndex >= 0 && SourceMacIndex != ModelConfig.MacIndexOf(Vm));
    }
}
