// The context the VM attachment machine fires over: one VM in a model state.
namespace SriovVerification.Model;

/// <summary>The context <see cref="ModelMachines.VmAttachment"/> fires over: one VM in a model state.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="State">The whole model state.</param>
/// <param name="Vm">The VM (in range).</param>
/// <param name="DestinationHost">The requested destination host (MigrationStart only; -1 otherwise).</param>
public readonly record struct VmContext(ModelConfig Config, ModelState State, int Vm, int DestinationHost = -1)
{
    /// <summary>The VM.</summary>
    public VmState VmState => State.Vms[Vm];

    /// <summary>Whether the VM's host is in range and has its NIC switch.</summary>
    public bool HostHasSwitch
    {
        get
        {
            var host = VmState.Host;
            return host >= 0 && host < State.Hosts.Length && State.Hosts[host].Switches.Length > 0;
        }
    }

    /// <summary>The VFId of the VF the VM owns on its host, or -1.</summary>
    public int VfId
    {
        get
        {
            var host = VmState.Host;
            return host >= 0 && host < State.Hosts.Length ? SriovModel.VfIdOwnedBy(State.Hosts[host], Vm) : -1;
        }
    }

    /// <summary>Whether the VM owns a VF on its host and that VF has a VPort.</summary>
    public bool VfHasVPort
    {
        get
        {
            var vfId = VfId;
            return vfId >= 0 && SriovModel.VPortIdOfVf(State.Hosts[VmState.Host], vfId) >= 0;
        }
    }
}
