// Host room: what the virtualization stack issues to the PF miniport.

namespace SriovVerification.Implementation.Host;

/// <content>
/// What the virtualization stack issues to the PF miniport: the filter OIDs of its VM network adapters only as its
/// sequences do, ALLOCATE_VF only for a VM that runs here; and what a management client that is not the stack may ask.
/// </content>
public sealed partial class HostStack
{
    /// <summary>The reason prefix of an OID the stack does not issue.</summary>
    public const string NotIssuedReason = "not issued by the virtualization stack: ";

    private string? IssuanceRefusal(OidRequest request)
    {
        switch (request.Oid)
        {
            case Oid.OID_RECEIVE_FILTER_SET_FILTER:
                if (PfMiniport.Parse<NdisReceiveFilterParameters>(request, out var set, out _) == NdisStatus.Success
                    && PfMiniport.TryReadFilterFields(request, set, out var mac, out var vlan)
                    && vms.FirstOrDefault(v => v.MacAddress == mac && v.VlanId == vlan) is { } named)
                {
                    return NotIssuedReason + $"{named.Name}'s MAC+VLAN is set only as its network adapter's filter";
                }

                break;
            case Oid.OID_RECEIVE_FILTER_CLEAR_FILTER:
                if (OwnerOfCleared(request) is { } owner && VfOf(owner) is not null)
                {
                    return NotIssuedReason + $"{owner.Name}'s filter is cleared only once the VM has no VF";
                }

                break;
            case Oid.OID_RECEIVE_FILTER_MOVE_FILTER:
                if (PfMiniport.Parse<NdisReceiveFilterMoveFilterParameters>(request, out var move, out _) == NdisStatus.Success
                    && move.FilterId <= int.MaxValue && FilterOwner((int)move.FilterId) is var index and >= 0)
                {
                    return MoveRefusal(vms[index], (int)move.DestVPortId);
                }

                break;
            default:
                break;
        }

        return null;
    }

    /// <summary>The stack moves a VM's filter only to its VF's VPort or, off the VF path, to the default VPort.</summary>
    private string? MoveRefusal(VirtualMachine vm, int destinationVPortId)
    {
        if (destinationVPortId == NdisConstants.DefaultVPortId && vm.Guest.DataPath != DataPath.Vf)
        {
            return null;
        }

        var own = VfOf(vm) is { } vf ? Miniport.VPortOfVf(vf)?.VPortId : null;
        return own == destinationVPortId
            ? null
            : NotIssuedReason + $"{vm.Name}'s filter goes only to its VF's VPort or, off the VF path, to the default VPort (not VPort {destinationVPortId})";
    }

    private string? AllocationRefusal(OidRequest request)
    {
        if (request.Oid == Oid.OID_NIC_SWITCH_ALLOCATE_VF
            && PfMiniport.Parse<NdisNicSwitchVfParameters>(request, out var allocate, out _) == NdisStatus.Success)
        {
            var vm = vms.FirstOrDefault(v => v.Name == allocate.VMName);
            if (vm is null || vm.Host != HostIndex || vm.Migrating)
            {
                return $"VMName={allocate.VMName} does not run on host {HostIndex}";
            }
        }

        return null;
    }

    private string? ClientRefusal(OidRequest request)
    {
        var owner = request.Oid switch
        {
            Oid.OID_RECEIVE_FILTER_CLEAR_FILTER => OwnerOfCleared(request),
            Oid.OID_RECEIVE_FILTER_MOVE_FILTER when PfMiniport.Parse<NdisReceiveFilterMoveFilterParameters>(request, out var move, out _) == NdisStatus.Success
                && move.FilterId <= int.MaxValue && FilterOwner((int)move.FilterId) is var index and >= 0 => vms[index],
            _ => null,
        };
        if (owner is not null)
        {
            return $"{owner.Name}'s filter is owned by its VM network adapter";
        }

        if (request.Oid == Oid.OID_RECEIVE_FILTER_SET_FILTER
            && PfMiniport.Parse<NdisReceiveFilterParameters>(request, out var set, out _) == NdisStatus.Success
            && PfMiniport.TryReadFilterFields(request, set, out var mac, out _)
            && vms.Any(v => v.MacAddress == mac))
        {
            return $"Mac={mac} belongs to a VM network adapter";
        }

        return null;
    }

    private VirtualMachine? OwnerOfCleared(OidRequest request) =>
        request.Oid == Oid.OID_RECEIVE_FILTER_CLEAR_FILTER
        && PfMiniport.Parse<NdisReceiveFilterClearParameters>(request, out var clear, out _) == NdisStatus.Success
        && clear.FilterId <= int.MaxValue && FilterOwner((int)clear.FilterId) is var index and >= 0
            ? vms[index]
            : null;

    private int ClearedOwner(OidRequest request) => OwnerOfCleared(request)?.Index ?? -1;
}
