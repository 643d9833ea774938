// Defects room: the defects of spec section 6 the emulated adapter can carry, by stable name.

namespace SriovVerification.Implementation.Defects;

/// <summary>The defects of spec section 6 the emulated adapter can carry, by stable name.</summary>
public static class DefectCatalog
{
    /// <summary>FREE_VF does not check for a VPort on the VF.</summary>
    public const string FreeVfWithVPort = "free-vf-with-vport";
    /// <summary>DELETE_VPORT does not check for filters on the VPort.</summary>
    public const string DeleteVPortWithFilters = "delete-vport-with-filters";
    /// <summary>DELETE_VPORT does not refuse the default VPort.</summary>
    public const string DeleteDefaultVPort = "delete-default-vport";
    /// <summary>MOVE_FILTER is clear-then-set, and a failed set is swallowed.</summary>
    public const string MoveFilterClearThenSet = "move-filter-clear-then-set";
    /// <summary>CREATE_VPORT does not check whether the VF already has a VPort.</summary>
    public const string SecondVPortPerVf = "second-vport-per-vf";
    /// <summary>RESET_VF's FLR request never reaches the hardware.</summary>
    public const string ResetVfNoop = "reset-vf-noop";
    /// <summary>The RID is computed without a carry into the bus number.</summary>
    public const string RidWithoutBusCarry = "rid-without-bus-carry";
    /// <summary>NumVFs one above TotalVFs is accepted.</summary>
    public const string NumVfsAboveTotalVfs = "numvfs-above-totalvfs";
    /// <summary>Config-space accesses are not bounds-checked.</summary>
    public const string ConfigSpaceNoBoundsCheck = "config-space-no-bounds-check";
    /// <summary>A posted invalidation mask overwrites the pending one.</summary>
    public const string InvalidationMaskOverwrite = "invalidation-mask-overwrite";
    /// <summary>NetVSC switches to the VF data path as soon as it binds.</summary>
    public const string GuestSendsBeforeVfReady = "guest-sends-before-vf-ready";
    /// <summary>The surprise-removal path leaves the VM's filter on the VF's VPort.</summary>
    public const string SurpriseRemovalSkipsFilterMove = "surprise-removal-skips-filter-move";
    /// <summary>DELETE_SWITCH does not check for allocated VFs.</summary>
    public const string DeleteSwitchWithVfs = "delete-switch-with-vfs";
    /// <summary>DELETE_VPORT does not return the VPort's queue pairs.</summary>
    public const string VPortQueuePairsLeak = "vport-queue-pairs-leak";
    /// <summary>FREE_VF does not scrub the previous tenant's MAC, NIC name and config blocks.</summary>
    public const string VfReuseWithoutScrub = "vf-reuse-without-scrub";
    /// <summary>The VF does not check the source MAC of frames it sends (anti-spoofing off).</summary>
    public const string NoAntiSpoofing = "no-anti-spoofing";

    /// <summary>A send stamped with a VPortId that no longer exists is dropped instead of going out through the default VPort.</summary>
    public const string SendStampOfDeletedVPortDropped = "send-stamp-of-deleted-vport-dropped";

    /// <summary>The VF miniport's bind handler lets any protocol bind, not only NetVSC.</summary>
    public const string VfMiniportBindsAnyProtocol = "vf-miniport-binds-any-protocol";

    /// <summary>A surprise removal the stack did not request is not recovered: the VM stays on the VF path and VF VPort.</summary>
    public const string UnrequestedSurpriseRemovalNotRecovered = "unrequested-surprise-removal-not-recovered";

    /// <summary>FREE_VF of a VF surprise removed since its allocation fails forever: the VF can never be freed.</summary>
    public const string SurpriseRemovedVfNeverFreed = "surprise-removed-vf-never-freed";

    /// <summary>MOVE_FILTER programs the destination's hardware entry and leaves the source's: the filter is on two VPorts.</summary>
    public const string MoveFilterLeavesSourceEntry = "move-filter-leaves-source-entry";

    /// <summary>A send on the VF data path that the NIC switch hairpins to the default VPort is lost without a trace.</summary>
    public const string VfHairpinSendLost = "vf-hairpin-send-lost";

