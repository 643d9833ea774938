// Harness/Conformance/Monitors: per-step checks of the adapter beyond the abstraction, registered on a ConformanceSession
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// An observer of checked steps: <see cref="ConformanceSession"/> offers it every step before the adapter runs it, and
/// hands the step to the <see cref="StepWatch"/> it returns as the step proceeds (executed, read back, compared).
/// </summary>
public interface IStepMonitor
{
    /// <summary>The watch over the step <paramref name="start"/> begins, or null when the step is none of this monitor's concern.</summary>
    StepWatch? Watch(StepStart start);
}
