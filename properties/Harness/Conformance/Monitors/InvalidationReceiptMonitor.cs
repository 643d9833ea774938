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
        if (start.Command is not Command.GuestHandleInvalidation handle)
        {
            return null;
        }

        var mark = InvalidationReceipt.Mark(start.Adapter, handle.Vm);
        return mark < 0 ? null : new ReceiptWatch(handle.Vm, mark);
    }

    private sealed class ReceiptWatch(int vm, int mark) : StepWatch
    {
        public override StepFindings ReadBack(StepExecuted step) =>
            new(InvalidationReceipt.Check(step.Adapter, vm, mark, step.Actual), []);
    }
}
