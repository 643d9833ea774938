// The receive filter OIDs, answered by their NDIS preconditions alone.
namespace SriovVerification.Model;

/// <summary>
/// The receive-filter OIDs (<c>docs/MODEL.md</c>, "OID requests to the PF miniport" and "The virtualization stack issues
/// the filter OIDs"). The PF miniport answers them by their NDIS preconditions alone: who owns a filter is the
/// virtualization stack's knowledge, and the stack, which issues the OIDs, never issues one that would take a VM
/// network adapter's MAC+VLAN off the VPorts its sequences put it on.
/// </summary>
public static partial class SriovModel
{
    /// <summary>The reason prefix of an OID the virtualization stack does not issue (status INVALID_DEVICE_REQUEST).</summary>
    public const string NotIssuedReason = "not issued by the virtualization stack: ";

    private static Transition SetFilter(ModelConfig config, ModelState state, Command.SetFilter c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        if (c.MacIndex >= 0 && c.MacIndex < config.VmCount && c.Vlan == config.VlanOf(c.MacIndex))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, NotIssuedReason + $"VM {c.MacIndex}'s MAC+VLAN is set only as its network adapter's filter");
        }

        if (!c.ValidFilterType)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "filter type not VMQueue, or a test other than equality");
        }

        if (c.MacIndex == Command.SetFilter.NoMac && c.Vlan == 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no field test: a filter tests the MAC and/or the VLAN id");
        }

        var host = state.Hosts[c.Host];
        if (host.Switches.Length == 0 || VPortIndex(host, c.VPortId) < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch, or no such VPort");
        }

        if ((c.MacIndex != Command.SetFilter.NoMac && !MacInDomain(config, c.MacIndex)) || !VlanInDomain(c.Vlan))
        {
            return Refuse(state, NdisStatus.InvalidParameter, "MAC or VLAN out of domain");
        }

        if (FilterIndexMatching(host, c.MacIndex, c.Vlan) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "a filter with the same MAC and VLAN tests exists");
        }

        if (host.Filters.Length >= config.MaxReceiveFilters)
        {
            return Refuse(state, NdisStatus.Resources, "filter table full");
        }

        var id = SmallestFreeFilterId(host);
        return Accept(WithHost(state, c.Host, InsertFilter(host, new FilterState(id, c.VPortId, c.MacIndex, c.Vlan, -1))), new OutcomeData.FilterCreated(id));
    }

    private static Transition ClearFilter(ModelConfig config, ModelState state, Command.ClearFilter c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var index = FilterIndex(host, c.FilterId);
        var owner = index < 0 ? -1 : host.Filters[index].OwnerVm;
        if (owner >= 0 && VfIdOwnedBy(host, owner) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, NotIssuedReason + $"VM {owner}'s filter is cleared only once the VM has no VF");
        }

        if (index < 0)
        {
            return Refuse(state, NdisStatus.FileNotFound, "no such filter");
        }

        var next = WithHost(state, c.Host, host with { Filters = host.Filters.RemoveAt(index) });
        return Accept(owner < 0 ? next : WithVm(next, owner, next.Vms[owner] with { Connected = false }));
    }

    private static Transition MoveFilter(ModelConfig config, ModelState state, Command.MoveFilter c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var index = FilterIndex(host, c.FilterId);
        if (index >= 0 && MoveNotIssued(state, host, host.Filters[index].OwnerVm, c.DestinationVPortId) is { } reason)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, NotIssuedReason + reason);
        }

        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no such filter");
        }

        var filter = host.Filters[index];
        if (filter.VPortId != c.SourceVPortId)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "the filter is not on the source VPort");
        }

        if (VPortIndex(host, c.DestinationVPortId) < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no such destination VPort");
        }

        if (c.SourceVPortId == c.DestinationVPortId)
        {
            return Accept(state);
        }

        return Accept(WithHost(state, c.Host, host with { Filters = host.Filters.SetItem(index, filter with { VPortId = c.DestinationVPortId }) }));
    }

    private static Transition ClientClearFilter(ModelConfig config, ModelState state, Command.ClientClearFilter c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var index = FilterIndex(host, c.FilterId);
        if (index >= 0 && host.Filters[index].OwnerVm >= 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, $"the management path: filter {c.FilterId} is owned by VM {host.Filters[index].OwnerVm}'s network adapter");
        }

        return ClearFilter(config, state, new Command.ClearFilter(c.Host, c.FilterId));
    }

    /// <summary>
    /// Why the stack does not move VM <paramref name="owner"/>'s filter to <paramref name="destination"/>, or null: it
    /// moves it only to its VF's VPort (VF initialization, step 3) or, off the VF path, to the default VPort (teardown,
    /// step 2) — the rules of <c>HOST_MOVE_VM_FILTER</c>.
    /// </summary>
    private static string? MoveNotIssued(ModelState state, HostState host, int owner, int destination)
    {
        if (owner < 0)
        {
            return null;
        }

        var ownVPort = VPortIdOfVf(host, VfIdOwnedBy(host, owner));
        if (destination == 0 && state.Vms[owner].DataPath != DataPath.Vf)
        {
            return null;
        }

        return ownVPort >= 0 && destination == ownVPort
            ? null
            : $"VM {owner}'s filter goes only to its VF's VPort or, off the VF path, to the default VPort (not VPort {destination})";
    }
}
