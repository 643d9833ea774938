// The model's three Stateless machines and what they share.

namespace SriovVerification.Model;

/// <summary>
/// The state machines the model runs, declared with Stateless: the per-VF lifecycle, the NIC switch and the VM's
/// attachment. <see cref="SriovModel.Apply"/> fires them for the commands they cover, applies the effect of the
/// transition taken and checks that the phase it reached is the transition's destination; the diagrams
/// (<see cref="ModelMachine{TState, TTrigger, TContext}.GetInfo"/>) come from the same Stateless configuration. Guards
/// carry the <see cref="NdisStatus"/> a command answers with when the guard is the first unmet one.
/// </summary>
public static partial class ModelMachines
{
    /// <summary>Guard description: a graceful removal is not pending.</summary>
    public const string NoRemovalPending = "no removal pending";

    /// <summary>Guard description: a graceful removal is pending.</summary>
    public const string RemovalPending = "removal pending";

    /// <summary>The per-VF lifecycle (<see cref="VfPhase"/>).</summary>
    public static ModelMachine<VfPhase, VfTrigger, VfContext> VfLifecycle { get; } =
        new("VfLifecycle", VfPhase.Free, c => PhaseOf(c.HostState, c.VfId), DefineVfLifecycle);

    /// <summary>The NIC switch of one adapter (<see cref="SwitchPhase"/>).</summary>
    public static ModelMachine<SwitchPhase, SwitchTrigger, SwitchContext> NicSwitch { get; } =
        new("NicSwitch", SwitchPhase.NoSwitch, c => SwitchPhaseOf(c.Host), DefineNicSwitch);

    /// <summary>The attachment of one VM's network adapter (<see cref="VmPhase"/>).</summary>
    public static ModelMachine<VmPhase, VmTrigger, VmContext> VmAttachment { get; } =
        new("VmAttachment", VmPhase.Disconnected, c => VmPhaseOf(c.VmState), DefineVmAttachment);

    /// <summary>The phase of VF <paramref name="vfId"/> of <paramref name="host"/> (which must exist).</summary>
    public static VfPhase PhaseOf(HostState host, int vfId)
    {
        var vf = host.Vfs[vfId];
        if (!vf.IsAllocated)
        {
            return VfPhase.Free;
        }

        return vf.Device switch
        {
            VfDeviceState.Offered => VfPhase.Offered,
            VfDeviceState.Initialized => VfPhase.Initialized,
            VfDeviceState.Bound => VfPhase.Bound,
            VfDeviceState.Paused => VfPhase.Paused,
            VfDeviceState.Unbound => VfPhase.Unbound,
            VfDeviceState.SurpriseRemoved => VfPhase.SurpriseRemoved,
            _ => SriovModel.VPortIdOfVf(host, vfId) >= 0 ? VfPhase.Attached : VfPhase.Allocated,
        };
    }

    /// <summary>The phase of the NIC switch of <paramref name="host"/>.</summary>
    public static SwitchPhase SwitchPhaseOf(HostState host) =>
        host.Halted ? SwitchPhase.Halted : host.Switches.Length > 0 ? SwitchPhase.SwitchCreated : SwitchPhase.NoSwitch;

    /// <summary>The phase of <paramref name="vm"/>'s attachment.</summary>
    public static VmPhase VmPhaseOf(VmState vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (vm.Migrating)
        {
            return VmPhase.Migrating;
        }

        if (!vm.Connected)
        {
            return VmPhase.Disconnected;
        }

        return vm.DataPath == DataPath.Vf ? VmPhase.VfPath : VmPhase.SyntheticPath;
    }

    /// <summary>The VF device state in the owner's guest that a VF in <paramref name="phase"/> has.</summary>
    public static VfDeviceState DeviceOf(VfPhase phase) => phase switch
    {
        VfPhase.Offered => VfDeviceState.Offered,
        VfPhase.Initialized => VfDeviceState.Initialized,
        VfPhase.Bound => VfDeviceState.Bound,
        VfPhase.Paused => VfDeviceState.Paused,
        VfPhase.Unbound => VfDeviceState.Unbound,
        VfPhase.SurpriseRemoved => VfDeviceState.SurpriseRemoved,
        _ => VfDeviceState.Absent,
    };

    /// <summary>
    /// An entry action's body (declared with <c>OnEntryFrom</c> the trigger that enters): the model's state is immutable,
    /// so the effect is applied by the model to the value the fired transition produces (<see cref="VfEffects"/>).
    /// </summary>
    private static void EffectAppliedByTheModel()
    {
    }
}
