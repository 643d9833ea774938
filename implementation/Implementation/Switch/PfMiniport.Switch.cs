namespace SriovVerification.Implementation;

/// <content>The NIC switch OIDs and the enumerations.</content>
public sealed partial class PfMiniport
{
    private OidResult CreateSwitch(OidRequest request)
    {
        var status = Parse<NdisNicSwitchParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"SwitchId={p.SwitchId} NumVFs={p.NumVFs}";
        if (switchExists)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (p.SwitchId != NdisConstants.DefaultSwitchId || p.SwitchType != NdisConstants.NicSwitchTypeExternal)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var totalVfs = (uint)pfConfigSpace.TotalVfs;
        var tooMany = options.Has(DefectCatalog.NumVfsAboveTotalVfs) ? p.NumVFs - 1 > totalVfs : p.NumVFs > totalVfs;
        if (p.NumVFs < 1 || tooMany || options.DefaultVPortQueuePairs > options.MaxNumQueuePairs)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        // NumVFs first, then the offset and stride it implies, then VF Enable.
        pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, (int)p.NumVFs);
        var firstVfOffset = pfConfigSpace.FirstVfOffset;
        var vfStride = pfConfigSpace.VfStride;
        pfConfigSpace.WriteWord(PciRegisters.SriovControl, PciRegisters.SriovControlVfEnable | PciRegisters.SriovControlVfMemorySpaceEnable);
        if (!pfConfigSpace.VfEnable)
        {
            pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, 0);
            return Complete(request, NdisStatus.Failure);
        }

        var count = pfConfigSpace.NumVfs;
        vfConfigSpaces.Enable(count);
        vfs.Clear();
        for (var k = 0; k < count; k++)
        {
            vfs.Add(new VirtualFunction(k, ComputeRid(k, firstVfOffset, vfStride), options.ConfigBlocks));
        }

        switchExists = true;
        switchId = (int)p.SwitchId;
        switchNumVfs = count;
        vports.Clear();
        filters.Clear();
        vports.Add(0, new VPort(0, VPort.AttachedToPf, activated: true, options.DefaultVPortQueuePairs));
        queuePairsInUse = options.DefaultVPortQueuePairs;
        p.WriteTo(request.InformationBuffer);
        return Complete(request, NdisStatus.Success, NdisNicSwitchParameters.SizeBytes);
    }

    /// <summary>The RID of VF <paramref name="k"/>: PF RID + First VF Offset + VF Stride · k, in 16 bits (bus &lt;&lt; 8 | devfn).</summary>
    private int ComputeRid(int k, int firstVfOffset, int vfStride)
    {
        if (options.Has(DefectCatalog.RidWithoutBusCarry))
        {
            var bus = options.PfRid >> 8;
            var devfn = (options.PfRid & 0xFF) + firstVfOffset + (vfStride * k);
            return (bus << 8) | (devfn & 0xFF);
        }

        return (options.PfRid + firstVfOffset + (vfStride * k)) & 0xFFFF;
    }

    private OidResult DeleteSwitch(OidRequest request)
    {
        var status = Parse<NdisNicSwitchDeleteSwitchParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"SwitchId={p.SwitchId}";
        if (!switchExists || p.SwitchId != (uint)switchId)
        {
            return Complete(request, NdisStatus.FileNotFound);
        }

        if (!options.Has(DefectCatalog.DeleteSwitchWithVfs) && vfs.Any(v => v.IsAllocated))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (vports.Keys.Any(id => id != 0) || filters.Count > 0)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        vports.Clear();
        vfs.Clear();
        vfConfigSpaces.Disable();
        queuePairsInUse = 0;
        switchExists = false;
        switchNumVfs = 0;
        pfConfigSpace.WriteWord(PciRegisters.SriovControl, 0);
        pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, 0);
        return Complete(request, NdisStatus.Success);
    }

    private OidResult EnumerateSwitches(OidRequest request)
    {
        var entries = new List<NdisNicSwitchInfo>();
        if (switchExists)
        {
            entries.Add(new NdisNicSwitchInfo(
                0,
                NdisConstants.NicSwitchTypeExternal,
                (uint)switchId,
                (uint)switchNumVfs,
                (uint)vfs.Count(v => v.IsAllocated),
                (uint)vports.Count,
                (uint)vports.Values.Count(p => p.Activated)));
        }

        return WriteArray(request, entries, NdisNicSwitchInfo.SizeBytes, (e, span) => e.WriteTo(span));
    }

    private OidResult EnumerateVfs(OidRequest request)
    {
        var entries = vfs.Where(v => v.IsAllocated).Select(v => new NdisNicSwitchVfInfo(
            0, (uint)switchId, v.OwnerVmName, v.MacAddress, v.MacAddress, (uint)v.VlanId, (uint)v.VfId, (uint)v.Rid)).ToList();
        return WriteArray(request, entries, NdisNicSwitchVfInfo.SizeBytes, (e, span) => e.WriteTo(span));
    }

    private OidResult EnumerateVPorts(OidRequest request)
    {
        var entries = vports.Values.Select(p => new NdisNicSwitchVPortInfo(
            0,
            (uint)switchId,
            (uint)p.VPortId,
            p.IsOnPf ? NdisConstants.PfFunctionId : (uint)p.AttachedVfId,
            (uint)p.QueuePairs,
            p.Activated ? NdisConstants.VPortStateActivated : NdisConstants.VPortStateDeactivated,
            (uint)filters.Values.Count(f => f.VPortId == p.VPortId))).ToList();
        return WriteArray(request, entries, NdisNicSwitchVPortInfo.SizeBytes, (e, span) => e.WriteTo(span));
    }

    private OidResult EnumerateFilters(OidRequest request)
    {
        var entries = filters.Values.Select(f => new NdisReceiveFilterInfo(
            0, NdisConstants.ReceiveFilterTypeVmQueue, (uint)f.FilterId, (uint)f.VPortId, NdisConstants.DefaultReceiveQueueId, f.MacAddress, (uint)f.VlanId)).ToList();
        return WriteArray(request, entries, NdisReceiveFilterInfo.SizeBytes, (e, span) => e.WriteTo(span));
    }

    private static OidResult WriteArray<T>(OidRequest request, List<T> entries, int elementSizeBytes, Action<T, Span<byte>> write)
    {
        var needed = NdisInfoArray.SizeBytes + (entries.Count * elementSizeBytes);
        if (request.InformationBufferLength < needed)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: needed);
        }

        var buffer = request.InformationBuffer.AsSpan();
        new NdisInfoArray(0, NdisInfoArray.SizeBytes, (uint)entries.Count, (uint)elementSizeBytes).WriteTo(buffer);
        for (var i = 0; i < entries.Count; i++)
        {
            write(entries[i], buffer.Slice(NdisInfoArray.SizeBytes + (i * elementSizeBytes), elementSizeBytes));
        }

        return Complete(request, NdisStatus.Success, needed);
    }
}
