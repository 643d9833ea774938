// Harness/Concurrency: runs one transition (ScenarioKind) under traffic with the cooperative scheduler
using SriovVerification.Harness.Conformance.Monitors;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Guest;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Runs one transition (<see cref="ScenarioKind"/>) under traffic with the cooperative scheduler: a control-path actor
/// (the host stack's sequence), a NetVSC/VF-miniport actor per VM whose VF changes, a sender per VM and a wire
/// receiver, each a program whose atomic steps the scheduler interleaves in the order its strategy draws from the seed.
/// </summary>
public static class InterleavingRunner
{
    /// <summary>VMs in every scenario: VM 0 is the one whose VF changes; VM 1 takes the VF on reassignment.</summary>
    public const int VmCount = 3;

    private const string Control = "control";

    /// <summary>The VLAN of every VM's network adapter in every scenario.</summary>
    private const int VmVlan = 5;
    private const int GuestIterationsMax = 2_000;

    /// <summary>Runs the scenario and checks it.</summary>
    public static InterleavingReport Run(InterleavingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hostCount = options.Scenario == ScenarioKind.LiveMigration ? 2 : 1;
        var numVfs = options.Scenario == ScenarioKind.Reassignment ? 1 : 2;
        var datacenter = new Datacenter(new DatacenterOptions
        {
            HostCount = hostCount,
            VmCount = VmCount,
            VmVlans = [.. Enumerable.Repeat(VmVlan, VmCount)],
            FilterMovePolicy = options.Policy,
            Seed = options.Seed,
            Adapter = new AdapterOptions { Defects = new HashSet<string>(options.Defects, StringComparer.Ordinal) },
        });
        var strategy = options.Decisions is { } decisions ? new ReplayStrategy(decisions) : SchedulingStrategy.Create(options.Strategy, options.Seed, delayedWindow: options.DelayedWindow);
        try
        {
            Setup(datacenter, options, hostCount, numVfs);
        }
        catch (Exception exception) when (exception is not SetupRefusedException and not OutOfMemoryException)
        {
            // The adapter crashed while the scenario was set up: a finding of this run (no interleaving ran yet).
            var crashed = new ScheduleResult(ScheduleVerdict.ActorFailed, strategy.Description, [], $"setup: {exception.GetType().Name}: {exception.Message}");
            return new InterleavingReport(options, crashed, FrameChecker.Check([], 0, [], [], [], options.Policy, options.RetransmitWindowSteps, VmCount, datacenter.Options.VlanOf));
        }

        var scheduler = new CooperativeScheduler(strategy, options.StepBound);
        var flows = new List<FlowFrame>();
        scheduler.Add(Control, ctx => ControlPath(datacenter, options, ctx), protocol: true);
        scheduler.Add("guest0", ctx => Guest(datacenter, 0, hangsBeforeHalt: options.Scenario == ScenarioKind.SurpriseFailover, ctx), protocol: true);
        if (options.Scenario == ScenarioKind.Reassignment)
        {
            scheduler.Add("guest1", ctx => Guest(datacenter, 1, hangsBeforeHalt: false, ctx), protocol: true);
        }

        if (options.Scenario != ScenarioKind.LiveMigration && options.Runs("send0"))
        {
            scheduler.Add("send0", ctx => Sender(datacenter, 0, options, flows, ctx));
        }

        if (options.Runs("send1"))
        {
            scheduler.Add("send1", ctx => Sender(datacenter, 1, options, flows, ctx));
        }

        if (options.Runs("wire"))
        {
            scheduler.Add("wire", ctx => Wire(datacenter, options, flows, ctx));
        }
        datacenter.Scheduler = scheduler;
        var schedule = scheduler.Run();
        datacenter.Scheduler = NoScheduler.Instance;

        var vlans = datacenter.Options;
        var frames = FrameChecker.Check(
            datacenter.DataPathLog.Snapshot(), datacenter.DataPathLog.Overflowed, datacenter.FrameLog, datacenter.Deliveries, flows,
            options.Policy, options.RetransmitWindowSteps, VmCount, vlans.VlanOf);
        if (schedule.Verdict == ScheduleVerdict.Completed)
        {
            frames = frames with { Violations = [.. frames.Violations, .. StateViolations(datacenter, hostCount, numVfs, options.Policy)] };
        }
        return new InterleavingReport(options, schedule, frames)
        {
            FrameLines = FrameLines(datacenter.FrameLog, flows),
            Departures = strategy is ReplayStrategy replay ? replay.Departures : [],
            ProtocolYields = strategy is WindowDelayStrategy windows ? windows.Yields : 0,
        };
    }

