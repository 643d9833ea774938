// What a fired VF lifecycle transition does to the VF's fields.
namespace SriovVerification.Model;

/// <summary>
/// What a fired VF lifecycle transition does to the VF: the device state of its destination, then the effect of its
/// trigger, which for Free, Allocate, Initialize and RemovalTimeout is the entry action the machine declares with
/// <c>OnEntryFrom</c> that trigger. The one place the VF's fields follow from a transition.
/// </summary>
internal static class VfEffects
{
    /// <summary>The description of the entry action that <paramref name="trigger"/> runs in its destination (as the diagrams show it).</summary>
    public static string EntryDescription(VfTrigger trigger) => trigger switch
    {
        VfTrigger.Free => "scrub every field back to its initial value",
        VfTrigger.Allocate => "owner = VM, RID by the PCIe formula",
        VfTrigger.Initialize => "Bus Master set, MSI-X enabled, DMA active",
        VfTrigger.RemovalTimeout => "data path Synthetic, VM's filter back on the default VPort",
        _ => "",
    };

    /// <summary>The VF after <paramref name="step"/> was taken over <paramref name="context"/>.</summary>
    public static VfState After(in Kernel.FireResult<VfPhase, VfTrigger> step, in VfContext context, VfState vf)
    {
        var device = ModelMachines.DeviceOf(step.Destination);
        var next = vf.Device == device ? vf : vf with { Device = device };
        return step.Trigger switch
        {
            VfTrigger.Free => SriovModel.FreshVf(context.Config, context.VfId),
            VfTrigger.Allocate => next with { OwnerVm = context.AllocatingVm, Rid = context.Config.RidOf(context.HostState.NumVfs, context.VfId) },
            VfTrigger.Initialize => next with
            {
                CommandRegister = next.CommandRegister | VfConfigSpace.CommandBusMasterEnable,
                MsixEnabled = true,
                DmaActive = true,
            },
            VfTrigger.RequestRemoval when !step.ChangesPhase => next with { RemovalRequested = true },
            VfTrigger.RemovalTimeout or VfTrigger.SurpriseRemove => next with { RemovalRequested = false },
            VfTrigger.Halt => next with { RemovalRequested = false, DmaActive = false },
            VfTrigger.HandleInvalidation => next with { PendingInvalidation = 0 },
            _ => next,
        };
    }
}
