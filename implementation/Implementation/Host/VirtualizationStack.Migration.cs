// Host room: live migration of a VM (without a VF) from one host's stack to another's.

namespace SriovVerification.Implementation.Host;

/// <content>Live migration: the VM pauses on its source host, then resumes on its destination on the synthetic path.</content>
internal sealed partial class VirtualizationStack
{
    /// <summary>Live migration starts: the VM (without a VF) pauses on its host and its filter there is cleared.</summary>
    public AdapterResult LiveMigrationStart(int vm, int destinationHost)
    {
        if (fabric.Vm(vm) is not { } v || v.Migrating || destinationHost == v.Host || fabric.Host(destinationHost) is null)
        {
            return Fabric.InvalidDeviceRequest("VM migrating, or destination invalid");
        }

        if (fabric.Hosts[v.Host].VfOf(v) is not null)
        {
            return Fabric.InvalidDeviceRequest("VM has a VF");
        }

        var status = fabric.Hosts[v.Host].Disconnect(v);
        v.Migrating = true;
        v.MigrationDestination = destinationHost;
        return status == NdisStatus.Success ? AdapterResult.Ok : AdapterResult.Refused(status, "CLEAR_FILTER refused");
    }

    /// <summary>The migrating VM resumes on its destination on the synthetic path, connected there when that host has a switch and the filter can be set.</summary>
    public AdapterResult LiveMigrationResume(int vm)
    {
        if (fabric.Vm(vm) is not { } v || !v.Migrating)
        {
            return Fabric.InvalidDeviceRequest("VM is not migrating");
        }

        v.Host = v.MigrationDestination;
        v.Migrating = false;
        v.MigrationDestination = -1;
        v.Guest.DataPath = DataPath.Synthetic;
        var host = fabric.Hosts[v.Host];
        if (host.Miniport.SwitchExists)
        {
            host.Connect(v);
        }

        return AdapterResult.Ok;
    }
}
