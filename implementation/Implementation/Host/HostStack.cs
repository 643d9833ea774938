namespace SriovVerification.Implementation;

/// <summary>
/// The Hyper-V virtualization stack of one host: the extensible switch's VM ports and their filters, the management
/// path that forwards OIDs to the PF miniport, VF attach and detach, and the graceful-removal time-outs.
/// </summary>
public sealed partial class HostStack
{
    private readonly IReadOnlyList<VirtualMachine> vms;
    private readonly Dictionary<int, int> vmFilterIds = [];

    internal HostStack(int hostIndex, PfMiniport miniport, IReadOnlyList<VirtualMachine> vms, VirtualClock clock, DatacenterOptions options)
    {
        HostIndex = hostIndex;
        Miniport = miniport;
        this.vms = vms;
        Clock = clock;
        Options = options;
    }

    /// <summary>The host's index.</summary>
    public int HostIndex { get; }

    /// <summary>The PF miniport of the host's adapter.</summary>
    public PfMiniport Miniport { get; }

    internal VirtualClock Clock { get; }

    internal DatacenterOptions Options { get; }

    /// <summary>The filter of each connected VM's network adapter on this host (VM index → FilterId).</summary>
    public IReadOnlyDictionary<int, int> VmFilterIds => vmFilterIds;

    /// <summary>The VM whose network adapter owns filter <paramref name="filterId"/>, or -1.</summary>
    public int FilterOwner(int filterId)
    {
        foreach (var (vm, id) in vmFilterIds)
        {
            if (id == filterId)
            {
                return vm;
            }
        }

        return -1;
    }

    /// <summary>
    /// The management path: an OID from a management client (not a VM network adapter) to the PF miniport. Filter
    /// OIDs on a VM's filter and SET_FILTER of a VM's MAC are refused (the extensible switch owns those), and so is
    /// ALLOCATE_VF for a VM that does not run here.
    /// </summary>
    public OidResult ManagementRequest(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Miniport.SriovEnabled && PfMiniport.ExpectedRequestType(request.Oid) == request.RequestType)
        {
            var refusal = ManagementRefusal(request);
            if (refusal is not null)
            {
                Miniport.LogRefusal(request.Oid, refusal);
                return new OidResult(NdisStatus.InvalidParameter, 0, 0, request.InformationBuffer);
            }
        }

        return Miniport.Request(request);
    }

    private string? ManagementRefusal(OidRequest request)
    {
        switch (request.Oid)
        {
            case Oid.OID_RECEIVE_FILTER_CLEAR_FILTER:
                if (PfMiniport.Parse<NdisReceiveFilterClearParameters>(request, out var clear, out _) == NdisStatus.Success
                    && clear.FilterId <= int.MaxValue && FilterOwner((int)clear.FilterId) >= 0)
                {
                    return $"FilterId={clear.FilterId} owned by a VM network adapter";
                }

                break;
            case Oid.OID_RECEIVE_FILTER_MOVE_FILTER:
                if (PfMiniport.Parse<NdisReceiveFilterMoveFilterParameters>(request, out var move, out _) == NdisStatus.Success
                    && move.FilterId <= int.MaxValue && FilterOwner((int)move.FilterId) >= 0)
                {
                    return $"FilterId={move.FilterId} owned by a VM network adapter";
                }

                break;
            case Oid.OID_RECEIVE_FILTER_SET_FILTER:
                if (PfMiniport.Parse<NdisReceiveFilterParameters>(request, out var set, out _) == NdisStatus.Success
                    && PfMiniport.TryReadFilterFields(request, set, out var mac, out _)
                    && vms.Any(v => v.MacAddress == mac))
                {
                    return $"Mac={mac} belongs to a VM network adapter";
                }

                break;
            case Oid.OID_NIC_SWITCH_ALLOCATE_VF:
                if (PfMiniport.Parse<NdisNicSwitchVfParameters>(request, out var allocate, out _) == NdisStatus.Success)
                {
                    var vm = vms.FirstOrDefault(v => v.Name == allocate.VMName);
                    if (vm is null || vm.Host != HostIndex || vm.Migrating)
                    {
                        return $"VMName={allocate.VMName} does not run on host {HostIndex}";
                    }
                }

                break;
            default:
                break;
        }

        return null;
    }

    internal VirtualFunction? VfOf(VirtualMachine vm) => vm.Host == HostIndex ? Miniport.VfOwnedBy(vm.Name) : null;

    internal bool IsConnected(VirtualMachine vm) => vmFilterIds.ContainsKey(vm.Index);

    internal int? FilterIdOf(VirtualMachine vm) => vmFilterIds.TryGetValue(vm.Index, out var id) ? id : null;

    internal VirtualMachine? VmByName(string name) => vms.FirstOrDefault(v => v.Name == name);

    internal VirtualMachine? VmOnHost(MacAddress mac, int vlan) =>
        vms.FirstOrDefault(v => v.Host == HostIndex && v.MacAddress == mac && v.VlanId == vlan);
}
