namespace SriovVerification.Model;

/// <summary>The guest events (<c>docs/MODEL.md</c>, "Guest events").</summary>
public static partial class SriovModel
{
    private static Transition GuestInitializeVf(ModelConfig config, ModelState state, Command.GuestInitializeVf c) =>
        FireVmVf(
            config,
            state,
            c.Vm,
            VfTrigger.Initialize,
            vf => vf with
            {
                Device = VfDeviceState.Initialized,
                CommandRegister = vf.CommandRegister | VfConfigSpace.CommandBusMasterEnable,
                MsixEnabled = true,
                DmaActive = true,
            });

    private static Transition GuestBindNetVsc(ModelConfig config, ModelState state, Command.GuestBindNetVsc c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Bind, vf => vf with { Device = VfDeviceState.Bound });

    private static Transition GuestSwitchDataPath(ModelConfig config, ModelState state, Command.GuestSwitchDataPath c)
    {
        if (VmRefused(state, c.Vm, out var refusal))
        {
            return refusal;
        }

        var vm = state.Vms[c.Vm];
        switch (c.Target)
        {
            case DataPath.Vf:
            {
                if (vm.DataPath != DataPath.Synthetic)
                {
                    return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not Synthetic");
                }

                var fired = FireVmVf(config, state, c.Vm, VfTrigger.SwitchToVf, vf => vf);
                if (!fired.Outcome.IsSuccess)
                {
                    return fired;
                }

                var next = state;
                if (config.FilterMovePolicy == FilterMovePolicy.GuestDriven)
                {
                    var host = state.Hosts[vm.Host];
                    next = MoveVmFilterTo(next, vm.Host, c.Vm, VPortIdOfVf(host, VfIdOwnedBy(host, c.Vm)));
                }

                return Accept(WithVm(next, c.Vm, vm with { DataPath = DataPath.Vf }));
            }

            case DataPath.Synthetic:
            {
                if (vm.DataPath != DataPath.Vf)
                {
                    return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not Vf");
                }

                var next = state;
                if (config.FilterMovePolicy == FilterMovePolicy.GuestDriven && vm.Host >= 0 && vm.Host < state.Hosts.Length)
                {
                    next = MoveVmFilterTo(next, vm.Host, c.Vm, 0);
                }

                return Accept(WithVm(next, c.Vm, vm with { DataPath = DataPath.Synthetic }));
            }

            default:
                return Refuse(state, NdisStatus.InvalidDeviceRequest, "data path not defined");
        }
    }

    private static Transition GuestPauseVf(ModelConfig config, ModelState state, Command.GuestPauseVf c) =>
        FireVmVf(
            config,
            state,
            c.Vm,
            VfTrigger.Pause,
            vf => vf with { Device = vf.Device == VfDeviceState.Bound ? VfDeviceState.Paused : VfDeviceState.Unbound });

    private static Transition GuestUnbindNetVsc(ModelConfig config, ModelState state, Command.GuestUnbindNetVsc c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Unbind, vf => vf with { Device = VfDeviceState.Unbound });

    private static Transition GuestHaltVf(ModelConfig config, ModelState state, Command.GuestHaltVf c) =>
        FireVmVf(config, state, c.Vm, VfTrigger.Halt, vf => vf with { Device = VfDeviceState.Absent, RemovalRequested = false, DmaActive = false });

    private static Transition GuestHandleInvalidation(ModelConfig config, ModelState state, Command.GuestHandleInvalidation c)
    {
        var fired = FireVmVf(config, state, c.Vm, VfTrigger.HandleInvalidation, vf => vf with { PendingInvalidation = 0 });
        if (!fired.Outcome.IsSuccess)
        {
            return fired;
        }

        var host = state.Hosts[state.Vms[c.Vm].Host];
        var mask = host.Vfs[VfIdOwnedBy(host, c.Vm)].PendingInvalidation;
        return Accept(fired.State, new OutcomeData.InvalidationDelivered(mask));
    }
}
