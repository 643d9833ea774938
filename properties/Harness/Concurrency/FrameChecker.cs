// Harness/Concurrency: the per-frame checks of a concurrent run, from the adapter's frame log and its data-path event log (one logical clock)
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Guest;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// The per-frame checks of a concurrent run, from the adapter's frame log and its data-path event log (one logical
/// clock): every frame delivered at most once, only to the VM it is addressed to, never sent or indicated on a VPort after
/// that VPort was deleted, never routed while its VM's filter was on no VPort; every lost frame classified; every flow
/// recoverable by retransmission within the bound.
/// </summary>
/// <remarks>
/// <para>The documented loss window. Under the host-driven policy a frame addressed to a VM may be lost (reason
/// <c>vf not running</c>, or <c>netvsc not bound</c>) only while the VM's filter is on its VF's VPort and NetVSC is on the
/// synthetic path: at attach, from the MOVE_FILTER to the VF's VPort until the guest switches to the VF path (the loss
/// stops once NetVSC is bound to the VF miniport: spec section 3, step 5); at teardown, from the guest's switch to the synthetic path until the filter is back on the default
/// VPort. Under the guest-driven policy no frame may be lost at all. Under either policy, frames in flight when the VF is
/// surprise removed (reason <c>vf not running (SurpriseRemoved)</c>) and frames addressed to a VM paused for live
/// migration are lost by design: counted, with their reason, never a violation.</para>
/// </remarks>
public static class FrameChecker
{
    /// <summary>Checks one run.</summary>
    public static FrameCheckResult Check(
        IReadOnlyList<DataPathEvent> events,
        long eventsOverflowed,
        IReadOnlyList<FrameOutcome> frames,
        IReadOnlyList<FrameDelivery> deliveries,
        IReadOnlyList<FlowFrame> flows,
        FilterMovePolicy policy,
        int retransmitWindowSteps,
        int vmCount,
        Func<int, int> vlanOf)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(vlanOf);
        var violations = new List<string>();
        if (eventsOverflowed > 0)
        {
            violations.Add(Invariant($"data-path log bound reached: {eventsOverflowed} events not recorded"));
        }

        var byId = new Dictionary<long, FrameOutcome>();
        foreach (var frame in frames)
        {
            byId[frame.FrameId] = frame;
        }

        // At most once, and only to the addressee (INV-12).
        var duplicated = 0;
        foreach (var group in deliveries.GroupBy(d => d.FrameId).Where(g => g.Count() > 1))
        {
            duplicated++;
            violations.Add(Invariant($"frame {group.Key} delivered {group.Count()} times (to VMs {string.Join(",", group.Select(d => d.Vm))})"));
        }

        var misdelivered = 0;
        foreach (var delivery in deliveries)
        {
            var frame = byId[delivery.FrameId];
            if (delivery.Vm < 0 || delivery.Vm >= vmCount || Datacenter.VmMacAddress(delivery.Vm) != frame.Destination || vlanOf(delivery.Vm) != frame.Vlan)
            {
                misdelivered++;
                violations.Add(Invariant($"INV-12 frame {delivery.FrameId} for {frame.Destination} vlan {frame.Vlan} delivered to VM {delivery.Vm}"));
            }
        }

