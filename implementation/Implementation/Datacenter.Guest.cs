// The datacenter's seam for guest events: each one runs in the guest room under the state lock with the structural checks.

namespace SriovVerification.Implementation;

/// <content>Guest events: the VF miniport and NetVSC, each a step of the guest room under the state lock.</content>
public sealed partial class Datacenter
{
    /// <summary>PnP loads the VF miniport, which initializes: Bus Master and MSI-X enabled through the config-space OIDs, receive DMA started.</summary>
    public AdapterResult GuestInitializeVf(int vm) => GuestStep(() => guests.GuestInitializeVf(vm));

    /// <summary>
    /// NDIS in <paramref name="vm"/>'s guest binds protocol <paramref name="protocolName"/> to the VF miniport, or (with
    /// <paramref name="toVfMiniport"/> false) to the PF miniport: NetVSC to the VF miniport is <see cref="GuestBindNetVsc"/>;
    /// the PF miniport is not in the guest, and the VF miniport refuses every other protocol.
    /// </summary>
    public AdapterResult GuestBindProtocol(int vm, string protocolName, bool toVfMiniport) =>
        guests.GuestBindProtocol(vm, protocolName, toVfMiniport) ?? GuestBindNetVsc(vm);

    /// <summary>NDIS binds NetVSC to the VF miniport.</summary>
    public AdapterResult GuestBindNetVsc(int vm) => GuestStep(() => guests.GuestBindNetVsc(vm));

    /// <summary>NetVSC switches the data path; under the guest-driven policy the host moves the VM's filter first.</summary>
    public AdapterResult GuestSwitchDataPath(int vm, DataPath target) => GuestStep(() => guests.GuestSwitchDataPath(vm, target));

    /// <summary>During a graceful removal the VF miniport is paused (Initialized goes straight to Unbound).</summary>
    public AdapterResult GuestPauseVf(int vm) => GuestStep(() => guests.GuestPauseVf(vm));

    /// <summary>NetVSC unbinds from the paused VF miniport.</summary>
    public AdapterResult GuestUnbindNetVsc(int vm) => GuestStep(() => guests.GuestUnbindNetVsc(vm));

    /// <summary>The VF miniport halts and the VF device leaves the guest; DMA stops (pending interrupts stay until FLR).</summary>
    public AdapterResult GuestHaltVf(int vm) => GuestStep(() => guests.GuestHaltVf(vm));

    /// <summary>The VF miniport receives <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with the whole pending mask. Data: <see cref="AdapterData.InvalidationDelivered"/>.</summary>
    public AdapterResult GuestHandleInvalidation(int vm) => GuestStep(() => guests.GuestHandleInvalidation(vm));
}
