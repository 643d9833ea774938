// Harness/Conformance/Monitors: the switch table (INV-09) checked after every step
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>Checks the whole switch table (<see cref="SwitchTableCheck"/>) after every step's read-back.</summary>
public sealed class SwitchTableMonitor : IStepMonitor
{
    /// <inheritdoc/>
    public StepWatch? Watch(StepStart start) => new SwitchTableWatch();

    private sealed class SwitchTableWatch : StepWatch
    {
        public override StepFindings ReadBack(StepExecuted step)
        {
            var violations = SwitchTableCheck.Check(step.Adapter, step.Start.Config);
            return violations.Count == 0
                ? StepFindings.None
                : new StepFindings([], [.. violations.Select(v => v with { Message = "adapter: " + v.Message })]);
        }
    }
}