    /// <summary>The VF miniport is handed only the lowest block of the invalidation mask the PF reports delivered.</summary>
    public const string VfMiniportGetsLowestBlockOnly = "vf-miniport-gets-lowest-block-only";

    /// <summary>A short information buffer completes with INVALID_LENGTH but BytesNeeded left 0.</summary>
    public const string BytesNeededNotSet = "bytes-needed-not-set";

    /// <summary>The PF miniport's request handler keeps answering OIDs after it was halted.</summary>
    public const string OidReachesHaltedPf = "oid-reaches-halted-pf";

    /// <summary>After a PF reset the host stack leaves its VMs on the VF data path.</summary>
    public const string PfResetLeavesVfPath = "pf-reset-leaves-vf-path";

    /// <summary>CREATE_SWITCH reads First VF Offset and VF Stride before it writes NumVFs.</summary>
    public const string RoutingReadBeforeNumVfs = "routing-read-before-num-vfs";

    /// <summary>RESET_VF's FLR leaves the MSI Enable bit of the VF's MSI capability set.</summary>
    public const string FlrLeavesMsiEnabled = "flr-leaves-msi-enabled";

    /// <summary>The VF's anti-spoofing check counts a spoofed frame on the VF programmed with the forged source MAC.</summary>
    public const string SpoofCountedOnWrongVf = "spoof-counted-on-wrong-vf";

    /// <summary>OID_NIC_SWITCH_VPORT_PARAMETERS writes LookaheadSize without FLAGS_CHANGED.</summary>
    public const string VPortLookaheadWrittenUnflagged = "vport-lookahead-written-unflagged";

    /// <summary>The NIC switch matches a MAC+VLAN receive filter when either of its fields matches (ORed, not ANDed).</summary>
    public const string FilterFieldsOred = "filter-fields-ored";

    /// <summary>The NIC switch matches a frame against the first filter of each VPort only (filters of a VPort not ORed).</summary>
    public const string OnlyFirstFilterPerVPort = "only-first-filter-per-vport";

    /// <summary>A send keeps the VPort NetVSC stamped it with, even after that VPort was deleted.</summary>
    public const string SendStampedWithStaleVPort = "send-stamped-with-stale-vport";
    /// <summary>MOVE_FILTER publishes the filter off its source before it is on its destination.</summary>
    public const string MoveFilterVisibleHalfDone = "move-filter-visible-half-done";
    /// <summary>A guest-driven data-path switch interrupted by a removal request is dropped without undoing its filter move.</summary>
    public const string SwitchDataPathCompletionDropped = "switch-datapath-completion-dropped";

    /// <summary>CREATE_VPORT trusts the Length of the VPortName counted string instead of bounding it by its array.</summary>
    public const string CountedStringLengthUnchecked = "counted-string-length-unchecked";

    /// <summary>OID_SRIOV_RESET_VF throws an <see cref="IOException"/> out of the PF miniport (a crash seam, not a protocol defect).</summary>
    public const string SeamResetVfThrows = "seam-reset-vf-throws";

    /// <summary>Reading the VFs back after a FREE_VF trips the adapter's own assertion (a crash seam in the read-back, not a protocol defect).</summary>
    public const string SeamReadBackAsserts = "seam-read-back-asserts";

    /// <summary>
    /// The crash seams: each makes the adapter throw (or trip its own <see cref="AdapterInvariantException"/>) at a chosen
    /// command or read-back, so that every command that runs the adapter can be shown to report a crash of the system
    /// under test as a finding (exit 1) with a counterexample. Not in the catalogue sweeps. Numbered from 901.
    /// </summary>
    public static IReadOnlyList<Defect> Seams { get; } =
    [
        new(901, SeamResetVfThrows, "OID_SRIOV_RESET_VF throws System.IO.IOException inside the PF miniport's request handler (the host stack's teardown issues it too)"),
        new(902, SeamReadBackAsserts, "reading back the VFs of a host whose PF miniport completed an OID_NIC_SWITCH_FREE_VF trips the adapter's assertion seam-read-back"),
    ];

