// Harness/Conformance/Monitors: what a monitor sees of a step once the adapter ran it
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>A step the adapter ran: its start, the adapter's outcome in model terms, and the frame's route when it sent one.</summary>
/// <param name="Start">The step as it began.</param>
/// <param name="Actual">The adapter's outcome, mapped into model terms.</param>
/// <param name="Routed">What the NIC switch did with the step's frame; null for a step without a frame.</param>
public sealed record StepExecuted(StepStart Start, Outcome Actual, I.Frames.FrameOutcome? Routed)
{
    /// <summary>The system under test.</summary>
    public I.Datacenter Adapter => Start.Adapter;
}
