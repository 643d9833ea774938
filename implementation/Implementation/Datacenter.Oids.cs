namespace SriovVerification.Implementation;

/// <content>OID requests to a host's PF miniport, through the host's management path.</content>
public sealed partial class Datacenter
{
    private AdapterResult IssueOid(int host, OidRequest request, Func<OidResult, AdapterData?>? decode = null, bool client = false) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}");
        }

        var framed = TakeFraming(request);
        var result = client ? stack.ClientRequest(framed) : stack.ManagementRequest(framed);
        if (!result.IsSuccess)
        {
            var needed = result.Status == NdisStatus.InvalidLength ? $" (BytesNeeded={result.BytesNeeded})" : "";
            return AdapterResult.Refused(result.Status, $"{request.Oid} completed with {result.Status}{needed}") with { BytesNeeded = result.BytesNeeded };
        }

        return decode is null ? AdapterResult.Ok : new AdapterResult(NdisStatus.Success, "", decode(result));
    });

    /// <summary>Issues a raw OID request to <paramref name="host"/>'s PF miniport through the management path.</summary>
    public OidResult Request(int host, OidRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        return Configuration(() => hosts[host].ManagementRequest(request));
    }

    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c>.</summary>
    public AdapterResult CreateSwitch(int host, int numVfs, int switchId = 0, bool external = true) =>
        IssueOid(host, NdisRequests.CreateSwitch(numVfs, switchId, external));

    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    public AdapterResult DeleteSwitch(int host, int switchId = 0) => IssueOid(host, NdisRequests.DeleteSwitch(switchId));

    /// <summary><c>OID_NIC_SWITCH_ALLOCATE_VF</c> for <paramref name="vm"/>. Data: <see cref="AdapterData.VfAllocated"/>.</summary>
    public AdapterResult AllocateVf(int host, int vm, bool validInputIds = true) =>
        IssueOid(host, NdisRequests.AllocateVf(VirtualMachine.VmName(vm), VirtualMachine.NicName(vm), VmMacAddress(vm), validInputIds), r =>
        {
            var p = NdisRequests.Decode<NdisNicSwitchVfParameters>(r);
            return new AdapterData.VfAllocated((int)p.VFId, (int)p.RequestorId);
        });

    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c>.</summary>
    public AdapterResult FreeVf(int host, int vfId) => IssueOid(host, NdisRequests.FreeVf(vfId));

    /// <summary>
    /// <c>OID_NIC_SWITCH_CREATE_VPORT</c> attached to <paramref name="attachedFunctionId"/> (a VFId, or
    /// <see cref="NdisConstants.PfFunctionId"/>). Data: <see cref="AdapterData.VPortCreated"/>.
    /// </summary>
    public AdapterResult CreateVPort(int host, ushort attachedFunctionId, int queuePairs) =>
        IssueOid(host, NdisRequests.CreateVPort(attachedFunctionId, queuePairs), r =>
            new AdapterData.VPortCreated((int)NdisRequests.Decode<NdisNicSwitchVPortParameters>(r).VPortId));

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> with the state-change flag.</summary>
    public AdapterResult SetVPortState(int host, int vportId, bool activated) => IssueOid(host, NdisRequests.SetVPortState(vportId, activated));

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> with the change flags <paramref name="changed"/>: only the flagged fields change.</summary>
    public AdapterResult SetVPortParameters(int host, int vportId, uint changed, string name, uint interruptModeration, GroupAffinity affinity, bool lookaheadSplit, uint lookaheadSize) =>
        IssueOid(host, NdisRequests.SetVPortParameters(vportId, changed, name, interruptModeration, affinity, lookaheadSplit, lookaheadSize));

    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c>.</summary>
    public AdapterResult DeleteVPort(int host, int vportId) => IssueOid(host, NdisRequests.DeleteVPort(vportId));

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_SET_FILTER</c> issued by the virtualization stack: a MAC test unless <paramref name="mac"/> is
    /// null, a VLAN test unless <paramref name="vlan"/> is 0 (neither: a request with no field test). Data: <see cref="AdapterData.FilterCreated"/>.
    /// </summary>
    public AdapterResult SetFilter(int host, int vportId, MacAddress? mac, int vlan, bool validFilterType = true) =>
        IssueOid(host, NdisRequests.SetFilter(vportId, mac, vlan, validFilterType), r =>
            new AdapterData.FilterCreated((int)NdisRequests.Decode<NdisReceiveFilterParameters>(r).FilterId));

    /// <summary><c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> issued by the virtualization stack.</summary>
    public AdapterResult ClearFilter(int host, int filterId) => IssueOid(host, NdisRequests.ClearFilter(filterId));

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> from a management client that is not the virtualization stack
    /// (<see cref="HostStack.ClientRequest"/>: refused for a VM network adapter's filter).
    /// </summary>
    public AdapterResult ClientClearFilter(int host, int filterId) => IssueOid(host, NdisRequests.ClearFilter(filterId), client: true);

    /// <summary><c>OID_RECEIVE_FILTER_MOVE_FILTER</c> issued by the virtualization stack.</summary>
    public AdapterResult MoveFilter(int host, int filterId, int sourceVPortId, int destinationVPortId) =>
        IssueOid(host, NdisRequests.MoveFilter(filterId, sourceVPortId, destinationVPortId));

    /// <summary>
    /// <c>OID_SRIOV_READ_VF_CONFIG_SPACE</c> of <paramref name="length"/> bytes at <paramref name="offset"/> into a caller
    /// buffer of <paramref name="bufferLength"/> bytes at <paramref name="bufferOffset"/>. Data: <see cref="AdapterData.ConfigSpaceRead"/>.
    /// </summary>
    public AdapterResult ReadVfConfigSpace(int host, int vfId, int offset, int length, int bufferOffset, int bufferLength)
    {
        var request = NdisRequests.VfConfigSpace(write: false, vfId, offset, length, bufferOffset, bufferLength);
        return IssueOid(host, request, r =>
        {
            var start = NdisSriovReadVfConfigSpaceParameters.SizeBytes + bufferOffset;
            var count = (int)Math.Clamp((long)r.InformationBuffer.Length - start, 0, length);
            var bytes = r.InformationBuffer.AsSpan(start, count).ToArray();
            uint? value = null;
            if (length <= 4 && count == length)
            {
                uint v = 0;
                for (var i = 0; i < count; i++)
                {
                    v |= (uint)bytes[i] << (8 * i);
                }

                value = v;
            }

            return new AdapterData.ConfigSpaceRead(bytes, value);
        });
    }

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_SPACE</c>: byte i of the access is byte i of <paramref name="value"/> (0 beyond four).</summary>
    public AdapterResult WriteVfConfigSpace(int host, int vfId, int offset, int length, int bufferOffset, int bufferLength, uint value) =>
        IssueOid(host, NdisRequests.VfConfigSpace(write: true, vfId, offset, length, bufferOffset, bufferLength, value));

    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_BLOCK</c>. Data: <see cref="AdapterData.ConfigBlockRead"/>.</summary>
    public AdapterResult ReadVfConfigBlock(int host, int vfId, int blockId, int length) =>
        IssueOid(host, NdisRequests.ReadVfConfigBlock(vfId, blockId, length), r =>
            new AdapterData.ConfigBlockRead(r.InformationBuffer.AsSpan(NdisSriovReadVfConfigBlockParameters.SizeBytes, length).ToArray()));

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_BLOCK</c> of <paramref name="length"/> bytes, all <paramref name="fill"/>.</summary>
    public AdapterResult WriteVfConfigBlock(int host, int vfId, int blockId, int length, byte fill) =>
        IssueOid(host, NdisRequests.WriteVfConfigBlock(vfId, blockId, length, fill));

    /// <summary><c>NdisMInvalidateConfigBlock(VFId, mask)</c> by the PF miniport.</summary>
    public AdapterResult InvalidateConfigBlock(int host, int vfId, ulong blockMask) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}");
        }

        var status = stack.Miniport.InvalidateConfigBlock(vfId, blockMask);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, $"NdisMInvalidateConfigBlock completed with {status}");
    });

    /// <summary><c>OID_SRIOV_RESET_VF</c>.</summary>
    public AdapterResult ResetVf(int host, int vfId) => IssueOid(host, NdisRequests.ResetVf(vfId));

    /// <summary><c>OID_SRIOV_SET_VF_POWER_STATE</c> to D3 or D0.</summary>
    public AdapterResult SetVfPowerState(int host, int vfId, bool d3) => IssueOid(host, NdisRequests.SetVfPowerState(vfId, d3));

    /// <summary><c>OID_NIC_SWITCH_ENUM_SWITCHES</c>. Data: <see cref="AdapterData.SwitchesEnumerated"/>.</summary>
    public AdapterResult EnumerateSwitches(int host) =>
        Enumerate(host, NdisRequests.EnumerateSwitches, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchInfoArray>(r);
            return new AdapterData.SwitchesEnumerated(NdisRequests.DecodeElements<NdisNicSwitchInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary><c>OID_NIC_SWITCH_ENUM_VFS</c> (allocated VFs). Data: <see cref="AdapterData.VfsEnumerated"/>.</summary>
    public AdapterResult EnumerateVfs(int host) =>
        Enumerate(host, NdisRequests.EnumerateVfs, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchVfInfoArray>(r);
            return new AdapterData.VfsEnumerated(NdisRequests.DecodeElements<NdisNicSwitchVfInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary><c>OID_NIC_SWITCH_ENUM_VPORTS</c>. Data: <see cref="AdapterData.VPortsEnumerated"/>.</summary>
    public AdapterResult EnumerateVPorts(int host) =>
        Enumerate(host, NdisRequests.EnumerateVPorts, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchVPortInfoArray>(r);
            return new AdapterData.VPortsEnumerated(NdisRequests.DecodeElements<NdisNicSwitchVPortInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_ENUM_FILTERS</c> of the default queue, then <c>OID_RECEIVE_FILTER_PARAMETERS</c> of each filter
    /// listed (its VPort and its MAC and VLAN tests), all under the configuration lock so that the list and the
    /// parameters are one snapshot. Data: <see cref="AdapterData.FiltersEnumerated"/>.
    /// </summary>
    public AdapterResult EnumerateFilters(int host) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}");
        }

        var listed = EnumerateOn(stack, length => NdisRequests.EnumerateFilters(null, length), r =>
        {
            var array = NdisRequests.Decode<NdisReceiveFilterInfoArray>(r);
            var infos = NdisRequests.DecodeElements<NdisReceiveFilterInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize);
            return new AdapterData.FiltersEnumerated(infos.Select(f => new FilterSnapshot((int)f.FilterId, -1, default, 0)).ToList());
        });
        if (listed.Data is not AdapterData.FiltersEnumerated { Filters: var ids })
        {
            return listed;
        }

        var filters = new List<FilterSnapshot>(ids.Count);
        foreach (var id in ids)
        {
            var read = EnumerateOn(stack, length => NdisRequests.FilterParameters(id.FilterId, length), r => new AdapterData.FiltersEnumerated([DecodeFilter(r)]));
            if (read.Data is not AdapterData.FiltersEnumerated { Filters: [var filter] })
            {
                return read;
            }

            filters.Add(filter);
        }

        return AdapterResult.With(new AdapterData.FiltersEnumerated(filters));
    });

    /// <summary>The filter an OID_RECEIVE_FILTER_PARAMETERS result describes: its VPort, its MAC test (null: none) and its VLAN test (0: none).</summary>
    private static FilterSnapshot DecodeFilter(OidResult result)
    {
        var p = NdisRequests.Decode<NdisReceiveFilterParameters>(result);
        var mac = default(MacAddress?);
        var vlan = 0;
        for (var i = 0; i < p.FieldParametersArrayNumElements; i++)
        {
            var at = (int)(p.FieldParametersArrayOffset + (i * p.FieldParametersArrayElementSize));
            var field = NdisReceiveFilterFieldParameters.ReadFrom(result.InformationBuffer.AsSpan(at));
            mac = field.HeaderField == NdisConstants.MacHeaderFieldDestinationAddress ? field.MacValue : mac;
            if (field.HeaderField is not NdisConstants.MacHeaderFieldDestinationAddress and not NdisConstants.MacHeaderFieldVlanId
                || field.ReceiveFilterTest != NdisConstants.ReceiveFilterTestEqual)
            {
                throw new AdapterInvariantException("filter-parameters-read-back", $"filter {p.FilterId}: field {i} tests header field {field.HeaderField} with test {field.ReceiveFilterTest}, not a MAC or VLAN equality");
            }
            vlan = field.HeaderField == NdisConstants.MacHeaderFieldVlanId ? field.VlanValue : vlan;
        }

        return new FilterSnapshot((int)p.FilterId, (int)p.VPortId, mac, vlan);
    }

    /// <summary>Issues an enumeration or read-back request, first with a buffer of the structure alone to learn BytesNeeded, then with one that size.</summary>
    private AdapterResult Enumerate(int host, Func<int, OidRequest> request, Func<OidResult, AdapterData> decode) => Checked(() =>
        Host(host) is { } stack ? EnumerateOn(stack, request, decode) : AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}"));

    /// <summary>The two-step query on <paramref name="stack"/>, the caller holding the configuration lock.</summary>
    private static AdapterResult EnumerateOn(HostStack stack, Func<int, OidRequest> request, Func<OidResult, AdapterData> decode)
    {
        var first = request(0);
        var probe = stack.ManagementRequest(first);
        var result = probe.Status == NdisStatus.InvalidLength ? stack.ManagementRequest(request(probe.BytesNeeded)) : probe;
        return result.IsSuccess ? AdapterResult.With(decode(result)) : AdapterResult.Refused(result.Status, $"{first.Oid} completed with {result.Status}");
    }
}
