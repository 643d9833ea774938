// Harness/Concurrency: one frame of a TCP-like flow
namespace SriovVerification.Harness.Concurrency;

/// <summary>One frame of a TCP-like flow: the flow's sequence number carried by the adapter's frame.</summary>
/// <param name="Connection">The flow, <c>vm0->vm1</c> or <c>wire->vm2</c>.</param>
/// <param name="Sequence">Its sequence number in the flow, from 0.</param>
/// <param name="FrameId">The adapter's frame identity.</param>
/// <param name="Receiver">The VM the flow is addressed to.</param>
/// <param name="ProtocolStep">The control path's progress when it was sent (<see cref="ActorContext.ProtocolSteps"/>).</param>
public sealed record FlowFrame(string Connection, int Sequence, long FrameId, int Receiver, int ProtocolStep);
