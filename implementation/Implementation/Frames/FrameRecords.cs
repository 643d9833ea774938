// Frames room: the record of every frame's outcome and every delivery to a VM, and the counts a harness reads from it.
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation.Frames;

/// <summary>
/// Every frame's outcome and every delivery of a frame to a VM, in order, appended by the NIC switch's forwarding from
/// any thread under one lock, and the counts read from them (deliveries per path, drops per reason, isolation breaches,
/// duplicates).
/// </summary>
internal sealed class FrameRecords(Fabric fabric)
{
    private readonly AppendOnlyLog<FrameOutcome> frameLog = new();
    private readonly AppendOnlyLog<FrameDelivery> deliveries = new();
    private long lastFrameId;

    /// <summary>The lock over both logs.</summary>
    public object Gate { get; } = new();

    /// <summary>Frames recorded (under <see cref="Gate"/>).</summary>
    public int OutcomeCount => frameLog.Count;

    /// <summary>Deliveries recorded (under <see cref="Gate"/>).</summary>
    public int DeliveryCount => deliveries.Count;

    /// <summary>A fresh frame id.</summary>
    public long NextFrameId() => Interlocked.Increment(ref lastFrameId);

    /// <summary>Records <paramref name="outcome"/>, and its delivery when it reached a VM.</summary>
    public void Add(FrameOutcome outcome)
    {
        lock (Gate)
        {
            frameLog.Add(outcome);
            if (outcome.Fate == FrameFate.DeliveredToVm)
            {
                deliveries.Add(new FrameDelivery(outcome.FrameId, outcome.Vm, outcome.Path));
            }
        }
    }

    /// <summary>Every frame's outcome, in order.</summary>
    public IReadOnlyList<FrameOutcome> FrameLog
    {
        get
        {
            lock (Gate)
            {
                return frameLog.ToArray();
            }
        }
    }

    /// <summary>Every delivery of a frame to a VM, in order.</summary>
    public IReadOnlyList<FrameDelivery> Deliveries
    {
        get
        {
            lock (Gate)
            {
                return deliveries.ToArray();
            }
        }
    }

    /// <summary>Frames delivered to <paramref name="vm"/> over <paramref name="path"/>.</summary>
    public int DeliveredCount(int vm, DataPath path) => Deliveries.Count(d => d.Vm == vm && d.Path == path);

    /// <summary>Frames addressed to <paramref name="vm"/>'s MAC and VLAN that were dropped, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCountsFor(int vm) =>
        FrameLog.Where(f => f.Fate == FrameFate.Dropped && fabric.Vm(vm) is { } v && f.Destination == v.MacAddress && f.Vlan == v.VlanId)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames dropped anywhere, per drop reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCounts =>
        FrameLog.Where(f => f.Fate == FrameFate.Dropped)
            .GroupBy(f => f.DropReason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Frames delivered to a VM other than the one owning the destination MAC and VLAN (isolation breaches).</summary>
    public int MisdeliveredCount
    {
        get
        {
            var frames = FrameLog.ToDictionary(f => f.FrameId);
            return Deliveries.Count(d =>
                frames[d.FrameId] is var frame && (fabric.Vm(d.Vm) is not { } v || v.MacAddress != frame.Destination || v.VlanId != frame.Vlan));
        }
    }

    /// <summary>Frames delivered more than once.</summary>
    public int DuplicatedCount => Deliveries.GroupBy(d => d.FrameId).Count(g => g.Count() > 1);
}
