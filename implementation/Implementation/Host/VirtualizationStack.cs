// Host room: the virtualization stack's events across the hosts, each checked against the stack's rules before the host's stack runs it.

namespace SriovVerification.Implementation.Host;

/// <summary>
/// The Hyper-V virtualization stack as the protocol steps drive it: each event (a VM's connect and disconnect, a
/// filter move, VF attach, offer, removal and detach, live migration, the PF's lifecycle) checks the stack's
/// preconditions, then runs on the <see cref="HostStack"/> of the VM's host. Refusals are INVALID_DEVICE_REQUEST with
/// the reason the stack gives, unless an OID of the sequence answers otherwise.
/// </summary>
internal sealed partial class VirtualizationStack(Fabric fabric)
{
    /// <summary>The VM's network adapter connects to its host's switch: its MAC+VLAN filter is set on the default VPort. Data: <see cref="AdapterData.FilterCreated"/>.</summary>
    public AdapterResult VmConnect(int vm)
    {
        if (fabric.Vm(vm) is not { } v || v.Migrating)
        {
            return Fabric.InvalidDeviceRequest("VM does not exist or is migrating");
        }

        var host = fabric.Hosts[v.Host];
        if (host.IsConnected(v))
        {
            return Fabric.InvalidDeviceRequest("VM is connected already");
        }

        if (!host.Miniport.SwitchExists)
        {
            return Fabric.InvalidDeviceRequest("host has no NIC switch");
        }

        return host.Connect(v);
    }

    /// <summary>The VM's network adapter disconnects: its filter is cleared (only while it has no VF).</summary>
    public AdapterResult VmDisconnect(int vm)
    {
        if (fabric.Vm(vm) is not { } v || !fabric.Hosts[v.Host].IsConnected(v))
        {
            return Fabric.InvalidDeviceRequest("VM is not connected");
        }

        if (fabric.Hosts[v.Host].VfOf(v) is not null)
        {
            return Fabric.InvalidDeviceRequest("VM has a VF");
        }

        var status = fabric.Hosts[v.Host].Disconnect(v);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "CLEAR_FILTER refused");
    }

    /// <summary>The stack moves the VM's filter to its VF's VPort (<see cref="DataPath.Vf"/>) or back to the default VPort.</summary>
    public AdapterResult MoveVmFilter(int vm, DataPath target)
    {
        if (fabric.Vm(vm) is not { } v || !fabric.Hosts[v.Host].IsConnected(v))
        {
            return Fabric.InvalidDeviceRequest("VM is not connected");
        }

        var host = fabric.Hosts[v.Host];
        int destination;
        if (target == DataPath.Vf)
        {
            var vport = host.VfOf(v) is { } vf ? host.Miniport.VPortOfVf(vf) : null;
            if (vport is null)
            {
                return Fabric.InvalidDeviceRequest("VM has no VF with a VPort");
            }

            destination = vport.VPortId;
        }
        else
        {
            if (v.Guest.DataPath == DataPath.Vf)
            {
                return Fabric.InvalidDeviceRequest("VM is on the VF data path");
            }

            destination = (int)NdisConstants.DefaultVPortId;
        }

        var status = host.MoveVmFilterTo(v, destination);
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "MOVE_FILTER refused");
    }

}
