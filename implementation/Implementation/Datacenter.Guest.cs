namespace SriovVerification.Implementation;

/// <content>Guest events: the VF miniport and NetVSC.</content>
public sealed partial class Datacenter
{
    private (VirtualMachine Vm, HostStack Host, VirtualFunction Vf)? GuestVf(int vm)
    {
        if (Vm(vm) is not { } v || v.Migrating || hosts[v.Host].VfOf(v) is not { } vf)
        {
            return null;
        }

        return (v, hosts[v.Host], vf);
    }

    /// <summary>PnP loads the VF miniport, which initializes: Bus Master and MSI-X enabled through the config-space OIDs, receive DMA started.</summary>
    public AdapterResult GuestInitializeVf(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (_, host, vf)
            || !(vf.Device == VfDeviceState.Offered || (vf.Device is VfDeviceState.Initialized or VfDeviceState.Bound && !vf.DmaActive)))
        {
            return InvalidDeviceRequest("VF device not offered, nor reset (FLR) since its VF miniport initialized it");
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
    });

    /// <summary>Read-modify-write of a 16-bit VF register through the PF's config-space OIDs (the VPCI path).</summary>
    private static void SetConfigBits(HostStack host, int vfId, int offset, int bits)
    {
        var read = host.Miniport.Request(NdisRequests.VfConfigSpace(write: false, vfId, offset, 2, 0, 2));
        var current = read.IsSuccess
            ? read.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes] | (read.InformationBuffer[NdisSriovReadVfConfigSpaceParameters.SizeBytes + 1] << 8)
            : 0;
        host.Miniport.Request(NdisRequests.VfConfigSpace(write: true, vfId, offset, 2, 0, 2, (uint)(current | bits)));
    }

    /// <summary>
    /// NDIS in <paramref name="vm"/>'s guest binds protocol <paramref name="protocolName"/> to the VF miniport, or (with
    /// <paramref name="toVfMiniport"/> false) to the PF miniport: NetVSC to the VF miniport is <see cref="GuestBindNetVsc"/>;
    /// the PF miniport is not in the guest, and the VF miniport refuses every other protocol.
    /// </summary>
    public AdapterResult GuestBindProtocol(int vm, string protocolName, bool toVfMiniport)
    {
        ArgumentNullException.ThrowIfNull(protocolName);
        if (Vm(vm) is null)
        {
            return InvalidDeviceRequest("no such VM");
        }

        if (!toVfMiniport)
        {
            return InvalidDeviceRequest("binding refused: the PF miniport is not in the guest; NetVSC binds only to the VF miniport");
        }

        var isNetVsc = string.Equals(protocolName, VfMiniport.NetVscProtocolName, StringComparison.Ordinal);
        if (!isNetVsc && GuestVf(vm) is not { Vf.Device: VfDeviceState.Initialized or VfDeviceState.Bound })
        {
            return InvalidDeviceRequest("binding refused: no VF miniport initialized in the guest");
        }

        if (!VfMiniport.AcceptsBinding(protocolName, options.Adapter.Has(DefectCatalog.VfMiniportBindsAnyProtocol)))
        {
            return InvalidDeviceRequest($"binding refused: the VF miniport binds only {VfMiniport.NetVscProtocolName}, not {protocolName}");
        }

        return isNetVsc ? GuestBindNetVsc(vm) : AdapterResult.Ok;
    }

    /// <summary>NDIS binds NetVSC to the VF miniport.</summary>
    public AdapterResult GuestBindNetVsc(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (v, host, vf) || vf.Device != VfDeviceState.Initialized || vf.RemovalDeadlineTicks is not null)
        {
            return InvalidDeviceRequest("VF miniport not initialized, or removal pending");
        }

        host.Miniport.SetDevice(vf, VfDeviceState.Bound);
        if (host.Options.Adapter.Has(DefectCatalog.GuestSendsBeforeVfReady))
        {
            // NetVSC starts transmitting on the VF as soon as it is bound.
            v.Guest.DataPath = DataPath.Vf;
        }

        return AdapterResult.Ok;
    });

    /// <summary>NetVSC switches the data path; under the guest-driven policy the host moves the VM's filter first.</summary>
    public AdapterResult GuestSwitchDataPath(int vm, DataPath target) => GuestStep(() =>
    {
        if (Vm(vm) is not { } v)
        {
            return InvalidDeviceRequest("no such VM");
        }

        var host = hosts[v.Host];
        if (target == DataPath.Synthetic)
        {
            if (v.Guest.DataPath != DataPath.Vf)
            {
                return InvalidDeviceRequest("VM is not on the VF data path");
            }

            if (options.FilterMovePolicy == FilterMovePolicy.GuestDriven)
            {
                host.MoveVmFilterTo(v, (int)NdisConstants.DefaultVPortId);
            }

            v.Guest.DataPath = DataPath.Synthetic;
            DataPathLog.Append(DataPathEventKind.DataPathSwitched, 0, host.HostIndex, v.Index, -1, 0, DataPath.Synthetic);
            return AdapterResult.Ok;
        }

        if (v.Guest.DataPath != DataPath.Synthetic || GuestVf(vm) is not var (_, _, vf) || vf.Device != VfDeviceState.Bound
            || vf.RemovalDeadlineTicks is not null || !host.IsConnected(v) || host.Miniport.VPortOfVf(vf) is not { } vport)
        {
            return InvalidDeviceRequest("VF path not ready");
        }

        if (options.FilterMovePolicy == FilterMovePolicy.HostDriven)
        {
            if (host.FilterIdOf(v) is not int filterId || host.Miniport.FindFilter(filterId)?.VPortId != vport.VPortId)
            {
                return InvalidDeviceRequest("VM's filter is not on the VF's VPort");
            }
        }
        else
        {
            var status = host.MoveVmFilterTo(v, vport.VPortId);
            if (status != NdisStatus.Success)
            {
                return AdapterResult.Refused(status, "MOVE_FILTER to the VF's VPort refused");
            }

            // The host acknowledged the switch; NetVSC completes it in a later step, unless the VF was revoked meanwhile.
            StepBoundary(YieldPoints.SwitchAfterFilterMove);
            if (GuestVf(vm) is not var (_, _, now) || !ReferenceEquals(now, vf) || now.Device != VfDeviceState.Bound
                || now.RemovalDeadlineTicks is not null || v.Guest.DataPath != DataPath.Synthetic)
            {
                if (!options.Adapter.Has(DefectCatalog.SwitchDataPathCompletionDropped)
                    && host.FilterIdOf(v) is int filterId && host.Miniport.FindFilter(filterId)?.VPortId == vport.VPortId)
                {
                    host.MoveVmFilterTo(v, (int)NdisConstants.DefaultVPortId);
                }

                return InvalidDeviceRequest("VF revoked during the data-path switch");
            }
        }

        v.Guest.DataPath = DataPath.Vf;
        DataPathLog.Append(DataPathEventKind.DataPathSwitched, 0, host.HostIndex, v.Index, vport.VPortId, 0, DataPath.Vf);
        return AdapterResult.Ok;
    });

    /// <summary>During a graceful removal the VF miniport is paused (Initialized goes straight to Unbound).</summary>
    public AdapterResult GuestPauseVf(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (v, host, vf) || vf.RemovalDeadlineTicks is null
            || vf.Device is not (VfDeviceState.Initialized or VfDeviceState.Bound) || v.Guest.DataPath != DataPath.Synthetic)
        {
            return InvalidDeviceRequest("no removal pending, VF miniport not running, or VM on the VF path");
        }

        // Pause completes once the receives already routed to the VF are indicated.
        host.Miniport.DrainReaders();
        host.Miniport.SetDevice(vf, vf.Device == VfDeviceState.Bound ? VfDeviceState.Paused : VfDeviceState.Unbound);
        return AdapterResult.Ok;
    });

    /// <summary>NetVSC unbinds from the paused VF miniport.</summary>
    public AdapterResult GuestUnbindNetVsc(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (_, host, vf) || vf.Device != VfDeviceState.Paused)
        {
            return InvalidDeviceRequest("VF miniport not paused");
        }

        host.Miniport.SetDevice(vf, VfDeviceState.Unbound);
        return AdapterResult.Ok;
    });

    /// <summary>The VF miniport halts and the VF device leaves the guest; DMA stops (pending interrupts stay until FLR).</summary>
    public AdapterResult GuestHaltVf(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (_, host, vf) || vf.Device is not (VfDeviceState.Unbound or VfDeviceState.SurpriseRemoved))
        {
            return InvalidDeviceRequest("VF miniport not unbound or surprise removed");
        }

        // Halt completes once the receives already routed to the VF are done.
        host.Miniport.DrainReaders();
        vf.RemovalDeadlineTicks = null;
        host.Miniport.SetDmaActive(vf, false);
        host.Miniport.SetDevice(vf, VfDeviceState.Absent);
        return AdapterResult.Ok;
    });

    /// <summary>The VF miniport receives <c>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK</c> with the whole pending mask. Data: <see cref="AdapterData.InvalidationDelivered"/>.</summary>
    public AdapterResult GuestHandleInvalidation(int vm) => GuestStep(() =>
    {
        if (GuestVf(vm) is not var (v, host, vf)
            || vf.Device is not (VfDeviceState.Initialized or VfDeviceState.Bound or VfDeviceState.Paused or VfDeviceState.Unbound)
            || vf.PendingInvalidation == 0)
        {
            return InvalidDeviceRequest("VF miniport not loaded, or nothing pending");
        }

        var mask = host.Miniport.TakePendingInvalidation(vf);
        var handed = options.Adapter.Has(DefectCatalog.VfMiniportGetsLowestBlockOnly) ? mask & (~mask + 1) : mask;
        var result = v.Guest.VfMiniport.Request(NdisRequests.InvalidateConfigBlock(handed));
        return result.IsSuccess
            ? AdapterResult.With(new AdapterData.InvalidationDelivered(mask))
            : AdapterResult.Refused(result.Status, "VF miniport refused the invalidation");
    });
}
