// Host room: the Hyper-V virtualization stack of one host.
using System.Collections.Immutable;

namespace SriovVerification.Implementation.Host;

/// <summary>
/// The Hyper-V virtualization stack of one host: the extensible switch's VM ports and their filters, the management
/// path that forwards OIDs to the PF miniport, VF attach and detach, and the graceful-removal time-outs.
/// </summary>
public sealed partial class HostStack
{
    private readonly IReadOnlyList<VirtualMachine> vms;
    // Replaced as a whole under the state lock; the data path reads it without a lock.
    private volatile ImmutableDictionary<int, int> vmFilterIds = ImmutableDictionary<int, int>.Empty;

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

    /// <summary>Called between the atomic steps of the stack's composite sequences (the datacenter's yield seam).</summary>
    internal Action<string> StepBoundary { get; init; } = _ => { };

    /// <summary>The filter of each connected VM's network adapter on this host (VM index → FilterId).</summary>
    public ImmutableDictionary<int, int> VmFilterIds => vmFilterIds;

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
    /// The virtualization stack's OID path to the PF miniport. The miniport answers by the NDIS preconditions; the
    /// stack, which knows who owns each filter, never issues a filter OID that would take a VM network adapter's
    /// MAC+VLAN off the VPorts its sequences put it on (<see cref="IssuanceRefusal"/>: INVALID_DEVICE_REQUEST, nothing
    /// reaches the miniport), and ALLOCATE_VF only for a VM that runs here. A VM's filter cleared by it is no longer
    /// that VM's (the VM is disconnected).
    /// </summary>
    public OidResult ManagementRequest(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Miniport.SriovEnabled && !Miniport.Halted && PfMiniport.ExpectedRequestType(request.Oid) == request.RequestType)
        {
            if (IssuanceRefusal(request) is { } notIssued)
            {
                Miniport.LogRefusal(request.Oid, notIssued);
                return new OidResult(NdisStatus.InvalidDeviceRequest, 0, 0, request.InformationBuffer);
            }

            if (AllocationRefusal(request) is { } refusal)
            {
                Miniport.LogRefusal(request.Oid, refusal);
                return new OidResult(NdisStatus.InvalidParameter, 0, 0, request.InformationBuffer);
            }
        }

        var owner = ClearedOwner(request);
        var result = Miniport.Request(request);
        if (result.IsSuccess && owner >= 0)
        {
            vmFilterIds = vmFilterIds.Remove(owner);
        }

        return result;
    }

    /// <summary>
    /// The management path of a client in the management OS that is not the virtualization stack: a filter OID on a
    /// VM network adapter's filter, or SET_FILTER of a VM's MAC, is refused with INVALID_PARAMETER (the extensible
    /// switch owns those); anything else goes on as <see cref="ManagementRequest"/>.
    /// </summary>
    public OidResult ClientRequest(OidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Miniport.SriovEnabled && !Miniport.Halted && PfMiniport.ExpectedRequestType(request.Oid) == request.RequestType
            && ClientRefusal(request) is { } refusal)
        {
            Miniport.LogRefusal(request.Oid, refusal);
            return new OidResult(NdisStatus.InvalidParameter, 0, 0, request.InformationBuffer);
        }

        return ManagementRequest(request);
    }

    internal VirtualFunction? VfOf(VirtualMachine vm) => vm.Host == HostIndex ? Miniport.VfOwnedBy(vm.Name) : null;

    internal bool IsConnected(VirtualMachine vm) => vmFilterIds.ContainsKey(vm.Index);

    internal int? FilterIdOf(VirtualMachine vm) => vmFilterIds.TryGetValue(vm.Index, out var id) ? id : null;

    internal VirtualMachine? VmByName(string name) => vms.FirstOrDefault(v => v.Name == name);

    internal VirtualMachine? VmOnHost(MacAddress mac, int vlan) =>
        vms.FirstOrDefault(v => v.Host == HostIndex && v.MacAddress == mac && v.VlanId == vlan);
}
