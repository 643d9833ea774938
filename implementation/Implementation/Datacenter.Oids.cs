namespace SriovVerification.Implementation;

/// <content>OID requests to a host's PF miniport, through the host's management path.</content>
public sealed partial class Datacenter
{
    private AdapterResult IssueOid(int host, OidRequest request, Func<OidResult, AdapterData?>? decode = null) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}");
        }

        var result = stack.ManagementRequest(request);
        if (!result.IsSuccess)
        {
            var needed = result.Status == NdisStatus.InvalidLength ? $" (BytesNeeded={result.BytesNeeded})" : "";
            return AdapterResult.Refused(result.Status, $"{request.Oid} completed with {result.Status}{needed}");
        }

        return decode is null ? AdapterResult.Ok : new AdapterResult(NdisStatus.Success, "", decode(result));
    });

    /// <summary>Issues a raw OID request to <paramref name="host"/>'s PF miniport through the management path.</summary>
    public OidResult Request(int host, OidRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        AssertInvariants();
        var result = hosts[host].ManagementRequest(request);
        AssertInvariants();
        return result;
    }

    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c>.</summary>
    public AdapterResult CreateSwitch(int host, int numVfs, int switchId = 0, bool external = true) =>
        IssueOid(host, NdisRequests.CreateSwitch(numVfs, switchId, external));

    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    public AdapterResult DeleteSwitch(int host, int switchId = 0) => IssueOid(host, NdisRequests.DeleteSwitch(switchId));

    /// <summary><c>OID_NIC_SWITCH_ALLOCATE_VF</c> for <paramref name="vm"/>. Data: <see cref="AdapterData.VfAllocated"/>.</summary>
    public AdapterResult AllocateVf(int host, int vm, bool validInputIds = true) =>
        IssueOid(host, NdisRequests.AllocateVf(VirtualMachine.VmName(vm), VmMacAddress(vm), Vm(vm)?.VlanId ?? 0, validInputIds), r =>
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
    public AdapterResult CreateVPort(int host, uint attachedFunctionId, int queuePairs) =>
        IssueOid(host, NdisRequests.CreateVPort(attachedFunctionId, queuePairs), r =>
            new AdapterData.VPortCreated((int)NdisRequests.Decode<NdisNicSwitchVPortParameters>(r).VPortId));

    /// <summary><c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> with the state-change flag.</summary>
    public AdapterResult SetVPortState(int host, int vportId, bool activated) => IssueOid(host, NdisRequests.SetVPortState(vportId, activated));

    /// <summary><c>OID_NIC_SWITCH_DELETE_VPORT</c>.</summary>
    public AdapterResult DeleteVPort(int host, int vportId) => IssueOid(host, NdisRequests.DeleteVPort(vportId));

    /// <summary><c>OID_RECEIVE_FILTER_SET_FILTER</c> by a management client. Data: <see cref="AdapterData.FilterCreated"/>.</summary>
    public AdapterResult SetFilter(int host, int vportId, MacAddress mac, int vlan, bool validFilterType = true) =>
        IssueOid(host, NdisRequests.SetFilter(vportId, mac, vlan, validFilterType), r =>
            new AdapterData.FilterCreated((int)NdisRequests.Decode<NdisReceiveFilterParameters>(r).FilterId));

    /// <summary><c>OID_RECEIVE_FILTER_CLEAR_FILTER</c> by a management client.</summary>
    public AdapterResult ClearFilter(int host, int filterId) => IssueOid(host, NdisRequests.ClearFilter(filterId));

    /// <summary><c>OID_RECEIVE_FILTER_MOVE_FILTER</c> by a management client.</summary>
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
        Enumerate(host, Oid.OID_NIC_SWITCH_ENUM_SWITCHES, r => new AdapterData.SwitchesEnumerated(NdisRequests.DecodeArray<NdisNicSwitchInfo>(r)));

    /// <summary><c>OID_NIC_SWITCH_ENUM_VFS</c> (allocated VFs). Data: <see cref="AdapterData.VfsEnumerated"/>.</summary>
    public AdapterResult EnumerateVfs(int host) =>
        Enumerate(host, Oid.OID_NIC_SWITCH_ENUM_VFS, r => new AdapterData.VfsEnumerated(NdisRequests.DecodeArray<NdisNicSwitchVfInfo>(r)));

    /// <summary><c>OID_NIC_SWITCH_ENUM_VPORTS</c>. Data: <see cref="AdapterData.VPortsEnumerated"/>.</summary>
    public AdapterResult EnumerateVPorts(int host) =>
        Enumerate(host, Oid.OID_NIC_SWITCH_ENUM_VPORTS, r => new AdapterData.VPortsEnumerated(NdisRequests.DecodeArray<NdisNicSwitchVPortInfo>(r)));

    /// <summary><c>OID_RECEIVE_FILTER_ENUM_FILTERS</c>. Data: <see cref="AdapterData.FiltersEnumerated"/>.</summary>
    public AdapterResult EnumerateFilters(int host) =>
        Enumerate(host, Oid.OID_RECEIVE_FILTER_ENUM_FILTERS, r => new AdapterData.FiltersEnumerated(NdisRequests.DecodeArray<NdisReceiveFilterInfo>(r)));

    /// <summary>Issues an enumeration query, first with an empty buffer to learn BytesNeeded, then with one that size.</summary>
    private AdapterResult Enumerate(int host, Oid oid, Func<OidResult, AdapterData> decode) => Checked(() =>
    {
        if (Host(host) is not { } stack)
        {
            return AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}");
        }

        var probe = stack.ManagementRequest(NdisRequests.Query(oid, 0));
        var result = probe.Status == NdisStatus.InvalidLength ? stack.ManagementRequest(NdisRequests.Query(oid, probe.BytesNeeded)) : probe;
        return result.IsSuccess ? AdapterResult.With(decode(result)) : AdapterResult.Refused(result.Status, $"{oid} completed with {result.Status}");
    });
}
