// The context the VF lifecycle machine fires over: one VF of one host in a model state.
namespace SriovVerification.Model;

/// <summary>The context <see cref="ModelMachines.VfLifecycle"/> fires over: one VF of one host in a model state.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="State">The whole model state.</param>
/// <param name="Host">The host whose adapter holds the VF.</param>
/// <param name="VfId">The VF.</param>
/// <param name="AllocatingVm">The VM the VF is allocated to (Allocate only; -1 otherwise).</param>
public readonly record struct VfContext(ModelConfig Config, ModelState State, int Host, int VfId, int AllocatingVm = -1)
{
    /// <summary>The host's adapter.</summary>
    public HostState HostState => State.Hosts[Host];

    /// <summary>The VF.</summary>
    public VfState Vf => State.Hosts[Host].Vfs[VfId];

    /// <summary>The VPortId of the VF's VPort, or -1.</summary>
    public int VPortId => SriovModel.VPortIdOfVf(HostState, VfId);

    /// <summary>The owner VM, or null when the VF is free or its owner is out of range.</summary>
    public VmState? Owner => Vf.OwnerVm >= 0 && Vf.OwnerVm < State.Vms.Length ? State.Vms[Vf.OwnerVm] : null;

    /// <summary>Whether a removal is pending.</summary>
    public bool RemovalPending => Vf.RemovalRequested;

    /// <summary>Whether any filter is on the VF's VPort.</summary>
    public bool HasFilterOnVPort
    {
        get
        {
            var vportId = VPortId;
            return vportId >= 0 && SriovModel.FilterCountOnVPort(HostState, vportId) > 0;
        }
    }

    /// <summary>Whether the owner VM's filter is on the VF's VPort.</summary>
    public bool OwnerFilterOnVPort
    {
        get
        {
            var host = HostState;
            var index = SriovModel.FilterIndexOwnedBy(host, Vf.OwnerVm);
            return index >= 0 && host.Filters[index].VPortId == VPortId && VPortId >= 0;
        }
    }
}
