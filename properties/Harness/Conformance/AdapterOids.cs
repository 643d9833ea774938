// The harness's OID client: builds each OID request of a command, sends it to the PF miniport through the adapter's management path, decodes the result.
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The OID requests the driver sends: each one built with the implementation's NDIS request builders
/// (<see cref="NdisRequests"/>), sent to a host's PF miniport through the adapter's management path
/// (<see cref="Datacenter.Request"/>, <see cref="Datacenter.ClientRequest"/>, <see cref="Datacenter.Exchange{T}"/>), and
/// its <see cref="OidResult"/> decoded: a refusal keeps its NDIS status and <c>BytesNeeded</c> with the reason
/// "{OID} completed with {status}", a success its data as an <see cref="OidData"/>.
/// </summary>
public static class AdapterOids
{
    [ThreadStatic]
    private static RequestFraming? pendingFraming;

    /// <summary>
    /// Runs <paramref name="operation"/> with its first OID request framed by <paramref name="framing"/> (buffer cut,
    /// header overwritten): the way to send a short buffer or a malformed <c>NDIS_OBJECT_HEADER</c> through any OID method.
    /// </summary>
    public static AdapterReply Framed(RequestFraming framing, Func<AdapterReply> operation)
    {
        ArgumentNullException.ThrowIfNull(framing);
        ArgumentNullException.ThrowIfNull(operation);
        pendingFraming = framing;
        try
        {
            return operation();
        }
        finally
        {
            pendingFraming = null;
        }
    }

    private static OidRequest TakeFraming(OidRequest request)
    {
        if (pendingFraming is not { } framing)
        {
            return request;
        }

        pendingFraming = null;
        return framing.Apply(request);
    }

    /// <summary>The refusal of a host index the adapter does not have, else null.</summary>
    private static AdapterReply? NoHost(Datacenter adapter, int host) =>
        host >= 0 && host < adapter.Hosts.Count ? null : AdapterReply.Refused(NdisStatus.InvalidParameter, $"no host {host}");

    private static AdapterReply IssueOid(Datacenter adapter, int host, OidRequest request, Func<OidResult, OidData?>? decode = null, bool client = false)
    {
        if (NoHost(adapter, host) is { } noHost)
        {
            return noHost;
        }

        var framed = TakeFraming(request);
        var result = client ? adapter.ClientRequest(host, framed) : adapter.Request(host, framed);
        if (!result.IsSuccess)
        {
            var needed = result.Status == NdisStatus.InvalidLength ? $" (BytesNeeded={result.BytesNeeded})" : "";
            return AdapterReply.Refused(result.Status, $"{request.Oid} completed with {result.Status}{needed}") with { BytesNeeded = result.BytesNeeded };
        }

        return decode is null ? AdapterReply.Ok : AdapterReply.With(decode(result));
    }

    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c>.</summary>
    public static AdapterReply CreateSwitch(this Datacenter adapter, int host, int numVfs, int switchId = 0, bool external = true) =>
        IssueOid(adapter, host, NdisRequests.CreateSwitch(numVfs, switchId, external));

    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    public static AdapterReply DeleteSwitch(this Datacenter adapter, int host, int switchId = 0) => IssueOid(adapter, host, NdisRequests.DeleteSwitch(switchId));

    /// <summary><c>OID_NIC_SWITCH_ALLOCATE_VF</c> for <paramref name="vm"/>. Data: <see cref="OidData.VfAllocated"/>.</summary>
    public static AdapterReply AllocateVf(this Datacenter adapter, int host, int vm, bool validInputIds = true) =>
        IssueOid(adapter, host, NdisRequests.AllocateVf(Datacenter.VmName(vm), Datacenter.VmNicName(vm), Datacenter.VmMacAddress(vm), validInputIds), r =>
        {
            var p = NdisRequests.Decode<NdisNicSwitchVfParameters>(r);
            return new OidData.VfAllocated((int)p.VFId, (int)p.RequestorId);
        });

    /// <summary><c>OID_NIC_SWITCH_FREE_VF</c>.</summary>
    public static AdapterReply FreeVf(this Datacenter adapter, int host, int vfId) => IssueOid(adapter, host, NdisRequests.FreeVf(vfId));

