// Switch room: the VPort and receive-filter OIDs.
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation.Switch;

/// <content>The VPort and receive-filter OIDs.</content>
public sealed partial class PfMiniport
{
    private OidResult CreateVPort(OidRequest request)
    {
        var status = Parse<NdisNicSwitchVPortParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        var onPf = p.AttachedFunctionId == NdisConstants.PfFunctionId;
        if (options.Has(DefectCatalog.CountedStringLengthUnchecked))
        {
            p = p with { VPortName = NdisField.ReadCountedStringTrustingLength(request.InformationBuffer, NdisNicSwitchVPortParameters.Field.VPortName), HasMalformedString = false };
        }

        if (p.HasMalformedString)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        logParameters = $"AttachedFunctionId={(onPf ? "PF" : p.AttachedFunctionId.ToString(System.Globalization.CultureInfo.InvariantCulture))} NumQueuePairs={p.NumQueuePairs}";
        if (!switchExists || p.SwitchId != (uint)switchId)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        VirtualFunction? vf = null;
        if (!onPf)
        {
            vf = AllocatedVf(p.AttachedFunctionId);
            if (vf is null)
            {
                return Complete(request, NdisStatus.InvalidParameter);
            }

            if (!options.Has(DefectCatalog.SecondVPortPerVf) && VPortOf(vf) is not null)
            {
                return Complete(request, NdisStatus.InvalidParameter);
            }
        }

        if (p.NumQueuePairs < 1 || p.NumQueuePairs > (uint)options.MaxNumQueuePairsPerNonDefaultVPort)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (vports.Count >= options.MaxNumVPorts || queuePairsInUse + (long)p.NumQueuePairs > options.MaxNumQueuePairs)
        {
            return Complete(request, NdisStatus.Resources);
        }

        var id = SmallestFreeId(vports.Keys, 1);
        var vport = new VPort(id, vf?.VfId ?? VPort.AttachedToPf, activated: vf is not null, (int)p.NumQueuePairs)
        {
            Incarnation = ++nextIncarnation,
            Name = p.VPortName,
            InterruptModeration = p.InterruptModeration,
            ProcessorAffinity = p.ProcessorAffinity,
            LookaheadSize = p.LookaheadSize,
        };
        vports.Add(id, vport);
        queuePairsInUse += vport.QueuePairs;
        logParameters += $" VPortId={id}";
        var state = vport.Activated ? NdisConstants.VPortStateActivated : NdisConstants.VPortStateDeactivated;
        return Complete(request, NdisStatus.Success, WriteOutput(request, p with { VPortId = (uint)id, VPortState = state }));
    }

    private OidResult SetVPortParameters(OidRequest request)
    {
        var status = Parse<NdisNicSwitchVPortParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VPortId={p.VPortId} VPortState={(p.VPortState == NdisConstants.VPortStateActivated ? "Activated" : "Deactivated")}";
        if (!switchExists || p.VPortId > int.MaxValue || !vports.TryGetValue((int)p.VPortId, out var vport))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var changed = p.Flags & NdisConstants.VPortParametersChangeMask;
        const uint known = NdisConstants.VPortParametersFlagsChanged | NdisConstants.VPortParametersNameChanged
            | NdisConstants.VPortParametersInterruptModerationChanged | NdisConstants.VPortParametersStateChanged
            | NdisConstants.VPortParametersProcessorAffinityChanged;
        if ((changed & ~known) != 0 || ((changed & NdisConstants.VPortParametersNameChanged) != 0 && p.HasMalformedString))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var moderationChanged = (changed & NdisConstants.VPortParametersInterruptModerationChanged) != 0;
        if (moderationChanged && p.InterruptModeration is not (0 or NdisConstants.VPortInterruptModerationAdaptive or NdisConstants.VPortInterruptModerationOff
            or NdisConstants.VPortInterruptModerationLow or NdisConstants.VPortInterruptModerationMedium or NdisConstants.VPortInterruptModerationHigh))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        var stateChanged = (changed & NdisConstants.VPortParametersStateChanged) != 0;
        if (stateChanged && (vport.VPortId == 0 || !vport.IsOnPf || vport.Activated || p.VPortState != NdisConstants.VPortStateActivated))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        // Only the flagged fields change.
        vport.Activated |= stateChanged;
        vport.Name = (changed & NdisConstants.VPortParametersNameChanged) != 0 ? p.VPortName : vport.Name;
        vport.InterruptModeration = (changed & NdisConstants.VPortParametersInterruptModerationChanged) != 0 ? p.InterruptModeration : vport.InterruptModeration;
        vport.ProcessorAffinity = (changed & NdisConstants.VPortParametersProcessorAffinityChanged) != 0 ? p.ProcessorAffinity : vport.ProcessorAffinity;
        var flagsChanged = (changed & NdisConstants.VPortParametersFlagsChanged) != 0;
        vport.LookaheadSplit = flagsChanged ? (p.Flags & NdisConstants.VPortParametersLookaheadSplitEnabled) != 0 : vport.LookaheadSplit;
        vport.LookaheadSize = flagsChanged || options.Has(DefectCatalog.VPortLookaheadWrittenUnflagged) ? p.LookaheadSize : vport.LookaheadSize;
        return Complete(request, NdisStatus.Success);
    }