    /// <summary>
    /// The hardening defects: each breaks the miniport's handling of a malformed buffer, so the OID fuzzer (and its CsCheck
    /// search, <c>OidFuzzSearch</c>) catches it rather than a protocol sequence. Numbered from 101.
    /// </summary>
    public static IReadOnlyList<Defect> Hardening { get; } =
    [
        new(101, CountedStringLengthUnchecked, "OID_NIC_SWITCH_CREATE_VPORT reads VPortName for the counted string's Length bytes, unbounded by its 257-WCHAR array: a hostile Length reads past the structure and the buffer"),
    ];

    /// <summary>The race defects: each needs a concurrent interleaving to show (numbers after the spec's catalogue).</summary>
    public static IReadOnlyList<Defect> Races { get; } =
    [
        new(17, SendStampedWithStaleVPort, "NetVSC stamps a send with its VF's VPort, a teardown deletes that VPort, and the NIC switch still transmits the send on it instead of through the default VPort"),
        new(18, MoveFilterVisibleHalfDone, "OID_RECEIVE_FILTER_MOVE_FILTER publishes the switch table with the filter removed from the source before adding it to the destination: a concurrent receive sees the filter on no VPort"),
        new(19, SwitchDataPathCompletionDropped, "a removal requested while a guest-driven switch to the VF path is in flight drops the switch's completion without moving the filter back: the VM's filter stays on the VF's VPort while the guest pauses the VF"),
    ];