    /// <summary>
    /// <c>OID_NIC_SWITCH_CREATE_VPORT</c> attached to <paramref name="attachedFunctionId"/> (a VFId, or
    /// <see cref="NdisConstants.PfFunctionId"/>). Data: <see cref="OidData.VPortCreated"/>.
    /// </summary>
    public static AdapterReply CreateVPort(this Datacenter adapter, int host, ushort attachedFunctionId, int queuePairs) =>
        IssueOid(adapter, host, NdisRequests.CreateVPort(attachedFunctionId, queuePairs), r =>
            new OidData.VPortCreated((int)NdisRequests.Decode<NdisNicSwitchVPortParameters>(r).VPortId));

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> with the state-change flag.</summary>
    public static AdapterReply SetVPortState(this Datacenter adapter, int host, int vportId, bool activated) => IssueOid(adapter, host, NdisRequests.SetVPortState(vportId, activated));

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> with the change flags <paramref name="changed"/>: only the flagged fields change.</summary>
    public static AdapterReply SetVPortParameters(this Datacenter adapter, int host, int vportId, uint changed, string name, uint interruptModeration, GroupAffinity affinity, bool lookaheadSplit, uint lookaheadSize) =>
        IssueOid(adapter, host, NdisRequests.SetVPortParameters(vportId, changed, name, interruptModeration, affinity, lookaheadSplit, lookaheadSize));

    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c>.</summary>
    public static AdapterReply DeleteVPort(this Datacenter adapter, int host, int vportId) => IssueOid(adapter, host, NdisRequests.DeleteVPort(vportId));

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_SET_FILTER</c> issued by the virtualization stack: a MAC test unless <paramref name="mac"/> is
    /// null, a VLAN test unless <paramref name="vlan"/> is 0 (neither: a request with no field test). Data: <see cref="OidData.FilterCreated"/>.
    /// </summary>
    public static AdapterReply SetFilter(this Datacenter adapter, int host, int vportId, MacAddress? mac, int vlan, bool validFilterType = true) =>
        IssueOid(adapter, host, NdisRequests.SetFilter(vportId, mac, vlan, validFilterType), r =>
            new OidData.FilterCreated((int)NdisRequests.Decode<NdisReceiveFilterParameters>(r).FilterId));

    /// <summary><c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> issued by the virtualization stack.</summary>
    public static AdapterReply ClearFilter(this Datacenter adapter, int host, int filterId) => IssueOid(adapter, host, NdisRequests.ClearFilter(filterId));

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> from a management client that is not the virtualization stack
    /// (<see cref="Datacenter.ClientRequest"/>: refused for a VM network adapter's filter).
    /// </summary>
    public static AdapterReply ClientClearFilter(this Datacenter adapter, int host, int filterId) => IssueOid(adapter, host, NdisRequests.ClearFilter(filterId), client: true);

    /// <summary><c>OID_RECEIVE_FILTER_MOVE_FILTER</c> issued by the virtualization stack.</summary>
    public static AdapterReply MoveFilter(this Datacenter adapter, int host, int filterId, int sourceVPortId, int destinationVPortId) =>
        IssueOid(adapter, host, NdisRequests.MoveFilter(filterId, sourceVPortId, destinationVPortId));

