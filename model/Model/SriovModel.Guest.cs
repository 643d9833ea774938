// The guest's events: VF miniport initialize, bind, data path, pause, unbind, halt, invalidations.
namespace SriovVerification.Model;

/// <summary>The guest events (<c>docs/MODEL.md</c>, "Guest events").</summary>
public static partial class SriovModel
{
    private static Transition GuestInitializeVf(ModelConfig config, ModelState state, Command.GuestInitializeVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Initialize);

    private static Transition GuestBindNetVsc(ModelConfig config, ModelState state, Command.GuestBindNetVsc c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Bind);

    private static Transition GuestBindProtocol(ModelConfig config, ModelState state, Command.GuestBindProtocol c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        if (!c.ToVfMiniport)
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "binding refused: NetVSC binds only to the VF miniport, never the PF miniport (spec 9.4)");
        }

        return c.NetVsc
            ? GuestBindNetVsc(config, state, new Command.GuestBindNetVsc(c.Vm))
            : Refuse(state, NdisStatus.InvalidDeviceRequest, "binding refused: no protocol but NetVSC binds to the VF miniport (spec 1)");
    }

    private static Transition GuestSwitchDataPath(ModelConfig config, ModelState state, Command.GuestSwitchDataPath c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        if (c.Target is not (DataPath.Vf or DataPath.Synthetic))
        {
            return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not defined");
        }

        var toVf = c.Target == DataPath.Vf;
        var fired = FireVm(config, state, c.Vm, toVf ? VmTrigger.SwitchToVf : VmTrigger.SwitchToSynthetic, out var firedContext);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidDeviceRequest, VmSubject(c.Vm));
        }

        var vm = state.Vms[c.Vm];
        var next = state;
        if (toVf)
        {
            // The VF must be Bound with its path ready: the VF lifecycle's SwitchToVf (a self-transition of Bound).
            var vfFired = FireVmVf(config, state, c.Vm, VfTrigger.SwitchToVf);
            if (!vfFired.Outcome.IsSuccess)
            {
                return vfFired;
            }
        }

        if (config.FilterMovePolicy == FilterMovePolicy.GuestDriven)
        {
            var host = state.Hosts[vm.Host];
            next = MoveVmFilterTo(next, vm.Host, c.Vm, toVf ? VPortIdOfVf(host, VfIdOwnedBy(host, c.Vm)) : 0);
        }

        return Accept(ArriveVm(fired, firedContext, WithVm(next, c.Vm, vm with { DataPath = c.Target })));
    }

    private static Transition GuestPauseVf(ModelConfig config, ModelState state, Command.GuestPauseVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Pause);

    private static Transition GuestUnbindNetVsc(ModelConfig config, ModelState state, Command.GuestUnbindNetVsc c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Unbind);

    private static Transition GuestHaltVf(ModelConfig config, ModelState state, Command.GuestHaltVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Halt);

    private static Transition GuestHandleInvalidation(ModelConfig config, ModelState state, Command.GuestHandleInvalidation c)
    {
        var fired = FireVmVf(config, state, c.Vm, VfTrigger.HandleInvalidation);
        if (!fired.Outcome.IsSuccess)
        {
            return fired;
        }

        var host = state.Hosts[state.Vms[c.Vm].Host];
        var mask = host.Vfs[VfIdOwnedBy(host, c.Vm)].PendingInvalidation;
        return Accept(fired.State, new OutcomeData.InvalidationDelivered(mask));
    }
}
