// The model's immutable state: hosts, their adapters, and VMs.
namespace SriovVerification.Model;

/// <summary>
/// The whole modelled world: every host's adapter and every VM. Immutable, with value equality;
/// the model's <c>Apply</c> maps one to the next. Collections are kept sorted by id so that equal
/// worlds are equal values.
/// </summary>
/// <param name="Hosts">One entry per host (index = host id).</param>
/// <param name="Vms">One entry per VM (index = VM id).</param>
public sealed record ModelState(ValueArray<HostState> Hosts, ValueArray<VmState> Vms);

/// <summary>One host's SR-IOV adapter as the PF miniport and its NIC switch see it.</summary>
/// <param name="Switches">The NIC switches: empty, or the one default switch.</param>
/// <param name="NumVfs">The SR-IOV capability's NumVFs (0 while VF Enable is clear).</param>
/// <param name="VfEnable">The SR-IOV capability's VF Enable bit.</param>
/// <param name="Vfs">The VFs that exist (VFId = index; <see cref="NumVfs"/> of them while the switch exists).</param>
/// <param name="VPorts">Every VPort, the default one included, sorted by VPortId.</param>
/// <param name="Filters">Every receive filter, sorted by FilterId.</param>
public sealed record HostState(
    ValueArray<NicSwitchState> Switches,
    int NumVfs,
    bool VfEnable,
    ValueArray<VfState> Vfs,
    ValueArray<VPortState> VPorts,
    ValueArray<FilterState> Filters)
{
    /// <summary>The PF miniport was halted (spec section 3, PF halt): no SR-IOV OID reaches it until it initializes again.</summary>
    public bool Halted { get; init; }
}

/// <summary>A NIC switch (<c>NDIS_NIC_SWITCH_INFO</c>).</summary>
/// <param name="SwitchId">Its SwitchId (the default switch: 0).</param>
/// <param name="External">Whether its type is <c>NdisNicSwitchTypeExternal</c>.</param>
/// <param name="NumVfs">NumVFs it was created with.</param>
public sealed record NicSwitchState(int SwitchId, bool External, int NumVfs);

/// <summary>Where the VF network adapter stands in the guest that owns the VF.</summary>
public enum VfDeviceState
{
    /// <summary>No VF device in the guest (not offered yet, or removed and halted).</summary>
    Absent,
    /// <summary>Offered by the VPCI VSP; the VF miniport is not initialized yet.</summary>
    Offered,
    /// <summary>The VF miniport is initialized; NetVSC is not bound.</summary>
    Initialized,
    /// <summary>NetVSC is bound to the VF miniport.</summary>
    Bound,
    /// <summary>Graceful removal: the VF miniport is paused, NetVSC still bound.</summary>
    Paused,
    /// <summary>Graceful removal: NetVSC unbound from the paused VF miniport.</summary>
    Unbound,
    /// <summary>Surprise removed after the removal time-out; the halt is pending.</summary>
    SurpriseRemoved,
}

/// <summary>One VF of an adapter.</summary>
/// <param name="VfId">Its zero-based VFId.</param>
/// <param name="OwnerVm">The VM it is allocated to, or -1 when free.</param>
/// <param name="Rid">Its RequestorId while allocated; 0 when free.</param>
/// <param name="Device">The VF device in the owner's guest.</param>
/// <param name="RemovalRequested">A graceful removal was requested and has not completed.</param>
/// <param name="CommandRegister">The VF config space Command register (offset 0x04).</param>
/// <param name="MsixEnabled">The MSI-X Enable bit of the VF's MSI-X capability.</param>
/// <param name="InterruptPending">An interrupt is pending on the VF.</param>
/// <param name="DmaActive">The VF has DMA in flight (receive buffers posted).</param>
/// <param name="PowerD3">The VF is in D3 (set by <c>OID_SRIOV_SET_VF_POWER_STATE</c>).</param>
/// <param name="ConfigBlocks">The fill byte of each config block (index = position in <see cref="ModelConfig.ConfigBlocks"/>; 0 = scrubbed).</param>
/// <param name="PendingInvalidation">OR of the invalidation masks posted and not yet delivered.</param>
public sealed record VfState(
    int VfId,
    int OwnerVm,
    int Rid,
    VfDeviceState Device,
    bool RemovalRequested,
    int CommandRegister,
    bool MsixEnabled,
    bool InterruptPending,
    bool DmaActive,
    bool PowerD3,
    ValueArray<byte> ConfigBlocks,
    ulong PendingInvalidation)
{
    /// <summary>The MSI Enable bit of the VF's MSI capability (Message Control bit 0; cleared by an FLR).</summary>
    public bool MsiEnabled { get; init; }

    /// <summary>
    /// The VF's spoof counter: frames its owner sent on the VF data path with a source MAC not its own, dropped by the VF's
    /// anti-spoofing check; a saturating counter (<see cref="SriovModel.SpoofCounterSaturation"/>), scrubbed by FREE_VF.
    /// </summary>
    public int SpoofedFrames { get; init; }

    /// <summary>Whether the VF is allocated.</summary>
    public bool IsAllocated => OwnerVm >= 0;
}

