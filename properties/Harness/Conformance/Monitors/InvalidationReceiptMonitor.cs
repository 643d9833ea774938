// Harness/Conformance/Monitors: a delivered invalidation received by the VM's VF miniport (INV-20)
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>Watches the deliveries of invalidations to a VM and checks what its VF miniport received (<see cref="InvalidationReceipt"/>).</summary>
public sealed class InvalidationReceiptMonitor : IStepMonitor
{
    /// <inheritdoc/>
    public StepWatch? Watch(StepStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var descriptor = CommandDescriptors.Of(start.Command);
        if (!descriptor.Traits.HasFlag(CommandTraits.DeliversInvalidation) || descriptor.VmOf is not { } vmOf)
        {
            return null;
        }

        var vm = vmOf(start.Command);
        var mark = InvalidationReceipt.Mark(start.Adapter, vm);
        return mark < 0 ? null : new ReceiptWatch(vm, mark);
    }

    private sealed class ReceiptWatch(int vm, int mark) : StepWatch
    {
        public override StepFindings ReadBack(StepExecuted step) =>
            new(InvalidationReceipt.Check(step.Adapter, vm, mark, step.Actual), []);
    }
}