    /// <summary>Every defect, in the spec's order.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        new(1, FreeVfWithVPort, "OID_NIC_SWITCH_FREE_VF succeeds while a VPort is still attached to the VF"),
        new(2, DeleteVPortWithFilters, "OID_NIC_SWITCH_DELETE_VPORT succeeds with filters on the VPort, which stay in the switch and black-hole frames"),
        new(3, DeleteDefaultVPort, "OID_NIC_SWITCH_DELETE_VPORT accepts the default VPort id"),
        new(4, MoveFilterClearThenSet, "OID_RECEIVE_FILTER_MOVE_FILTER clears the source then re-inserts on the destination; a transient re-insert failure is swallowed and the filter is lost"),
        new(5, SecondVPortPerVf, "OID_NIC_SWITCH_CREATE_VPORT allows a second nondefault VPort on the same VF"),
        new(6, ResetVfNoop, "OID_SRIOV_RESET_VF writes Initiate FLR through the masked config-space path, so nothing is reset"),
        new(7, RidWithoutBusCarry, "the VF RID is computed as bus and devfn separately, dropping the carry into the bus number"),
        new(8, NumVfsAboveTotalVfs, "OID_NIC_SWITCH_CREATE_SWITCH accepts NumVFs = TotalVFs + 1 (off by one) and the capability does not refuse it"),
        new(9, ConfigSpaceNoBoundsCheck, "VF config-space reads and writes skip the Offset + Length and BufferOffset + Length checks and spill into the next function"),
        new(10, InvalidationMaskOverwrite, "NdisMInvalidateConfigBlock overwrites the pending mask instead of ORing: an invalidation is lost"),
        new(11, GuestSendsBeforeVfReady, "NetVSC switches to the VF data path when it binds, before the VF path is set up"),
        new(12, SurpriseRemovalSkipsFilterMove, "after the removal time-out the host stack does not move the VM's filter back to the default VPort"),
        new(13, DeleteSwitchWithVfs, "OID_NIC_SWITCH_DELETE_SWITCH proceeds while VFs are still allocated"),
        new(14, VPortQueuePairsLeak, "OID_NIC_SWITCH_DELETE_VPORT does not return the VPort's queue pairs"),
        new(15, VfReuseWithoutScrub, "OID_NIC_SWITCH_FREE_VF leaves the previous tenant's MAC, VM network adapter name, config blocks and pending invalidations in the slot"),
        new(16, NoAntiSpoofing, "a VF sends with any source MAC: anti-spoofing is not enforced on the VF data path, so a guest can impersonate another VM"),
        new(20, SendStampOfDeletedVPortDropped, "a send stamped with the VPortId of a VPort deleted since (spec DELETE_VPORT) is dropped by the NIC switch instead of going out through the default VPort"),
        new(21, VfMiniportBindsAnyProtocol, "the VF miniport's bind handler does not check the protocol: a protocol other than NetVSC binds to the VF miniport (spec section 1)"),
        new(22, UnrequestedSurpriseRemovalNotRecovered, "a surprise removal with no graceful removal requested before it (no time-out running) is not recovered by the host stack: the VM stays on the VF path with its filter on the removed VF's VPort"),
        new(23, SurpriseRemovedVfNeverFreed, "OID_NIC_SWITCH_FREE_VF of a VF surprise removed since it was allocated fails with NDIS_STATUS_FAILURE every time (the miniport waits for the removed VF's DMA): the VF can never be freed, so neither can the switch be deleted"),
        new(24, MoveFilterLeavesSourceEntry, "OID_RECEIVE_FILTER_MOVE_FILTER programs the filter's entry on the destination VPort and leaves its entry on the source in the switch table: the filter is on two VPorts and the switch routes by the first (spec INV-09)"),
        new(25, VfHairpinSendLost, "a send on the VF data path that the NIC switch resolves to the default VPort (a synthetic VM or the host on the same switch) is completed to NetVSC as sent but never reaches the extensible switch: no delivery, no drop, nothing logged"),
        new(26, VfMiniportGetsLowestBlockOnly, "the PF reports the whole pending invalidation mask delivered, but the OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK it hands the VF miniport carries only the mask's lowest block: the VF miniport never re-reads the other blocks (spec INV-20)"),
        new(31, BytesNeededNotSet, "an OID whose information buffer is shorter than its structure completes with NDIS_STATUS_INVALID_LENGTH but leaves BytesNeeded 0: the caller cannot size its retry (spec section 2)"),
        new(32, OidReachesHaltedPf, "the PF miniport keeps answering SR-IOV OIDs after its halt began: a request after PF halt reaches the hardware instead of being refused (spec section 3, PF halt)"),
        new(33, PfResetLeavesVfPath, "after a PF reset (VF Enable and NumVFs cleared, every VF gone) the host stack does not move its VMs to the synthetic path: they stay on a VF data path that no longer exists (spec section 4)"),
        new(34, RoutingReadBeforeNumVfs, "OID_NIC_SWITCH_CREATE_SWITCH reads First VF Offset and VF Stride before it writes NumVFs, so the VF RIDs come from the offset and stride of the previous NumVFs (spec section 4)"),
        new(35, FlrLeavesMsiEnabled, "OID_SRIOV_RESET_VF's function-level reset restores the VF's config space but puts back the MSI Enable bit it had: after the FLR the VF still signals MSI (spec RESET_VF: MSI/MSI-X off)"),
        new(36, SpoofCountedOnWrongVf, "a VF frame carrying another VM's MAC as its source is dropped, but the spoof is counted on the VF programmed with the forged MAC (the victim's), or on none when no VF has it, instead of on the sending VF"),
        new(37, VPortLookaheadWrittenUnflagged, "OID_NIC_SWITCH_VPORT_PARAMETERS applies the buffer's LookaheadSize whatever the change flags: a request that changes only the name (or nothing) overwrites the VPort's lookahead split size"),
        new(38, FilterFieldsOred, "the NIC switch ORs the fields of a receive filter instead of ANDing them: a MAC+VLAN filter takes every frame to its MAC on any VLAN and every frame on its VLAN to any MAC (spec section 1, Receive filter; INV-12)"),
        new(39, OnlyFirstFilterPerVPort, "the NIC switch has one match slot per VPort and tests a frame against the first filter set on each VPort only: the filters of a VPort are not ORed, and a frame matching a later one goes to the default VPort (spec section 1, Receive filter)"),
    ];

    /// <summary>The defect named <paramref name="name"/> (spec catalogue or race defect), or null.</summary>
    public static Defect? Find(string name) =>
        All.Concat(Races).Concat(Hardening).Concat(Seams).FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
