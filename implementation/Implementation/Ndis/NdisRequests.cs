// NDIS room: builds OID requests from parameter structures and decodes their results, so that callers work with typed values while every call still travels as an information buffer.

namespace SriovVerification.Implementation.Ndis;

/// <summary>
/// Builds OID requests from parameter structures and decodes their results, so that callers work with typed values
/// while every call still travels as an information buffer.
/// </summary>
public static class NdisRequests
{
    /// <summary>A request carrying <paramref name="value"/> followed by <paramref name="trailingBytes"/> more bytes.</summary>
    public static OidRequest Build<T>(Oid oid, NdisRequestType requestType, T value, int trailingBytes = 0)
        where T : struct, INdisStructure<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trailingBytes);
        var buffer = new byte[T.StructureSizeBytes + trailingBytes];
        value.WriteTo(buffer);
        return new OidRequest(oid, requestType, buffer);
    }

    /// <summary>A set request carrying <paramref name="value"/>.</summary>
    public static OidRequest Set<T>(Oid oid, T value)
        where T : struct, INdisStructure<T> => Build(oid, NdisRequestType.SetInformation, value);

    /// <summary>A method request carrying <paramref name="value"/>.</summary>
    public static OidRequest Method<T>(Oid oid, T value)
        where T : struct, INdisStructure<T> => Build(oid, NdisRequestType.Method, value);

    /// <summary>A method request carrying <paramref name="value"/> in a buffer of at least <paramref name="bufferLength"/> bytes.</summary>
    public static OidRequest Method<T>(Oid oid, T value, int bufferLength)
        where T : struct, INdisStructure<T> => Build(oid, NdisRequestType.Method, value, Math.Max(0, bufferLength - T.StructureSizeBytes));

    /// <summary>A query request with an output buffer of <paramref name="bufferLength"/> bytes.</summary>
    public static OidRequest Query(Oid oid, int bufferLength) => new(oid, NdisRequestType.QueryInformation, new byte[bufferLength]);

    /// <summary>The structure at the start of a completed request's buffer.</summary>
    public static T Decode<T>(OidResult result)
        where T : struct, INdisStructure<T>
    {
        ArgumentNullException.ThrowIfNull(result);
        return T.ReadFrom(result.InformationBuffer);
    }

    /// <summary>
    /// The elements of an enumeration OID's output: <paramref name="firstElementOffset"/>, <paramref name="numElements"/>
    /// and <paramref name="elementSize"/> come from the array header the miniport wrote at the start of the buffer.
    /// </summary>
    public static IReadOnlyList<T> DecodeElements<T>(OidResult result, uint firstElementOffset, uint numElements, uint elementSize)
        where T : struct, INdisStructure<T>
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsSuccess)
        {
            return [];
        }

        var list = new List<T>((int)numElements);
        for (var i = 0; i < numElements; i++)
        {
            var at = (int)(firstElementOffset + (i * elementSize));
            list.Add(T.ReadFrom(result.InformationBuffer.AsSpan(at, (int)elementSize)));
        }

        return list;
    }

    /// <summary>OID_NIC_SWITCH_ENUM_SWITCHES (a query) with an output buffer of <paramref name="bufferLength"/> bytes.</summary>
    public static OidRequest EnumerateSwitches(int bufferLength) => Query(Oid.OID_NIC_SWITCH_ENUM_SWITCHES, bufferLength);

    /// <summary>OID_NIC_SWITCH_ENUM_VFS (a method): the VFs allocated on the default switch.</summary>
    public static OidRequest EnumerateVfs(int bufferLength) =>
        Method(Oid.OID_NIC_SWITCH_ENUM_VFS, new NdisNicSwitchVfInfoArray(NdisConstants.VfInfoArrayEnumOnSpecificSwitch, NdisConstants.DefaultSwitchId, 0, 0, 0), bufferLength);

    /// <summary>OID_NIC_SWITCH_ENUM_VPORTS (a method): every VPort of the default switch.</summary>
    public static OidRequest EnumerateVPorts(int bufferLength) =>
        Method(Oid.OID_NIC_SWITCH_ENUM_VPORTS, new NdisNicSwitchVPortInfoArray(NdisConstants.VPortInfoArrayEnumOnSpecificSwitch, NdisConstants.DefaultSwitchId, 0, 0, 0, 0), bufferLength);

    /// <summary>OID_RECEIVE_FILTER_ENUM_FILTERS (a method): the filters of <paramref name="vportId"/>, or of the default queue when null.</summary>
    public static OidRequest EnumerateFilters(int? vportId, int bufferLength) =>
        Method(Oid.OID_RECEIVE_FILTER_ENUM_FILTERS, new NdisReceiveFilterInfoArray(
            NdisConstants.DefaultReceiveQueueId, 0, 0, 0,
            vportId is null ? 0 : NdisConstants.ReceiveFilterInfoArrayVPortIdSpecified, unchecked((uint)(vportId ?? 0))), bufferLength);

    /// <summary>OID_RECEIVE_FILTER_PARAMETERS (a method): the parameters and field tests of <paramref name="filterId"/>.</summary>
    public static OidRequest FilterParameters(int filterId, int bufferLength) =>
        Method(Oid.OID_RECEIVE_FILTER_PARAMETERS, new NdisReceiveFilterParameters(
            0, NdisConstants.ReceiveFilterTypeVmQueue, NdisConstants.DefaultReceiveQueueId, unchecked((uint)filterId), 0, 0, 0, 0), bufferLength);

    /// <summary>OID_SRIOV_CURRENT_CAPABILITIES (a query).</summary>
    public static OidRequest CurrentSriovCapabilities() => Query(Oid.OID_SRIOV_CURRENT_CAPABILITIES, NdisSriovCapabilities.SizeBytes);

    /// <summary>
    /// The field tests of a filter: a destination-MAC equality test unless <paramref name="mac"/> is null (flagged
    /// VLAN_UNTAGGED_OR_ZERO when there is no VLAN test) and, for a nonzero VLAN, a VLAN equality test. Null and 0: no test.
    /// </summary>
    public static IReadOnlyList<NdisReceiveFilterFieldParameters> FilterFields(MacAddress? mac, int vlan)
    {
        var fields = new List<NdisReceiveFilterFieldParameters>();
        if (mac is { } address)
        {
            fields.Add(NdisReceiveFilterFieldParameters.DestinationAddress(address, untaggedOrZero: vlan == 0));
        }

        if (vlan != 0)
        {
            fields.Add(NdisReceiveFilterFieldParameters.VlanId(vlan));
        }

        return fields;
    }

    /// <summary>
    /// A SET_FILTER request: a VMQueue filter (or another type when <paramref name="validFilterType"/> is false) with the
    /// field tests of <see cref="FilterFields"/> (none when <paramref name="mac"/> is null and <paramref name="vlan"/> 0).
    /// </summary>
    public static OidRequest SetFilter(int vportId, MacAddress? mac, int vlan, bool validFilterType = true)
    {
        var fields = FilterFields(mac, vlan);
        var parameters = new NdisReceiveFilterParameters(
            0,
            validFilterType ? NdisConstants.ReceiveFilterTypeVmQueue : NdisConstants.ReceiveFilterTypeVmQueue + 1,
            NdisConstants.DefaultReceiveQueueId,
            0,
            NdisReceiveFilterParameters.SizeBytes,
            (uint)fields.Count,
            NdisReceiveFilterFieldParameters.SizeBytes,
            unchecked((uint)vportId));
        var request = Build(Oid.OID_RECEIVE_FILTER_SET_FILTER, NdisRequestType.Method, parameters, fields.Count * NdisReceiveFilterFieldParameters.SizeBytes);
        for (var i = 0; i < fields.Count; i++)
        {
            fields[i].WriteTo(request.InformationBuffer.AsSpan(NdisReceiveFilterParameters.SizeBytes + (i * NdisReceiveFilterFieldParameters.SizeBytes)));
        }

        return request;
    }

    /// <summary>
    /// A config-space request for <paramref name="length"/> bytes at <paramref name="offset"/>, with a caller buffer of
    /// <paramref name="bufferLength"/> bytes after the structure and the data at <paramref name="bufferOffset"/> in it.
    /// A negative buffer length gives an empty caller buffer. For a write, byte i of the access is byte i of
    /// <paramref name="value"/> (0 beyond four bytes).
    /// </summary>
    public static OidRequest VfConfigSpace(bool write, int vfId, int offset, int length, int bufferOffset, int bufferLength, uint value = 0)
    {
        const int structureSize = NdisSriovReadVfConfigSpaceParameters.SizeBytes;
        var dataLength = Math.Max(bufferLength, 0);
        var absoluteBufferOffset = bufferOffset < 0 ? bufferOffset : structureSize + bufferOffset;
        OidRequest request;
        if (write)
        {
            request = Build(Oid.OID_SRIOV_WRITE_VF_CONFIG_SPACE, NdisRequestType.SetInformation,
                new NdisSriovWriteVfConfigSpaceParameters(unchecked((ushort)vfId), unchecked((uint)offset), unchecked((uint)length), unchecked((uint)absoluteBufferOffset)), dataLength);
            for (var i = 0; i < length && bufferOffset >= 0 && (long)bufferOffset + i < dataLength; i++)
            {
                request.InformationBuffer[structureSize + bufferOffset + i] = i < 4 ? (byte)(value >> (8 * i)) : (byte)0;
            }
        }
        else
        {
            request = Build(Oid.OID_SRIOV_READ_VF_CONFIG_SPACE, NdisRequestType.Method,
                new NdisSriovReadVfConfigSpaceParameters(unchecked((ushort)vfId), unchecked((uint)offset), unchecked((uint)length), unchecked((uint)absoluteBufferOffset)), dataLength);
        }

        return request;
    }

    /// <summary>OID_NIC_SWITCH_CREATE_SWITCH.</summary>
    public static OidRequest CreateSwitch(int numVfs, int switchId = 0, bool external = true) =>
        Method(Oid.OID_NIC_SWITCH_CREATE_SWITCH, new NdisNicSwitchParameters(
            0, external ? NdisConstants.NicSwitchTypeExternal : NdisConstants.NicSwitchTypeExternal + 1, unchecked((uint)switchId), "", unchecked((uint)numVfs)));

    /// <summary>OID_NIC_SWITCH_DELETE_SWITCH.</summary>
    public static OidRequest DeleteSwitch(int switchId = 0) =>
        Set(Oid.OID_NIC_SWITCH_DELETE_SWITCH, new NdisNicSwitchDeleteSwitchParameters(0, unchecked((uint)switchId)));

    /// <summary>
    /// OID_NIC_SWITCH_ALLOCATE_VF for the VM named <paramref name="vmName"/> and its network adapter
    /// <paramref name="nicName"/>; with <paramref name="validInputIds"/> false the VFId and RequestorId are not the invalid markers.
    /// </summary>
    public static OidRequest AllocateVf(string vmName, string nicName, MacAddress mac, bool validInputIds = true) =>
        Method(Oid.OID_NIC_SWITCH_ALLOCATE_VF, new NdisNicSwitchVfParameters(
            0, NdisConstants.DefaultSwitchId, vmName, vmName, nicName, mac, mac,
            validInputIds ? NdisConstants.InvalidVfFunctionId : (ushort)0, validInputIds ? NdisConstants.InvalidRid : 0));

    /// <summary>OID_NIC_SWITCH_FREE_VF.</summary>
    public static OidRequest FreeVf(int vfId) => Set(Oid.OID_NIC_SWITCH_FREE_VF, new NdisNicSwitchFreeVfParameters(0, unchecked((ushort)vfId)));

    /// <summary>OID_NIC_SWITCH_CREATE_VPORT attached to <paramref name="attachedFunctionId"/> (a VFId or <see cref="NdisConstants.PfFunctionId"/>).</summary>
    public static OidRequest CreateVPort(ushort attachedFunctionId, int queuePairs) =>
        Method(Oid.OID_NIC_SWITCH_CREATE_VPORT, new NdisNicSwitchVPortParameters(
            0, NdisConstants.DefaultSwitchId, 0, "", attachedFunctionId, unchecked((uint)queuePairs),
            NdisConstants.VPortInterruptModerationAdaptive, 0, default, 0));

    /// <summary>OID_NIC_SWITCH_VPORT_PARAMETERS changing the VPort state.</summary>
    public static OidRequest SetVPortState(int vportId, bool activated) =>
        Set(Oid.OID_NIC_SWITCH_VPORT_PARAMETERS, new NdisNicSwitchVPortParameters(
            NdisConstants.VPortParametersStateChanged, NdisConstants.DefaultSwitchId, unchecked((uint)vportId), "", 0, 0, 0,
            activated ? NdisConstants.VPortStateActivated : NdisConstants.VPortStateDeactivated, default, 0));

    /// <summary>OID_NIC_SWITCH_VPORT_PARAMETERS with the change flags <paramref name="changed"/> and every field given.</summary>
    public static OidRequest SetVPortParameters(int vportId, uint changed, string name, uint interruptModeration, GroupAffinity affinity, bool lookaheadSplit, uint lookaheadSize) =>
        Set(Oid.OID_NIC_SWITCH_VPORT_PARAMETERS, new NdisNicSwitchVPortParameters(
            (changed & NdisConstants.VPortParametersChangeMask) | (lookaheadSplit ? NdisConstants.VPortParametersLookaheadSplitEnabled : 0),
            NdisConstants.DefaultSwitchId, unchecked((uint)vportId), name, 0, 0, interruptModeration,
            (changed & NdisConstants.VPortParametersStateChanged) != 0 ? NdisConstants.VPortStateActivated : 0, affinity, lookaheadSize));

    /// <summary>OID_NIC_SWITCH_DELETE_VPORT.</summary>
    public static OidRequest DeleteVPort(int vportId) =>
        Set(Oid.OID_NIC_SWITCH_DELETE_VPORT, new NdisNicSwitchDeleteVPortParameters(0, unchecked((uint)vportId)));

    /// <summary>OID_RECEIVE_FILTER_CLEAR_FILTER.</summary>
    public static OidRequest ClearFilter(int filterId) =>
        Set(Oid.OID_RECEIVE_FILTER_CLEAR_FILTER, new NdisReceiveFilterClearParameters(0, NdisConstants.DefaultReceiveQueueId, unchecked((uint)filterId)));

    /// <summary>OID_RECEIVE_FILTER_MOVE_FILTER.</summary>
    public static OidRequest MoveFilter(int filterId, int sourceVPortId, int destinationVPortId) =>
        Set(Oid.OID_RECEIVE_FILTER_MOVE_FILTER, new NdisReceiveFilterMoveFilterParameters(
            unchecked((uint)filterId), NdisConstants.DefaultReceiveQueueId, unchecked((uint)sourceVPortId),
            NdisConstants.DefaultReceiveQueueId, unchecked((uint)destinationVPortId)));

    /// <summary>OID_SRIOV_RESET_VF.</summary>
    public static OidRequest ResetVf(int vfId) => Set(Oid.OID_SRIOV_RESET_VF, new NdisSriovResetVfParameters(unchecked((ushort)vfId)));

    /// <summary>OID_SRIOV_SET_VF_POWER_STATE.</summary>
    public static OidRequest SetVfPowerState(int vfId, bool d3) =>
        Set(Oid.OID_SRIOV_SET_VF_POWER_STATE, new NdisSriovSetVfPowerStateParameters(
            unchecked((ushort)vfId), d3 ? NdisConstants.DeviceStateD3 : NdisConstants.DeviceStateD0, 0));

    /// <summary>OID_SRIOV_READ_VF_CONFIG_BLOCK of <paramref name="length"/> bytes (the buffer holds at least one byte of data).</summary>
    public static OidRequest ReadVfConfigBlock(int vfId, int blockId, int length) =>
        Build(Oid.OID_SRIOV_READ_VF_CONFIG_BLOCK, NdisRequestType.Method, new NdisSriovReadVfConfigBlockParameters(
            unchecked((ushort)vfId), unchecked((uint)blockId), unchecked((uint)length), NdisSriovReadVfConfigBlockParameters.SizeBytes), Math.Max(length, 0));

    /// <summary>OID_SRIOV_WRITE_VF_CONFIG_BLOCK of <paramref name="length"/> bytes, all <paramref name="fill"/>.</summary>
    public static OidRequest WriteVfConfigBlock(int vfId, int blockId, int length, byte fill)
    {
        var request = Build(Oid.OID_SRIOV_WRITE_VF_CONFIG_BLOCK, NdisRequestType.SetInformation, new NdisSriovWriteVfConfigBlockParameters(
            unchecked((ushort)vfId), unchecked((uint)blockId), unchecked((uint)length), NdisSriovWriteVfConfigBlockParameters.SizeBytes), Math.Max(length, 0));
        request.InformationBuffer.AsSpan(NdisSriovWriteVfConfigBlockParameters.SizeBytes).Fill(fill);
        return request;
    }

    /// <summary>OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK, issued to a VF miniport.</summary>
    public static OidRequest InvalidateConfigBlock(ulong blockMask) =>
        Set(Oid.OID_SRIOV_VF_INVALIDATE_CONFIG_BLOCK, new NdisSriovVfInvalidateConfigBlockInfo(blockMask));
}
