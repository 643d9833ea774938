using SriovVerification.Model.Kernel;

namespace SriovVerification.Model;

/// <summary>
/// The kernel state machines the model runs: the per-VF lifecycle and the NIC switch. <see cref="SriovModel.Apply"/>
/// fires them for the commands they cover, so the diagrams (<see cref="StateMachine{TState, TTrigger, TContext}.GetInfo"/>)
/// come from the same table the model runs. Guards carry the <see cref="NdisStatus"/> a command answers with when
/// the guard is the first unmet one.
/// </summary>
public static class ModelMachines
{
    /// <summary>Guard description: a graceful removal is not pending.</summary>
    public const string NoRemovalPending = "no removal pending";

    /// <summary>Guard description: a graceful removal is pending.</summary>
    public const string RemovalPending = "removal pending";

    /// <summary>The per-VF lifecycle (<see cref="VfPhase"/>).</summary>
    public static StateMachine<VfPhase, VfTrigger, VfContext> VfLifecycle { get; } = BuildVfLifecycle();

    /// <summary>The NIC switch of one adapter (<see cref="SwitchPhase"/>).</summary>
    public static StateMachine<SwitchPhase, SwitchTrigger, SwitchContext> NicSwitch { get; } = BuildNicSwitch();

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
    public static SwitchPhase SwitchPhaseOf(HostState host) => host.Switches.Length > 0 ? SwitchPhase.SwitchCreated : SwitchPhase.NoSwitch;

    private static StateMachine<VfPhase, VfTrigger, VfContext> BuildVfLifecycle()
    {
        var machine = new StateMachine<VfPhase, VfTrigger, VfContext>(c => PhaseOf(c.HostState, c.VfId), VfPhase.Free, "VfLifecycle");
        var idr = NdisStatus.InvalidDeviceRequest;
        var noRemoval = new Guard<VfContext>(c => !c.RemovalPending, NoRemovalPending, idr);
        var removal = new Guard<VfContext>(c => c.RemovalPending, RemovalPending, idr);
        var synthetic = new Guard<VfContext>(c => c.Owner is { DataPath: DataPath.Synthetic }, "data path Synthetic", idr);
        var connected = new Guard<VfContext>(c => c.Owner is { Connected: true }, "VM connected", idr);
        var filterReady = new Guard<VfContext>(
            c => c.Config.FilterMovePolicy == FilterMovePolicy.GuestDriven || c.OwnerFilterOnVPort,
            "guest-driven, or VM's filter on the VF's VPort",
            idr);
        var invalidation = new Guard<VfContext>(c => c.Vf.PendingInvalidation != 0, "invalidation pending", idr);

        machine.Configure(VfPhase.Free)
            .OnEntry("scrub every field back to its initial value")
            .Permit(VfTrigger.Allocate, VfPhase.Allocated);

        machine.Configure(VfPhase.Allocated)
            .OnEntry("owner = VM, RID by the PCIe formula")
            .Permit(VfTrigger.CreateVPort, VfPhase.Attached)
            .Permit(VfTrigger.Free, VfPhase.Free)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Attached)
            .PermitIf(VfTrigger.Offer, VfPhase.Offered, noRemoval)
            .PermitIf(VfTrigger.DeleteVPort, VfPhase.Allocated, c => !c.HasFilterOnVPort, "no filter on the VPort", NdisStatus.InvalidParameter)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Offered)
            .Permit(VfTrigger.Initialize, VfPhase.Initialized)
            .Permit(VfTrigger.RequestRemoval, VfPhase.Attached)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Initialized)
            .OnEntry("Bus Master set, MSI-X enabled, DMA active")
            .PermitIf(VfTrigger.Bind, VfPhase.Bound, noRemoval)
            .PermitIf(VfTrigger.RequestRemoval, VfPhase.Initialized, noRemoval)
            .PermitIf(VfTrigger.Pause, VfPhase.Unbound, removal, synthetic)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .PermitIf(VfTrigger.HandleInvalidation, VfPhase.Initialized, invalidation)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Bound)
            .PermitIf(VfTrigger.SwitchToVf, VfPhase.Bound, noRemoval, connected, filterReady)
            .PermitIf(VfTrigger.RequestRemoval, VfPhase.Bound, noRemoval)
            .PermitIf(VfTrigger.Pause, VfPhase.Paused, removal, synthetic)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .PermitIf(VfTrigger.HandleInvalidation, VfPhase.Bound, invalidation)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Paused)
            .Permit(VfTrigger.Unbind, VfPhase.Unbound)
            .PermitIf(VfTrigger.RequestRemoval, VfPhase.Paused, noRemoval)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .PermitIf(VfTrigger.HandleInvalidation, VfPhase.Paused, invalidation)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.Unbound)
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitIf(VfTrigger.RequestRemoval, VfPhase.Unbound, noRemoval)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .PermitIf(VfTrigger.HandleInvalidation, VfPhase.Unbound, invalidation)
            .Ignore(VfTrigger.PfOperation);

        machine.Configure(VfPhase.SurpriseRemoved)
            .OnEntry("data path Synthetic, VM's filter back on the default VPort")
            .Permit(VfTrigger.Halt, VfPhase.Attached)
            .PermitIf(VfTrigger.RequestRemoval, VfPhase.SurpriseRemoved, noRemoval)
            .PermitIf(VfTrigger.RemovalTimeout, VfPhase.SurpriseRemoved, removal)
            .Ignore(VfTrigger.PfOperation);

        return machine;
    }

    private static StateMachine<SwitchPhase, SwitchTrigger, SwitchContext> BuildNicSwitch()
    {
        var machine = new StateMachine<SwitchPhase, SwitchTrigger, SwitchContext>(c => SwitchPhaseOf(c.Host), SwitchPhase.NoSwitch, "NicSwitch");
        var ip = NdisStatus.InvalidParameter;

        machine.Configure(SwitchPhase.NoSwitch)
            .OnEntry("VF Enable cleared, then NumVFs = 0")
            .PermitIf(
                SwitchTrigger.CreateSwitch,
                SwitchPhase.SwitchCreated,
                new Guard<SwitchContext>(c => c.SwitchId == 0 && c.External, "SwitchId = 0 and type External", ip),
                new Guard<SwitchContext>(c => c.NumVfs >= 1 && c.NumVfs <= c.Config.TotalVfs, "0 < NumVFs <= TotalVFs", ip));

        machine.Configure(SwitchPhase.SwitchCreated)
            .OnEntry("NumVFs written, then VF Enable set; default VPort 0 on the PF, Activated")
            .PermitIf(
                SwitchTrigger.DeleteSwitch,
                SwitchPhase.NoSwitch,
                new Guard<SwitchContext>(c => c.Host.Switches.Length > 0 && c.Host.Switches[0].SwitchId == c.SwitchId, "SwitchId matches", NdisStatus.FileNotFound),
                new Guard<SwitchContext>(c => SriovModel.AllocatedVfCount(c.Host) == 0, "no VF allocated", ip),
                new Guard<SwitchContext>(c => SriovModel.NondefaultVPortCount(c.Host) == 0, "no nondefault VPort", ip),
                new Guard<SwitchContext>(c => c.Host.Filters.Length == 0, "no filter", ip));

        return machine;
    }
}
