// Harness/Conformance/Monitors: every frame accounted for, on the adapter's own records
using System.Globalization;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// Every frame accounted for, on the adapter's own records: a frame step (a receive from the wire, a guest's send)
/// leaves exactly one entry in the frame log; a frame delivered to a VM has its delivery recorded and its indication in
/// the data-path log; a frame dropped has its drop, with the same reason, in the data-path log. A frame the switch lost
/// without a trace shows here even where the outcome it reported agrees with the model.
/// </summary>
public static class FrameAccounting
{
    /// <summary>The frame log's length, taken before a step.</summary>
    public static int Mark(I.Datacenter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.FrameLog.Count;
    }

    /// <summary>What does not add up for the frame of a step whose adapter result was <paramref name="routed"/>, the frame log having been <paramref name="mark"/> long before it.</summary>
    public static IReadOnlyList<string> Check(I.Datacenter adapter, int mark, I.Frames.FrameOutcome routed)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(routed);
        var log = adapter.FrameLog;
        var entries = log.Skip(mark).Where(f => f.FrameId == routed.FrameId).ToList();
        if (entries.Count != 1)
        {
            return [Text($"frame-log: frame {routed.FrameId} reported {routed.Fate}{(routed.Fate == I.Frames.FrameFate.DeliveredToVm ? $" to VM {routed.Vm}" : "")} has {entries.Count} frame-log entries, not one (lost without a trace)")];
        }

        var id = routed.FrameId;
        switch (routed.Fate)
        {
            case I.Frames.FrameFate.DeliveredToVm when !adapter.Deliveries.Any(d => d.FrameId == id && d.Vm == routed.Vm):
                return [Text($"frame-log: frame {id} reported delivered to VM {routed.Vm} has no delivery recorded")];
            case I.Frames.FrameFate.DeliveredToVm when !adapter.DataPathLog.Snapshot().Any(e => e.FrameId == id && e.Kind == I.Concurrency.DataPathEventKind.Indicated):
                return [Text($"frame-log: frame {id} reported delivered to VM {routed.Vm} has no indication in the data-path log")];
            case I.Frames.FrameFate.Dropped when !adapter.DataPathLog.Snapshot().Any(e => e.FrameId == id && e.Kind is I.Concurrency.DataPathEventKind.Dropped or I.Concurrency.DataPathEventKind.SendDropped && e.Reason.StartsWith(routed.DropReason, StringComparison.Ordinal)):
                return [Text($"frame-log: frame {id} reported dropped ({routed.DropReason}) has no drop with that reason in the data-path log")];
            default:
                return [];
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
