// Switch room: the NIC switch OIDs and the enumerations.
using SriovVerification.Implementation.Pci;

namespace SriovVerification.Implementation.Switch;

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

        if (p.SwitchId != NdisConstants.DefaultSwitchId || p.SwitchType != NdisConstants.NicSwitchTypeExternal || p.HasMalformedString)
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
        int firstVfOffset, vfStride;
        if (options.Has(DefectCatalog.RoutingReadBeforeNumVfs))
        {
            (firstVfOffset, vfStride) = pfConfigSpace.ReadRouting();
            pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, (int)p.NumVFs);
        }
        else
        {
            pfConfigSpace.WriteWord(PciRegisters.SriovNumVfs, (int)p.NumVFs);
            (firstVfOffset, vfStride) = pfConfigSpace.ReadRouting();
        }

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
        leftoverRoutes.Clear();
        vports.Add(0, new VPort(0, VPort.AttachedToPf, activated: true, options.DefaultVPortQueuePairs) { Incarnation = ++nextIncarnation });
        queuePairsInUse = options.DefaultVPortQueuePairs;
        return Complete(request, NdisStatus.Success, WriteOutput(request, p));
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
            var nondefault = vports.Values.Where(p => p.VPortId != 0).ToList();
            var onDefault = filters.Values.Where(f => f.VPortId == 0).ToList();
            var onOthers = filters.Values.Where(f => f.VPortId != 0).ToList();
            entries.Add(new NdisNicSwitchInfo(
                0,
                NdisConstants.NicSwitchTypeExternal,
                (uint)switchId,
                "",
                (uint)switchNumVfs,
                (uint)vfs.Count(v => v.IsAllocated),
                (uint)vports.Count,
                (uint)vports.Values.Count(p => p.Activated))
            {
                NumQueuePairsForDefaultVPort = vports.TryGetValue(0, out var defaultVPort) ? (uint)defaultVPort.QueuePairs : 0,
                NumQueuePairsForNonDefaultVPorts = (uint)nondefault.Sum(p => p.QueuePairs),
                NumActiveDefaultVPortMacAddresses = (uint)onDefault.Where(f => f.MacAddress is not null).Select(f => f.MacAddress).Distinct().Count(),
                NumActiveNonDefaultVPortMacAddresses = (uint)onOthers.Where(f => f.MacAddress is not null).Select(f => f.MacAddress).Distinct().Count(),
                NumActiveDefaultVPortVlanIds = (uint)onDefault.Where(f => f.VlanId != 0).Select(f => f.VlanId).Distinct().Count(),
                NumActiveNonDefaultVPortVlanIds = (uint)onOthers.Where(f => f.VlanId != 0).Select(f => f.VlanId).Distinct().Count(),
            });
        }

        return WriteEnumeration(request, new NdisNicSwitchInfoArray(0, 0, 0), entries, (a, first, count, size) => a with { FirstElementOffset = first, NumElements = count, ElementSize = size });
    }

    private OidResult EnumerateVfs(OidRequest request)
    {
        var status = Parse<NdisNicSwitchVfInfoArray>(request, out var input, out var bytesNeeded);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: bytesNeeded);
        }

        var onSwitch = (input.Flags & NdisConstants.VfInfoArrayEnumOnSpecificSwitch) == 0 || input.SwitchId == (uint)switchId;
        var entries = vfs.Where(v => v.IsAllocated && onSwitch).Select(v => new NdisNicSwitchVfInfo(
            0, (uint)switchId, v.OwnerVmName, v.OwnerVmName, v.NicName, v.MacAddress, v.MacAddress, (ushort)v.VfId, (uint)v.Rid)).ToList();
        return WriteEnumeration(request, input, entries, (a, first, count, size) => a with { FirstElementOffset = first, NumElements = count, ElementSize = size });
    }

    private OidResult EnumerateVPorts(OidRequest request)
    {
        var status = Parse<NdisNicSwitchVPortInfoArray>(request, out var input, out var bytesNeeded);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: bytesNeeded);
        }

        var bySwitch = (input.Flags & NdisConstants.VPortInfoArrayEnumOnSpecificSwitch) != 0;
        var byFunction = (input.Flags & NdisConstants.VPortInfoArrayEnumOnSpecificFunction) != 0;
        var entries = vports.Values
            .Where(p => (!bySwitch || input.SwitchId == (uint)switchId) && (!byFunction || FunctionIdOf(p) == input.AttachedFunctionId))
            .Select(p => new NdisNicSwitchVPortInfo(
                (uint)p.VPortId,
                p.LookaheadSplit ? NdisConstants.VPortInfoLookaheadSplitEnabled : 0,
                (uint)switchId,
                p.Name,
                FunctionIdOf(p),
                (uint)p.QueuePairs,
                p.InterruptModeration,
                p.Activated ? NdisConstants.VPortStateActivated : NdisConstants.VPortStateDeactivated,
                p.ProcessorAffinity,
                p.LookaheadSize,
                (uint)filters.Values.Count(f => f.VPortId == p.VPortId))).ToList();
        return WriteEnumeration(request, input, entries, (a, first, count, size) => a with { FirstElementOffset = first, NumElements = count, ElementSize = size });
    }

    private static ushort FunctionIdOf(VPort p) => p.IsOnPf ? NdisConstants.PfFunctionId : (ushort)p.AttachedVfId;

    private OidResult EnumerateFilters(OidRequest request)
    {
        var status = Parse<NdisReceiveFilterInfoArray>(request, out var input, out var bytesNeeded);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: bytesNeeded);
        }

        var byVPort = (input.Flags & NdisConstants.ReceiveFilterInfoArrayVPortIdSpecified) != 0;
        if (input.QueueId != NdisConstants.DefaultReceiveQueueId || (byVPort && !vports.ContainsKey((int)Math.Min(input.VPortId, int.MaxValue))))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var entries = filters.Values.Where(f => !byVPort || f.VPortId == (int)input.VPortId)
            .Select(f => new NdisReceiveFilterInfo(0, NdisConstants.ReceiveFilterTypeVmQueue, (uint)f.FilterId)).ToList();
        return WriteEnumeration(request, input, entries, (a, first, count, size) => a with { FirstElementOffset = first, NumElements = count, ElementSize = size });
    }

    private OidResult QuerySriovCapabilities(OidRequest request)
    {
        if (request.InformationBufferLength < NdisSriovCapabilities.RevisionSizeBytes)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: NdisSriovCapabilities.RevisionSizeBytes);
        }

        var written = WriteOutput(request, new NdisSriovCapabilities(0, NdisConstants.SriovCapsSriovSupported | NdisConstants.SriovCapsPfMiniport));
        return Complete(request, NdisStatus.Success, written);
    }

    /// <summary>
    /// Completes an enumeration: INVALID_LENGTH with BytesNeeded when the array header and the elements do not fit, else
    /// the header (the revision implemented, its layout filled in by <paramref name="withLayout"/>) and the elements after it.
    /// </summary>
    private OidResult WriteEnumeration<TArray, TElement>(OidRequest request, TArray array, List<TElement> entries, Func<TArray, uint, uint, uint, TArray> withLayout)
        where TArray : struct, INdisStructure<TArray>
        where TElement : struct, INdisStructure<TElement>
    {
        var first = TArray.ImplementedRevisionSizeBytes;
        var needed = first + (entries.Count * TElement.StructureSizeBytes);
        if (request.InformationBufferLength < needed)
        {
            return Complete(request, NdisStatus.InvalidLength, bytesNeeded: needed);
        }

        WriteOutput(request, withLayout(array, (uint)first, (uint)entries.Count, (uint)TElement.StructureSizeBytes));
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].WriteTo(request.InformationBuffer.AsSpan(first + (i * TElement.StructureSizeBytes), TElement.StructureSizeBytes));
        }

        return Complete(request, NdisStatus.Success, needed);
    }
}