    /// <summary>
    /// The model's state invariants on the adapter once the interleaving is over, read back by the harness's abstraction
    /// (the configuration the scenario built its datacenter with): a transition that ends in a broken state is caught
    /// even when no frame showed it.
    /// </summary>
    private static IEnumerable<string> StateViolations(Datacenter datacenter, int hostCount, int numVfs, FilterMovePolicy policy)
    {
        var config = Model.ModelConfig.Default with
        {
            HostCount = hostCount,
            VmCount = VmCount,
            NumVfs = numVfs,
            VmVlans = [.. Enumerable.Repeat(VmVlan, VmCount)],
            HostSriovEnabled = [.. Enumerable.Repeat(true, hostCount)],
            FilterMovePolicy = policy == FilterMovePolicy.GuestDriven ? Model.FilterMovePolicy.GuestDriven : Model.FilterMovePolicy.HostDriven,
        };
        Model.ModelState state;
        try
        {
            state = Conformance.Abstraction.Read(datacenter, config);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The adapter crashed while it was read back after the interleaving: a finding of the run.
            return [exception is AdapterInvariantException assertion
                ? $"adapter assertion {assertion.InvariantName} after the interleaving: {exception.Message}"
                : $"adapter threw {exception.GetType().Name} after the interleaving: {exception.Message}"];
        }

        return Model.Invariants.CheckState(config, state).Concat(SwitchTableCheck.Check(datacenter, config))
            .Select(v => $"{v.InvariantId} after the interleaving: {v.Message}");
    }

