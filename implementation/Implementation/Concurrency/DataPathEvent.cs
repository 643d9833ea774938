// Concurrency room: one event of the concurrent data path and of the control steps it races with, on one logical clock.

namespace SriovVerification.Implementation.Concurrency;

/// <summary>
/// One event of the concurrent data path and of the control steps it races with, stamped from one logical clock (an
/// interlocked counter: no wall clock), so a checker can order frames against VPort deletions and data-path switches.
/// </summary>
/// <param name="Sequence">The logical time: unique, increasing in the order the events happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="FrameId">The frame, or 0 for a control event.</param>
/// <param name="Host">The host whose switch it happened on.</param>
/// <param name="Vm">The VM concerned (receiver, sender or owner), or -1.</param>
/// <param name="VPortId">The VPort concerned, or -1.</param>
/// <param name="Incarnation">That VPort's incarnation (unique per host), or 0.</param>
/// <param name="Path">The VM's data path (for <see cref="DataPathEventKind.Dropped"/>: when the frame was dropped).</param>
/// <param name="Reason">The drop reason, or empty.</param>
public sealed record DataPathEvent(
    long Sequence, DataPathEventKind Kind, long FrameId, int Host, int Vm, int VPortId, long Incarnation, DataPath Path, string Reason);
