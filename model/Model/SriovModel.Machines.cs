// How Apply fires the model's Stateless machines and words their refusals.
namespace SriovVerification.Model;

/// <summary>How <see cref="SriovModel.Apply"/> fires its Stateless machines (<see cref="ModelMachines"/>): refusals worded from a fire, and commits with the destination self-check.</summary>
public static partial class SriovModel
{
    /// <summary>
    /// A refusal from one of the model's machines, worded for the object it concerns: the phase it is in and either the
    /// trigger not permitted there or the guard descriptions the trigger still needs; the status of the first unmet guard.
    /// </summary>
    private static Transition RefuseFromMachine<TState, TTrigger>(ModelState state, Kernel.FireResult<TState, TTrigger> result, NdisStatus noTransitionStatus, string subject)
    {
        var reason = result.Outcome == Kernel.FireOutcome.GuardUnmet && result.UnmetGuards.Count > 0
            ? $"{subject} is {result.Source}: {result.Trigger} needs {string.Join(" and ", result.UnmetGuards)}"
            : $"{subject} is {result.Source}: {result.Trigger} is not permitted there";
        return Refuse(state, result.UnmetStatus ?? noTransitionStatus, reason);
    }

    /// <summary>Commits a VF lifecycle step fired over <paramref name="context"/>: the context's VF in <paramref name="next"/> must be in the step's destination.</summary>
    private static ModelState ArriveVf(in Kernel.FireResult<VfPhase, VfTrigger> step, in VfContext context, ModelState next)
    {
        ModelMachines.VfLifecycle.Arrive(step, context, ModelMachines.PhaseOf(next.Hosts[context.Host], context.VfId));
        return next;
    }

    /// <summary>Commits a VM attachment step fired over <paramref name="context"/>: the context's VM in <paramref name="next"/> must be in the step's destination.</summary>
    private static ModelState ArriveVm(in Kernel.FireResult<VmPhase, VmTrigger> step, in VmContext context, ModelState next)
    {
        ModelMachines.VmAttachment.Arrive(step, context, ModelMachines.VmPhaseOf(next.Vms[context.Vm]));
        return next;
    }

    /// <summary>Fires <paramref name="trigger"/> of <paramref name="vm"/>'s attachment (the VM in range); <paramref name="context"/> is what it fired over.</summary>
    private static Kernel.FireResult<VmPhase, VmTrigger> FireVm(ModelConfig config, ModelState state, int vm, VmTrigger trigger, out VmContext context, int destinationHost = -1)
    {
        context = new VmContext(config, state, vm, destinationHost);
        return ModelMachines.VmAttachment.Fire(trigger, context);
    }

    private static string VmSubject(int vm) => $"VM {vm}";

    private static string VfSubject(int host, int vfId) => $"VF {vfId} on host {host}";

    private static string SwitchSubject(int host) => $"the NIC switch of host {host}";
}