/// <summary>A VPort of the NIC switch.</summary>
/// <param name="VPortId">Its id (0 = <c>NDIS_DEFAULT_VPORT_ID</c>).</param>
/// <param name="AttachedVfId">The VF it is attached to, or <see cref="Command.CreateVPort.PfFunctionId"/> for the PF.</param>
/// <param name="Activated">Its state: <c>NdisNicSwitchVPortStateActivated</c> or Deactivated.</param>
/// <param name="QueuePairs">Its NumQueuePairs.</param>
public sealed record VPortState(int VPortId, int AttachedVfId, bool Activated, int QueuePairs)
{
    /// <summary>Its <c>VPortName</c>, by index (<see cref="Command.SetVPortParameters.NameOf"/>; 0: empty, as created).</summary>
    public int NameIndex { get; init; }

    /// <summary>Its <c>InterruptModeration</c> (created Adaptive).</summary>
    public int InterruptModeration { get; init; } = Command.SetVPortParameters.ModerationAdaptive;

    /// <summary>Its <c>ProcessorAffinity</c> mask in group 0 (created 0).</summary>
    public int AffinityMask { get; init; }

    /// <summary>Whether <c>NDIS_NIC_SWITCH_VPORT_PARAMS_LOOKAHEAD_SPLIT_ENABLED</c> is set.</summary>
    public bool LookaheadSplit { get; init; }

    /// <summary>Its <c>LookaheadSize</c>.</summary>
    public int LookaheadSize { get; init; }

    /// <summary>Whether it is attached to the PF.</summary>
    public bool IsOnPf => AttachedVfId == Command.CreateVPort.PfFunctionId;
}

/// <summary>A receive filter (VMQueue type, MAC and/or VLAN equality tests, ANDed).</summary>
/// <param name="FilterId">Its adapter-unique, non-zero id.</param>
/// <param name="VPortId">The VPort it is set on.</param>
/// <param name="MacIndex">The destination MAC it tests (index, <see cref="ModelConfig.MacAddress"/>), or <see cref="Command.SetFilter.NoMac"/> for a VLAN-only filter.</param>
/// <param name="Vlan">The VLAN id it tests; 0: no VLAN test (with a MAC test: the frame untagged or VID 0).</param>
/// <param name="OwnerVm">The VM whose network adapter's filter it is, or -1 for one set by another client.</param>
public sealed record FilterState(int FilterId, int VPortId, int MacIndex, int Vlan, int OwnerVm);

/// <summary>A VM (child partition) and its VM network adapter.</summary>
/// <param name="Host">The host it runs on (the source host while it migrates).</param>
/// <param name="Migrating">Paused on the source host by a live migration.</param>
/// <param name="MigrationDestination">The destination host while migrating; -1 otherwise.</param>
/// <param name="DataPath">Its current data path.</param>
/// <param name="Connected">Its network adapter is connected: its filter exists on its host's switch.</param>
public sealed record VmState(int Host, bool Migrating, int MigrationDestination, DataPath DataPath, bool Connected);
