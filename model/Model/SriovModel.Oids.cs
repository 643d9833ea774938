// The NIC switch, VF and VPort OID requests to the PF miniport.

namespace SriovVerification.Model;

/// <summary>The OID requests to the PF miniport (<c>docs/MODEL.md</c>, "OID requests to the PF miniport").</summary>
public static partial class SriovModel
{
    private static Transition CreateSwitch(ModelConfig config, ModelState state, Command.CreateSwitch c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var context = new SwitchContext(config, host, c.SwitchId, c.External, c.NumVfs);
        var fired = ModelMachines.NicSwitch.Fire(SwitchTrigger.CreateSwitch, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.InvalidParameter, SwitchSubject(c.Host));
        }

        var vfs = new VfState[c.NumVfs];
        for (var i = 0; i < vfs.Length; i++)
        {
            vfs[i] = FreshVf(config, i);
        }

        var created = host with
        {
            Switches = [new NicSwitchState(0, true, c.NumVfs)],
            NumVfs = c.NumVfs,
            VfEnable = true,
            Vfs = ValueArray.Create<VfState>(vfs),
            VPorts = [new VPortState(0, Command.CreateVPort.PfFunctionId, true, config.DefaultVPortQueuePairs)],
        };
        ModelMachines.NicSwitch.Arrive(fired, context, ModelMachines.SwitchPhaseOf(created));
        return Accept(WithHost(state, c.Host, created));
    }

    private static Transition DeleteSwitch(ModelConfig config, ModelState state, Command.DeleteSwitch c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var context = new SwitchContext(config, host, c.SwitchId, true, 0);
        var fired = ModelMachines.NicSwitch.Fire(SwitchTrigger.DeleteSwitch, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.FileNotFound, SwitchSubject(c.Host));
        }

        var deleted = host with { Switches = [], NumVfs = 0, VfEnable = false, Vfs = [], VPorts = [], Filters = [] };
        ModelMachines.NicSwitch.Arrive(fired, context, ModelMachines.SwitchPhaseOf(deleted));
        return Accept(WithHost(state, c.Host, deleted));
    }

    private static Transition AllocateVf(ModelConfig config, ModelState state, Command.AllocateVf c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        if (host.Switches.Length == 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch");
        }

        if (!c.ValidInputIds)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "input VFId/RequestorId not NDIS_INVALID_VF_FUNCTION_ID/NDIS_INVALID_RID");
        }

        if (c.Vm < 0 || c.Vm >= state.Vms.Length || state.Vms[c.Vm].Host != c.Host || state.Vms[c.Vm].Migrating)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "VM not running on the host, or migrating");
        }

        if (VfIdOwnedBy(host, c.Vm) >= 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "VM already has a VF on the host");
        }

        return AllocateFreeVf(config, state, c.Host, c.Vm, out var vfId) is { } next
            ? Accept(next, new OutcomeData.VfAllocated(vfId, config.RidOf(state.Hosts[c.Host].NumVfs, vfId)))
            : Refuse(state, NdisStatus.Resources, "no free VF");
    }

    /// <summary>Allocates the smallest free VF of <paramref name="hostIndex"/> to <paramref name="vm"/>; null when none is free.</summary>
    private static ModelState? AllocateFreeVf(ModelConfig config, ModelState state, int hostIndex, int vm, out int vfId)
    {
        var host = state.Hosts[hostIndex];
        for (vfId = 0; vfId < host.Vfs.Length; vfId++)
        {
            if (host.Vfs[vfId].IsAllocated)
            {
                continue;
            }

            var context = new VfContext(config, state, hostIndex, vfId, vm);
            var fired = ModelMachines.VfLifecycle.Fire(VfTrigger.Allocate, context);
            if (!fired.IsSuccess)
            {
                continue;
            }

            return ArriveVf(fired, context, WithHost(state, hostIndex, WithVf(host, VfEffects.After(fired, context, host.Vfs[vfId]))));
        }

        vfId = -1;
        return null;
    }

    private static Transition FreeVf(ModelConfig config, ModelState state, Command.FreeVf c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        if (host.Switches.Length == 0 || c.VfId < 0 || c.VfId >= host.Vfs.Length)
        {
            return Refuse(state, NdisStatus.FileNotFound, "no switch, or VF out of range");
        }

        var context = new VfContext(config, state, c.Host, c.VfId);
        var fired = ModelMachines.VfLifecycle.Fire(VfTrigger.Free, context);
        if (!fired.IsSuccess)
        {
            return RefuseFromMachine(state, fired, NdisStatus.FileNotFound, VfSubject(c.Host, c.VfId));
        }

        return Accept(ArriveVf(fired, context, WithHost(state, c.Host, WithVf(host, VfEffects.After(fired, context, host.Vfs[c.VfId])))));
    }

    private static Transition CreateVPort(ModelConfig config, ModelState state, Command.CreateVPort c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        if (host.Switches.Length == 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch");
        }

        var onPf = c.AttachedVfId == Command.CreateVPort.PfFunctionId;
        var fired = default(FireResult<VfPhase, VfTrigger>);
        var context = default(VfContext);
        if (!onPf)
        {
            if (c.AttachedVfId < 0 || c.AttachedVfId >= host.Vfs.Length)
            {
                return Refuse(state, NdisStatus.InvalidParameter, "VF out of range");
            }

            context = new VfContext(config, state, c.Host, c.AttachedVfId);
            fired = ModelMachines.VfLifecycle.Fire(VfTrigger.CreateVPort, context);
            if (!fired.IsSuccess)
            {
                return RefuseFromMachine(state, fired, NdisStatus.InvalidParameter, VfSubject(c.Host, c.AttachedVfId));
            }
        }

        if (c.QueuePairs < 1 || c.QueuePairs > config.MaxNumQueuePairsPerNonDefaultVPort)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "queue pairs out of 1 … MaxNumQueuePairsPerNonDefaultVPort");
        }

        if (host.VPorts.Length >= config.MaxNumVPorts)
        {
            return Refuse(state, NdisStatus.Resources, "VPort count = MaxNumVPorts");
        }

        if (QueuePairSum(host) + c.QueuePairs > config.MaxNumQueuePairs)
        {
            return Refuse(state, NdisStatus.Resources, "queue pairs exhausted");
        }

        var id = SmallestFreeVPortId(host);
        var next = WithHost(state, c.Host, InsertVPort(host, new VPortState(id, onPf ? Command.CreateVPort.PfFunctionId : c.AttachedVfId, !onPf, c.QueuePairs)));
        return Accept(onPf ? next : ArriveVf(fired, context, next), new OutcomeData.VPortCreated(id));
    }

    private static Transition SetVPortState(ModelConfig config, ModelState state, Command.SetVPortState c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        var host = state.Hosts[c.Host];
        var index = host.Switches.Length == 0 ? -1 : VPortIndex(host, c.VPortId);
        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch, or no such VPort");
        }

        var vport = host.VPorts[index];
        if (!(c.Activated && vport.VPortId != 0 && vport.IsOnPf && !vport.Activated))
        {
            return Refuse(state, NdisStatus.InvalidParameter, "only a Deactivated nondefault PF VPort may be set, and only to Activated");
        }

        return Accept(WithHost(state, c.Host, host with { VPorts = host.VPorts.SetItem(index, vport with { Activated = true }) }));
    }

    private static Transition DeleteVPort(ModelConfig config, ModelState state, Command.DeleteVPort c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        if (c.VPortId == 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "the default VPort cannot be deleted");
        }

        var host = state.Hosts[c.Host];
        var index = host.Switches.Length == 0 ? -1 : VPortIndex(host, c.VPortId);
        if (index < 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "no switch, or no such VPort");
        }

        if (FilterCountOnVPort(host, c.VPortId) > 0)
        {
            return Refuse(state, NdisStatus.InvalidParameter, "filters left on the VPort");
        }

        var vport = host.VPorts[index];
        var onVf = !vport.IsOnPf && vport.AttachedVfId >= 0 && vport.AttachedVfId < host.Vfs.Length;
        var fired = default(FireResult<VfPhase, VfTrigger>);
        var context = new VfContext(config, state, c.Host, vport.AttachedVfId);
        if (onVf)
        {
            fired = ModelMachines.VfLifecycle.Fire(VfTrigger.DeleteVPort, context);
            if (!fired.IsSuccess)
            {
                return RefuseFromMachine(state, fired, NdisStatus.InvalidParameter, VfSubject(c.Host, vport.AttachedVfId));
            }
        }

        var next = WithHost(state, c.Host, host with { VPorts = host.VPorts.RemoveAt(index) });
        return Accept(onVf ? ArriveVf(fired, context, next) : next);
    }

    private static Transition Enumerate(ModelConfig config, ModelState state, Command.Enumerate c)
    {
        if (OidHostRefused(config, state, c.Host, out var refusal))
        {
            return refusal;
        }

        if (!Enum.IsDefined(c.Kind))
        {
            return Refuse(state, NdisStatus.InvalidParameter, "enumeration kind not defined");
        }

        return Accept(state, new OutcomeData.Enumerated(Enumerations.Of(config, state.Hosts[c.Host], c.Kind)));
    }
}
