// Guest room: the guests of the VMs as the protocol steps drive them; this part is the VF miniport's lifecycle (initialize, pause, halt, invalidation).
using SriovVerification.Implementation.Host;
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Guest;

/// <summary>
/// The guests of the VMs: NetVSC and the VF miniport in each, as PnP, NDIS and the VF's driver drive them. Each event
/// finds the VM's VF as its guest sees it, checks the guest's preconditions and changes the VF device through the PF
/// miniport's interface; refusals are INVALID_DEVICE_REQUEST with the guest's reason.
/// </summary>
internal sealed partial class Guests(Fabric fabric)
{
    /// <summary>The VM, its host and its VF, when the VM runs (not migrating) and has a VF.</summary>
    private (VirtualMachine Vm, HostStack Host, VirtualFunction Vf)? GuestVf(int vm)
    {
        if (fabric.Vm(vm) is not { } v || v.Migrating || fabric.Hosts[v.Host].VfOf(v) is not { } vf)
        {
            return null;
        }

        return (v, fabric.Hosts[v.Host], vf);
    }

    /// <summary>PnP loads the VF miniport, which initializes: Bus Master and MSI-X enabled through the config-space OIDs, receive DMA started.</summary>
    public AdapterResult GuestInitializeVf(int vm)
    {
        if (GuestVf(vm) is not var (_, host, vf)
            || !(vf.Device == VfDeviceState.Offered || (vf.Device is VfDeviceState.Initialized or VfDeviceState.Bound && !vf.DmaActive)))
        {
            return Fabric.InvalidDeviceRequest("VF device not offered, nor reset (FLR) since its VF miniport initialized it");
        }

        SetConfigBits(host, vf.VfId, PciRegisters.Command, PciRegisters.CommandBusMaster);
        SetConfigBits(host, vf.VfId, PciRegisters.MsixMessageControl, PciRegisters.MsixEnable);

        // DMA first, then the device state: a receive that reads the device without a lock never sees an initialized VF
        // that looks reset.
        host.Miniport.SetDmaActive(vf, true);
        if (vf.Device == VfDeviceState.Offered)
        {
            host.Miniport.SetDevice(vf, VfDeviceState.Initialized);
        }
        return AdapterResult.Ok;
    }

    /// <summary>Read-modify-write of a 16-bit VF register through the PF's config-space OIDs (the VPCI path).</summary>
    private static void SetConfigBits(HostStack host, int vfId, int offset, int bits)
    {
        var read = host.Miniport.Request(NdisRequests.VfConfigSpace(write: false, vfId, offset, 2, 0, 2));
        var current = read.IsSuccess
            ? read.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes] | (read.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes + 1] << 8)
            : 0;
        host.Miniport.Request(NdisRequests.VfConfigSpace(write: true, vfId, offset, 2, 0, 2, (uint)(current | bits)));
    }

    /// <summary>During a graceful removal the VF miniport is paused (Initialized goes straight to Unbound).</summary>
    public AdapterResult GuestPauseVf(int vm)
    {
        if (GuestVf(vm) is not var (v, host, vf) || vf.RemovalDeadlineTicks is null
            || vf.Device is not (VfDeviceState.Initialized or VfDeviceState.Bound) || v.Guest.DataPath != DataPath.Synthetic)
        {
            return Fabric.InvalidDeviceRequest("no removal pending, VF miniport not running, or VM on the VF path");
        }

        // Pause completes once the receives already routed to the VF are indicated.
        host.Miniport.DrainReaders();
        host.Miniport.SetDevice(vf, vf.Device == VfDeviceState.Bound ? VfDeviceState.Paused : VfDeviceState.Unbound);
        return AdapterResult.Ok;
    }

    /// <summary>The VF miniport halts and the VF device leaves the guest; DMA stops (pending interrupts stay until FLR).</summary>
    public AdapterResult GuestHaltVf(int vm)
    {
        if (GuestVf(vm) is not var (_, host, vf) || vf.Device is not (VfDeviceState.Unbound or VfDeviceState.SurpriseRemoved))
        {
            return Fabric.InvalidDeviceRequest("VF miniport not unbound or surprise removed");
        }

        // Halt completes once the receives already routed to the VF are done.
        host.Miniport.DrainReaders();
        vf.RemovalDeadlineTicks = null;
        host.Miniport.SetDmaActive(vf, false);
        host.Miniport.SetDevice(vf, VfDeviceState.Absent);
        return AdapterResult.Ok;
    }

    /// <summary>The VF miniport receives <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with the whole pending mask. Data: <see cref="AdapterData.InvalidationDelivered"/>.</summary>
    public AdapterResult GuestHandleInvalidation(int vm)
    {
        if (GuestVf(vm) is not var (v, host, vf)
            || vf.Device is not (VfDeviceState.Initialized or VfDeviceState.Bound or VfDeviceState.Paused or VfDeviceState.Unbound)
            || vf.PendingInvalidation == 0)
        {
            return Fabric.InvalidDeviceRequest("VF miniport not loaded, or nothing pending");
        }

        var mask = host.Miniport.TakePendingInvalidation(vf);
        var handed = fabric.Options.Adapter.Has(DefectCatalog.VfMiniportGetsLowestBlockOnly) ? mask & (~mask + 1) : mask;
        var result = v.Guest.VfMiniport.Request(NdisRequests.InvalidateConfigBlock(handed));
        return result.IsSuccess
            ? AdapterResult.With(new AdapterData.InvalidationDelivered(mask))
            : AdapterResult.Refused(result.Status, "VF miniport refused the invalidation");
    }
}