    /// <summary>Every frame of the run's flows with its fate, in frame order: <c>frame 12 wire->vm0#3 delivered vm0 path=vf</c>.</summary>
    private static IReadOnlyList<string> FrameLines(IReadOnlyList<FrameOutcome> log, List<FlowFrame> flows)
    {
        var byId = flows.ToDictionary(f => f.FrameId);
        var lines = new List<string>();
        foreach (var frame in log.OrderBy(f => f.FrameId))
        {
            var flow = byId.TryGetValue(frame.FrameId, out var f) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Connection}#{f.Sequence}") : "-";
            var fate = frame.Fate switch
            {
                FrameFate.Dropped => "dropped reason=" + frame.DropReason,
                FrameFate.DeliveredToVm => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"delivered vm{frame.Vm} path={(frame.Path == DataPath.Vf ? "vf" : "synthetic")}"),
                FrameFate.DeliveredToHost => "delivered host",
                _ => "sent wire",
            };
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"frame {frame.FrameId} {flow} {fate}"));
        }

        return lines;
    }

    private static void Setup(Datacenter datacenter, InterleavingOptions options, int hostCount, int numVfs)
    {
        for (var h = 0; h < hostCount; h++)
        {
            Require(datacenter.CreateSwitch(h, numVfs), "CreateSwitch");
        }

        for (var v = 0; v < VmCount; v++)
        {
            Require(datacenter.VmConnect(v), "VmConnect");
        }

        if (options.Scenario is ScenarioKind.GracefulFailover or ScenarioKind.SurpriseFailover or ScenarioKind.Reassignment or ScenarioKind.LiveMigration)
        {
            Require(datacenter.HostAttachVf(0), "HostAttachVf");
            Require(datacenter.GuestInitializeVf(0), "GuestInitializeVf");
            Require(datacenter.GuestBindNetVsc(0), "GuestBindNetVsc");
            Require(datacenter.GuestSwitchDataPath(0, DataPath.Vf), "GuestSwitchDataPath");
        }
    }

    private static void Require(AdapterReply result, string step)
    {
        if (!result.IsSuccess)
        {
            throw new SetupRefusedException($"scenario setup: {step} refused with {result.Status}: {result.Reason}");
        }
    }

    /// <summary>The scenario's set-up was refused by the adapter (a configuration the scenario cannot run on, not a crash).</summary>
    private sealed class SetupRefusedException(string message) : InvalidOperationException(message);

    private static void ControlPath(Datacenter datacenter, InterleavingOptions options, ActorContext ctx)
    {
        var timeout = options.WaitTimeoutSteps;
        switch (options.Scenario)
        {
            case ScenarioKind.Attach:
                datacenter.HostAttachVf(0);
                ctx.WaitUntil(() => datacenter.QueryVm(0).DataPath == DataPath.Vf, options.StepBound, "control:wait-vf-path");
                break;
            case ScenarioKind.GracefulFailover:
            case ScenarioKind.SurpriseFailover:
                Failover(datacenter, 0, timeout, ctx);
                break;
            case ScenarioKind.AttachRevoke:
                datacenter.HostAttachVf(0);
                ctx.WaitUntil(() => Device(datacenter, 0) is VfDeviceState.Bound, options.StepBound, "control:wait-bound");
                Failover(datacenter, 0, timeout, ctx);
                break;
            case ScenarioKind.Reassignment:
                Failover(datacenter, 0, timeout, ctx);
                datacenter.HostAttachVf(1);
                ctx.WaitUntil(() => datacenter.QueryVm(1).DataPath == DataPath.Vf, options.StepBound, "control:wait-vf-path");
                break;
            case ScenarioKind.LiveMigration:
                Failover(datacenter, 0, timeout, ctx);
                datacenter.LiveMigrationStart(0, 1);
                ctx.Yield("control:migrating");
                datacenter.LiveMigrationResume(0);
                ctx.Yield("control:resumed");
                datacenter.HostAttachVf(0);
                ctx.WaitUntil(() => datacenter.QueryVm(0).DataPath == DataPath.Vf, options.StepBound, "control:wait-vf-path");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Scenario, "unknown scenario");
        }
    }

    /// <summary>Teardown: graceful removal request, surprise removal after the time-out, then the host's detach.</summary>
    private static void Failover(Datacenter datacenter, int vm, int timeout, ActorContext ctx)
    {
        datacenter.RequestVfRemoval(vm);
        if (!ctx.WaitUntil(() => Device(datacenter, vm) is null or VfDeviceState.Absent, timeout, "control:wait-removal"))
        {
            datacenter.RemovalTimeout(vm);
            ctx.WaitUntil(() => Device(datacenter, vm) is null or VfDeviceState.Absent, int.MaxValue, "control:wait-halt");
        }

        datacenter.HostDetachVf(vm);
    }

    internal static VfDeviceState? Device(Datacenter datacenter, int vm)
    {
        var snapshot = datacenter.QueryVm(vm);
        return snapshot.VfId is int vfId ? datacenter.QueryVfs(snapshot.Host)[vfId].Device : null;
    }

    /// <summary>NetVSC and the VF miniport of one VM: each reacts to the VF's state, one event per step.</summary>
    private static void Guest(Datacenter datacenter, int vm, bool hangsBeforeHalt, ActorContext ctx)
    {
        for (var i = 0; i < GuestIterationsMax && !ctx.IsDone(Control); i++)
        {
            var snapshot = datacenter.QueryVm(vm);
            var vf = snapshot.VfId is int vfId ? datacenter.QueryVfs(snapshot.Host)[vfId] : null;
            var acted = vf is not null && Act(datacenter, vm, snapshot.DataPath, vf, hangsBeforeHalt);
            if (acted)
            {
                ctx.Yield("guest:event");
            }
            else
            {
                ctx.WaitUntil(() => false, 1, "guest:idle");
            }
        }
    }

    /// <summary>One NetVSC / VF miniport reaction to the VF's state; false when there is nothing to do.</summary>
    internal static bool Act(Datacenter datacenter, int vm, DataPath path, VfSnapshot vf, bool hangsBeforeHalt)
    {
        var removal = vf.RemovalRequested;
        switch (vf.Device)
        {
            case VfDeviceState.Offered:
                datacenter.GuestInitializeVf(vm);
                return true;
            case VfDeviceState.Initialized when !removal:
                datacenter.GuestBindNetVsc(vm);
                return true;
            case VfDeviceState.Bound when !removal && path == DataPath.Synthetic:
                datacenter.GuestSwitchDataPath(vm, DataPath.Vf);
                return true;
            case VfDeviceState.Bound or VfDeviceState.Initialized when removal && path == DataPath.Vf:
                datacenter.GuestSwitchDataPath(vm, DataPath.Synthetic);
                return true;
            case VfDeviceState.Bound or VfDeviceState.Initialized when removal:
                datacenter.GuestPauseVf(vm);
                return true;
            case VfDeviceState.Paused:
                datacenter.GuestUnbindNetVsc(vm);
                return true;
            case VfDeviceState.Unbound when !hangsBeforeHalt:
            case VfDeviceState.SurpriseRemoved:
                datacenter.GuestHaltVf(vm);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The guest of <paramref name="vm"/> sends a TCP-like flow to each other VM in turn.</summary>
    private static void Sender(Datacenter datacenter, int vm, InterleavingOptions options, List<FlowFrame> flows, ActorContext ctx)
    {
        var sequences = new int[VmCount];
        var sent = 0;
        for (; sent < options.FramesPerActorMax && !ctx.IsDone(Control); sent++)
        {
            Send(datacenter, vm, (vm + 1 + (sent % (VmCount - 1))) % VmCount, sequences, flows, ctx);
            ctx.Yield("send:next");
        }

        // The retransmission probe: one more frame of each flow once the transition is over.
        ctx.WaitUntil(() => ctx.IsDone(Control), options.StepBound, "send:wait-transition");
        for (var probe = 0; probe < VmCount - 1; probe++, sent++)
        {
            Send(datacenter, vm, (vm + 1 + (sent % (VmCount - 1))) % VmCount, sequences, flows, ctx);
        }
    }

    private static void Send(Datacenter datacenter, int vm, int to, int[] sequences, List<FlowFrame> flows, ActorContext ctx)
    {
        var result = datacenter.GuestSendFrame(vm, Datacenter.VmMacAddress(to), datacenter.Options.VlanOf(to));
        if (result.Data is AdapterData.FrameRouted { Outcome.Fate: FrameFate.SentToWire } && datacenter.QueryVm(to) is { } receiver && receiver.Host != datacenter.QueryVm(vm).Host)
        {
            // The physical network carries it to the host the receiver runs on.
            result = datacenter.ReceiveFrame(receiver.Host, Datacenter.VmMacAddress(to), datacenter.Options.VlanOf(to));
        }

        if (result.Data is AdapterData.FrameRouted routed)
        {
            lock (flows)
            {
                flows.Add(new FlowFrame($"vm{vm}->vm{to}", sequences[to]++, routed.Outcome.FrameId, to, ctx.ProtocolSteps));
            }
        }
    }

    /// <summary>Frames from the physical port for each VM in turn, on the host the VM runs on.</summary>
    private static void Wire(Datacenter datacenter, InterleavingOptions options, List<FlowFrame> flows, ActorContext ctx)
    {
        var sequences = new int[VmCount];
        var sent = 0;
        for (; sent < options.FramesPerActorMax && !ctx.IsDone(Control); sent++)
        {
            Receive(datacenter, sent % VmCount, sequences, flows, ctx);
            ctx.Yield("wire:next");
        }

        // The retransmission probe: one more frame of each flow once the transition is over.
        ctx.WaitUntil(() => ctx.IsDone(Control), options.StepBound, "wire:wait-transition");
        for (var to = 0; to < VmCount; to++)
        {
            Receive(datacenter, to, sequences, flows, ctx);
        }
    }

    private static void Receive(Datacenter datacenter, int to, int[] sequences, List<FlowFrame> flows, ActorContext ctx)
    {
        var host = datacenter.QueryVm(to).Host;
        var result = datacenter.ReceiveFrame(host, Datacenter.VmMacAddress(to), datacenter.Options.VlanOf(to));
        if (result.Data is AdapterData.FrameRouted routed)
        {
            lock (flows)
            {
                flows.Add(new FlowFrame($"wire->vm{to}", sequences[to]++, routed.Outcome.FrameId, to, ctx.ProtocolSteps));
            }
        }
    }
}