    private OidResult DeleteVPort(OidRequest request)
    {
        var status = Parse<NdisNicSwitchDeleteVPortParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VPortId={p.VPortId}";
        if (p.VPortId == NdisConstants.DefaultVPortId && !options.Has(DefectCatalog.DeleteDefaultVPort))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (!switchExists || p.VPortId > int.MaxValue || !vports.TryGetValue((int)p.VPortId, out var vport))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (!options.Has(DefectCatalog.DeleteVPortWithFilters) && filters.Values.Any(f => f.VPortId == vport.VPortId))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (!vport.IsOnPf && vport.AttachedVfId < vfs.Count && vfs[vport.AttachedVfId].Device != VfDeviceState.Absent)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        vports.Remove(vport.VPortId);
        if (!options.Has(DefectCatalog.VPortQueuePairsLeak))
        {
            queuePairsInUse -= vport.QueuePairs;
        }

        Publish();
        DrainReaders();

        EventLog?.Append(DataPathEventKind.VPortDeleted, 0, HostIndex, -1, vport.VPortId, vport.Incarnation, DataPath.Synthetic);
        return Complete(request, NdisStatus.Success);
    }

    private OidResult SetFilter(OidRequest request)
    {
        var status = Parse<NdisReceiveFilterParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"VPortId={p.VPortId}";
        status = ParseFilterFields(request, p, out var mac, out var vlan, out needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters += $" Mac={(mac is { } m ? m.ToString() : "none")} Vlan={vlan}";
        if (!switchExists || p.VPortId > int.MaxValue || !vports.ContainsKey((int)p.VPortId))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (mac is { IsUnicast: false } || vlan is < 0 or > NdisConstants.VlanIdMax)
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (filters.Values.Any(f => f.MacAddress == mac && f.VlanId == vlan))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (filters.Count >= options.MaxReceiveFilters)
        {
            return Complete(request, NdisStatus.Resources);
        }

        var id = SmallestFreeId(filters.Keys, 1);
        filters.Add(id, new ReceiveFilter(id, (int)p.VPortId, mac, vlan));
        logParameters += $" FilterId={id}";
        WriteOutput(request, p with { FilterId = (uint)id });
        return Complete(request, NdisStatus.Success, request.InformationBufferLength);
    }

    /// <summary>
    /// Reads the field parameters of a SET_FILTER request: a VMQueue filter with at most one destination-address equality
    /// test and at most one VLAN id equality test, at least one of them (spec: MAC and/or VLAN equal tests only). The one
    /// flag allowed is VLAN_UNTAGGED_OR_ZERO on the MAC test of a filter without a VLAN test; a filter without a VLAN test
    /// matches untagged or VID 0 frames whether it is set or not (spec section 7). <paramref name="mac"/> is null when
    /// there is no MAC test, <paramref name="vlan"/> 0 when there is no VLAN test.
    /// </summary>
    private static NdisStatus ParseFilterFields(OidRequest request, NdisReceiveFilterParameters p, out MacAddress? mac, out int vlan, out int bytesNeeded)
    {
        mac = null;
        vlan = 0;
        bytesNeeded = 0;
        if (p.FilterType != NdisConstants.ReceiveFilterTypeVmQueue || p.FieldParametersArrayNumElements is < 1 or > 2
            || p.FieldParametersArrayElementSize < NdisReceiveFilterFieldParameters.MinimumSizeBytes
            || p.FieldParametersArrayElementSize > NdisReceiveFilterFieldParameters.SizeBytes
            || p.FieldParametersArrayOffset < NdisReceiveFilterParameters.MinimumSizeBytes)
        {
            return NdisStatus.InvalidParameter;
        }

        var end = p.FieldParametersArrayOffset + ((long)p.FieldParametersArrayNumElements * p.FieldParametersArrayElementSize);
        if (end > request.InformationBufferLength)
        {
            bytesNeeded = (int)Math.Min(end, int.MaxValue);
            return NdisStatus.InvalidLength;
        }

        var untaggedOrZero = false;
        var sawVlan = false;
        for (var i = 0; i < p.FieldParametersArrayNumElements; i++)
        {
            var at = (int)p.FieldParametersArrayOffset + (i * (int)p.FieldParametersArrayElementSize);
            var field = NdisReceiveFilterFieldParameters.ReadFrom(request.InformationBuffer.AsSpan(at, NdisReceiveFilterFieldParameters.SizeBytes));
            if (!HeaderAccepted<NdisReceiveFilterFieldParameters>(field.Header, p.FieldParametersArrayElementSize)
                || field.FrameHeader != NdisConstants.FrameHeaderMac || field.ReceiveFilterTest != NdisConstants.ReceiveFilterTestEqual)
            {
                return NdisStatus.InvalidParameter;
            }

            if (field.HeaderField == NdisConstants.MacHeaderFieldDestinationAddress && mac is null
                && (field.Flags & ~NdisConstants.ReceiveFilterFieldMacHeaderVlanUntaggedOrZero) == 0)
            {
                untaggedOrZero = field.Flags != 0;
                mac = field.FieldValue >> (8 * MacAddress.SizeBytes) == 0 ? field.MacValue : default(MacAddress);
            }
            else if (field.HeaderField == NdisConstants.MacHeaderFieldVlanId && !sawVlan && field.Flags == 0)
            {
                sawVlan = true;
                vlan = field.VlanValue;
            }
            else
            {
                return NdisStatus.InvalidParameter;
            }
        }

        // No test at all (a lone VLAN test of VID 0 tests nothing), or a MAC test asking for untagged frames beside a VLAN id.
        return (mac is null && vlan == 0) || (untaggedOrZero && vlan != 0) ? NdisStatus.InvalidParameter : NdisStatus.Success;
    }

    /// <summary>Reads the destination MAC (null: no MAC test) and VLAN (0: no VLAN test) of a well-formed SET_FILTER request.</summary>
    internal static bool TryReadFilterFields(OidRequest request, NdisReceiveFilterParameters p, out MacAddress? mac, out int vlan) =>
        ParseFilterFields(request, p, out mac, out vlan, out _) == NdisStatus.Success;

    private OidResult ClearFilter(OidRequest request)
    {
        var status = Parse<NdisReceiveFilterClearParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"FilterId={p.FilterId}";
        if (p.FilterId > int.MaxValue || !filters.Remove((int)p.FilterId))
        {
            return Complete(request, NdisStatus.FileNotFound);
        }

        leftoverRoutes.Remove((int)p.FilterId);

        return Complete(request, NdisStatus.Success);
    }

    private OidResult MoveFilter(OidRequest request)
    {
        var status = Parse<NdisReceiveFilterMoveFilterParameters>(request, out var p, out var needed);
        if (status != NdisStatus.Success)
        {
            return Complete(request, status, bytesNeeded: needed);
        }

        logParameters = $"FilterId={p.FilterId} SourceVPortId={p.SourceVPortId} DestVPortId={p.DestVPortId}";
        if (p.FilterId > int.MaxValue || !filters.TryGetValue((int)p.FilterId, out var filter))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if ((uint)filter.VPortId != p.SourceVPortId || p.DestVPortId > int.MaxValue || !vports.ContainsKey((int)p.DestVPortId))
        {
            return Complete(request, NdisStatus.InvalidParameter);
        }

        if (options.Has(DefectCatalog.MoveFilterClearThenSet))
        {
            filters.Remove(filter.FilterId);
            if (ProgramHardwareFilter())
            {
                filters.Add(filter.FilterId, new ReceiveFilter(filter.FilterId, (int)p.DestVPortId, filter.MacAddress, filter.VlanId));
            }

            return Complete(request, NdisStatus.Success);
        }

        if (options.Has(DefectCatalog.MoveFilterVisibleHalfDone))
        {
            // Off the source in one table version, onto the destination in the next.
            filters.Remove(filter.FilterId);
            Publish();
            Scheduler.Yield(YieldPoints.MoveFilterHalfDone);
            filter.VPortId = (int)p.DestVPortId;
            filters.Add(filter.FilterId, filter);
            return Complete(request, NdisStatus.Success);
        }

        if (options.Has(DefectCatalog.MoveFilterLeavesSourceEntry) && filter.VPortId != (int)p.DestVPortId)
        {
            // The destination's entry is programmed; the source's is never removed from the switch table.
            leftoverRoutes[filter.FilterId] = new RoutingTable.FilterRoute(filter.FilterId, filter.VPortId, filter.MacAddress, filter.VlanId);
        }

        filter.VPortId = (int)p.DestVPortId;
        return Complete(request, NdisStatus.Success);
    }

    /// <summary>
    /// Programs one entry of the hardware's MAC/VLAN table. The table's update engine is busy now and then (one write
    /// in four, drawn from the seeded generator) and then rejects the write.
    /// </summary>
    private bool ProgramHardwareFilter() => random.Next(4) != 0;
}