    /// <summary>
    /// <c>OID_SRIOV_READ_VF_CONFIG_SPACE</c> of <paramref name="length"/> bytes at <paramref name="offset"/> into a caller
    /// buffer of <paramref name="bufferLength"/> bytes at <paramref name="bufferOffset"/>. Data: <see cref="OidData.ConfigSpaceRead"/>.
    /// </summary>
    public static AdapterReply ReadVfConfigSpace(this Datacenter adapter, int host, int vfId, int offset, int length, int bufferOffset, int bufferLength)
    {
        var request = NdisRequests.VfConfigSpace(write: false, vfId, offset, length, bufferOffset, bufferLength);
        return IssueOid(adapter, host, request, r =>
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

            return new OidData.ConfigSpaceRead(bytes, value);
        });
    }

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_SPACE</c>: byte i of the access is byte i of <paramref name="value"/> (0 beyond four).</summary>
    public static AdapterReply WriteVfConfigSpace(this Datacenter adapter, int host, int vfId, int offset, int length, int bufferOffset, int bufferLength, uint value) =>
        IssueOid(adapter, host, NdisRequests.VfConfigSpace(write: true, vfId, offset, length, bufferOffset, bufferLength, value));

    /// <summary><c>OID_SRIOV_READ_VF_CONFIG_BLOCK</c>. Data: <see cref="OidData.ConfigBlockRead"/>.</summary>
    public static AdapterReply ReadVfConfigBlock(this Datacenter adapter, int host, int vfId, int blockId, int length) =>
        IssueOid(adapter, host, NdisRequests.ReadVfConfigBlock(vfId, blockId, length), r =>
            new OidData.ConfigBlockRead(r.InformationBuffer.AsSpan(NdisSriovReadVfConfigBlockParameters.SizeBytes, length).ToArray()));

    /// <summary><c>OID_SRIOV_WRITE_VF_CONFIG_BLOCK</c> of <paramref name="length"/> bytes, all <paramref name="fill"/>.</summary>
    public static AdapterReply WriteVfConfigBlock(this Datacenter adapter, int host, int vfId, int blockId, int length, byte fill) =>
        IssueOid(adapter, host, NdisRequests.WriteVfConfigBlock(vfId, blockId, length, fill));

    /// <summary><c>OID_SRIOV_RESET_VF</c>.</summary>
    public static AdapterReply ResetVf(this Datacenter adapter, int host, int vfId) => IssueOid(adapter, host, NdisRequests.ResetVf(vfId));

    /// <summary><c>OID_SRIOV_SET_VF_POWER_STATE</c> to D3 or D0.</summary>
    public static AdapterReply SetVfPowerState(this Datacenter adapter, int host, int vfId, bool d3) => IssueOid(adapter, host, NdisRequests.SetVfPowerState(vfId, d3));

    /// <summary><c>OID_NIC_SWITCH_ENUM_SWITCHES</c>. Data: <see cref="OidData.SwitchesEnumerated"/>.</summary>
    public static AdapterReply EnumerateSwitches(this Datacenter adapter, int host) =>
        Enumerate(adapter, host, NdisRequests.EnumerateSwitches, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchInfoArray>(r);
            return new OidData.SwitchesEnumerated(NdisRequests.DecodeElements<NdisNicSwitchInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary><c>OID_NIC_SWITCH_ENUM_VFS</c> (allocated VFs). Data: <see cref="OidData.VfsEnumerated"/>.</summary>
    public static AdapterReply EnumerateVfs(this Datacenter adapter, int host) =>
        Enumerate(adapter, host, NdisRequests.EnumerateVfs, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchVfInfoArray>(r);
            return new OidData.VfsEnumerated(NdisRequests.DecodeElements<NdisNicSwitchVfInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary><c>OID_NIC_SWITCH_ENUM_VPORTS</c>. Data: <see cref="OidData.VPortsEnumerated"/>.</summary>
    public static AdapterReply EnumerateVPorts(this Datacenter adapter, int host) =>
        Enumerate(adapter, host, NdisRequests.EnumerateVPorts, r =>
        {
            var array = NdisRequests.Decode<NdisNicSwitchVPortInfoArray>(r);
            return new OidData.VPortsEnumerated(NdisRequests.DecodeElements<NdisNicSwitchVPortInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize));
        });

    /// <summary>
    /// <c>OID_RECEIVE_FILTER_ENUM_FILTERS</c> of the default queue, then <c>OID_RECEIVE_FILTER_PARAMETERS</c> of each filter
    /// listed (its VPort and its MAC and VLAN tests), all under the configuration lock so that the list and the
    /// parameters are one snapshot. Data: <see cref="OidData.FiltersEnumerated"/>.
    /// </summary>
    public static AdapterReply EnumerateFilters(this Datacenter adapter, int host) =>
        NoHost(adapter, host) ?? adapter.Exchange(host, send => FiltersOn(send));

    /// <summary>The filter list and each filter's parameters, through <paramref name="send"/> within one configuration operation.</summary>
    private static AdapterReply FiltersOn(Func<OidRequest, OidResult> send)
    {
        var listed = EnumerateOn(send, length => NdisRequests.EnumerateFilters(null, length), r =>
        {
            var array = NdisRequests.Decode<NdisReceiveFilterInfoArray>(r);
            var infos = NdisRequests.DecodeElements<NdisReceiveFilterInfo>(r, array.FirstElementOffset, array.NumElements, array.ElementSize);
            return new OidData.FiltersEnumerated(infos.Select(f => new FilterSnapshot((int)f.FilterId, -1, default, 0)).ToList());
        });
        if (listed.Data is not OidData.FiltersEnumerated { Filters: var ids })
        {
            return listed;
        }

        var filters = new List<FilterSnapshot>(ids.Count);
        foreach (var id in ids)
        {
            var read = EnumerateOn(send, length => NdisRequests.FilterParameters(id.FilterId, length), r => new OidData.FiltersEnumerated([DecodeFilter(r)]));
            if (read.Data is not OidData.FiltersEnumerated { Filters: [var filter] })
            {
                return read;
            }

            filters.Add(filter);
        }

        return AdapterReply.With(new OidData.FiltersEnumerated(filters));
    }

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
    private static AdapterReply Enumerate(Datacenter adapter, int host, Func<int, OidRequest> request, Func<OidResult, OidData> decode) =>
        NoHost(adapter, host) ?? adapter.Exchange(host, send => EnumerateOn(send, request, decode));

    /// <summary>The two-step query through <paramref name="send"/>, within one configuration operation.</summary>
    private static AdapterReply EnumerateOn(Func<OidRequest, OidResult> send, Func<int, OidRequest> request, Func<OidResult, OidData> decode)
    {
        var first = request(0);
        var probe = send(first);
        var result = probe.Status == NdisStatus.InvalidLength ? send(request(probe.BytesNeeded)) : probe;
        return result.IsSuccess ? AdapterReply.With(decode(result)) : AdapterReply.Refused(result.Status, $"{first.Oid} completed with {result.Status}");
    }

    /// <summary><c>OID_SRIOV_CURRENT_CAPABILITIES</c>. Data: <see cref="OidData.SriovCapsReported"/>.</summary>
    public static AdapterReply QuerySriovCapabilities(this Datacenter adapter, int host) =>
        IssueOid(adapter, host, NdisRequests.CurrentSriovCapabilities(), r => new OidData.SriovCapsReported(NdisRequests.Decode<NdisSriovCapabilities>(r).SriovCapabilities));
}