        CheckVPortsAndFilters(events, violations);
        var loss = ClassifyLoss(events, policy, violations);
        var resets = CheckFlows(flows, byId, deliveries, retransmitWindowSteps, violations);
        AccountFlows(flows, byId, deliveries, events, violations);
        return new FrameCheckResult(violations, loss, flows.Count, deliveries.Count, misdelivered, duplicated, resets);
    }

    /// <summary>INV-11 (nothing sent or indicated on a deleted VPort incarnation) and INV-09 (a filter on no VPort, or on two) from the data-path log.</summary>
    private static void CheckVPortsAndFilters(IReadOnlyList<DataPathEvent> events, List<string> violations)
    {
        // Nothing sent or indicated on a VPort incarnation after its deletion (INV-11, and the spec's stale-VPortId send rule).
        var deletedAt = events.Where(e => e.Kind == DataPathEventKind.VPortDeleted).ToDictionary(e => (e.Host, e.Incarnation), e => e.Sequence);
        foreach (var e in events.Where(e => e.Kind is DataPathEventKind.Transmitted or DataPathEventKind.Indicated && e.Incarnation > 0))
        {
            if (deletedAt.TryGetValue((e.Host, e.Incarnation), out var deletion) && e.Sequence > deletion)
            {
                violations.Add(Invariant($"INV-11 frame {e.FrameId} {(e.Kind == DataPathEventKind.Transmitted ? "sent" : "indicated")} on host {e.Host} VPort {e.VPortId} (incarnation {e.Incarnation}) at t={e.Sequence}, after its DELETE_VPORT at t={deletion}"));
            }
        }

        // A filter on no VPort, seen by a frame (INV-09).
        foreach (var e in events.Where(e => e.Kind == DataPathEventKind.FilterMissing))
        {
            violations.Add(Invariant($"INV-09 frame {e.FrameId} for VM {e.Vm} at t={e.Sequence}: the VM's filter was on no VPort"));
        }

        foreach (var e in events.Where(e => e.Kind == DataPathEventKind.FilterOnTwoVPorts))
        {
            violations.Add(Invariant($"INV-09 frame {e.FrameId} at t={e.Sequence}: its filter was on two VPorts of the table it read (routed by the first, VPort {e.VPortId})"));
        }
    }

    private static LossTally ClassifyLoss(IReadOnlyList<DataPathEvent> events, FilterMovePolicy policy, List<string> violations)
    {
        int lost = 0, window = 0, surprise = 0, migration = 0, outside = 0;
        var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.Kind is DataPathEventKind.Dropped or DataPathEventKind.SendDropped))
        {
            lost++;
            byReason[e.Reason] = byReason.GetValueOrDefault(e.Reason) + 1;
            if (e.Reason == DropReasons.VmPausedForMigration)
            {
                migration++;
            }
            else if (e.Reason == DropReasons.VfNotRunning + " (" + nameof(VfDeviceState.SurpriseRemoved) + ")")
            {
                surprise++;
            }
            else if (policy == FilterMovePolicy.HostDriven && e.Path == DataPath.Synthetic
                && (e.Reason.StartsWith(DropReasons.VfNotRunning, StringComparison.Ordinal) || e.Reason == DropReasons.NetVscNotBound || e.Reason == DropReasons.VfReset))
            {
                window++;
            }
            else
            {
                outside++;
                violations.Add(e.Kind == DataPathEventKind.SendDropped
                    ? Invariant($"frame {e.FrameId} from {(e.Vm < 0 ? "the wire" : $"VM {e.Vm}")} dropped by the NIC switch at t={e.Sequence} outside the documented window ({policy}): {e.Reason}, VPort {e.VPortId}")
                    : Invariant($"frame {e.FrameId} for VM {e.Vm} lost at t={e.Sequence} outside the documented window ({policy}): {e.Reason}, VPort {e.VPortId}, VM on the {e.Path} path"));
            }
        }

        return new LossTally(lost, window, surprise, migration, outside, byReason);
    }

    /// <summary>
    /// A flow survives when every gap of lost frames closes (a later frame of the flow is delivered) within
    /// <paramref name="window"/> control-path steps of its first loss; the flows end with one retransmission probe sent
    /// after the transition, so a gap left open is a black hole.
    /// </summary>
    private static int CheckFlows(IReadOnlyList<FlowFrame> flows, Dictionary<long, FrameOutcome> byId, IReadOnlyList<FrameDelivery> deliveries, int window, List<string> violations)
    {
        var delivered = new HashSet<(long, int)>(deliveries.Select(d => (d.FrameId, d.Vm)));
        var resets = 0;
        foreach (var flow in flows.GroupBy(f => f.Connection, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            FlowFrame? gapStart = null;
            string? reset = null;
            foreach (var frame in flow.OrderBy(f => f.Sequence))
            {
                var outcome = byId.GetValueOrDefault(frame.FrameId);
                if (outcome is { Fate: FrameFate.Dropped, DropReason: DropReasons.VmPausedForMigration })
                {
                    // Paused for migration: TCP stalls and retransmits after the resume.
                    continue;
                }

                if (delivered.Contains((frame.FrameId, frame.Receiver)))
                {
                    if (gapStart is not null && frame.ProtocolStep - gapStart.ProtocolStep > window)
                    {
                        reset ??= Invariant($"connection reset: flow {flow.Key} lost frames from seq {gapStart.Sequence} for {frame.ProtocolStep - gapStart.ProtocolStep} control-path steps (bound {window})");
                    }

                    gapStart = null;
                    continue;
                }

                gapStart ??= frame;
            }

            if (gapStart is not null)
            {
                reset ??= Invariant($"connection reset: flow {flow.Key} lost every frame from seq {gapStart.Sequence} to its end, retransmission probe included");
            }

            if (reset is not null)
            {
                resets++;
                violations.Add(reset);
            }
        }

        return resets;
    }

    /// <summary>
    /// Every frame of a flow accounted for, whatever the flow check forgives: delivered to its receiver, or dropped with a
    /// reason the data-path log records, or out of the switch (to the wire, to the host). A frame with none of these was lost without a trace, even when a later delivery of
    /// the flow closed the gap within the retransmission window.
    /// </summary>
    private static void AccountFlows(IReadOnlyList<FlowFrame> flows, Dictionary<long, FrameOutcome> byId, IReadOnlyList<FrameDelivery> deliveries, IReadOnlyList<DataPathEvent> events, List<string> violations)
    {
        var delivered = new HashSet<long>(deliveries.Select(d => d.FrameId));
        var dropped = new HashSet<long>(events.Where(e => e.Kind is DataPathEventKind.Dropped or DataPathEventKind.SendDropped).Select(e => e.FrameId));
        bool LeftTheSwitch(long id) => byId.TryGetValue(id, out var o) && o.Fate is FrameFate.SentToWire or FrameFate.DeliveredToHost;
        foreach (var frame in flows.Where(f => !delivered.Contains(f.FrameId) && !dropped.Contains(f.FrameId) && !LeftTheSwitch(f.FrameId)).OrderBy(f => f.FrameId))
        {
            var fate = byId.TryGetValue(frame.FrameId, out var outcome) ? outcome.Fate.ToString() : "no entry in the frame log";
            violations.Add(Invariant($"frame {frame.FrameId} of flow {frame.Connection} seq {frame.Sequence} lost without a trace: neither delivered nor dropped with a reason in the data-path log ({fate})"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
