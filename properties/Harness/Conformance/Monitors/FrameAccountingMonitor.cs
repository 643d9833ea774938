// Harness/Conformance/Monitors: every frame of a step accounted for in the adapter's own logs
namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>Marks the frame log before every step and, for a step that sent a frame, checks it (<see cref="FrameAccounting"/>).</summary>
public sealed class FrameAccountingMonitor : IStepMonitor
{
    /// <inheritdoc/>
    public StepWatch? Watch(StepStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new FrameWatch(FrameAccounting.Mark(start.Adapter));
    }

    private sealed class FrameWatch(int mark) : StepWatch
    {
        public override StepFindings ReadBack(StepExecuted step) =>
            step.Routed is null ? StepFindings.None : new StepFindings(FrameAccounting.Check(step.Adapter, mark, step.Routed), []);
    }
}
