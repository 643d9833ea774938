// Harness/Conformance/Monitors: one monitor's watch over one step, called at each stage of the checked step
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// One monitor's watch over one step. <see cref="ConformanceSession.Step(Command, Transition, bool)"/> calls
/// <see cref="Executed"/> right after the adapter ran the command (before anything reads the adapter back),
/// <see cref="ReadBack"/> after the read-back (an exception there is the read-back's failure), and
/// <see cref="Verdict"/> once the step is compared. Each does nothing by default.
/// </summary>
public abstract class StepWatch
{
    /// <summary>The adapter ran the step; nothing has read it back yet.</summary>
    public virtual void Executed(StepExecuted step)
    {
    }

    /// <summary>What the watch finds once the adapter was read back.</summary>
    public virtual StepFindings ReadBack(StepExecuted step) => StepFindings.None;

    /// <summary>The violations the watch reports after the step's comparison.</summary>
    public virtual IReadOnlyList<InvariantViolation> Verdict(StepExecuted step) => [];
}
