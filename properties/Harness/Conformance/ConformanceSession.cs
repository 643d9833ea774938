using System.Collections.Immutable;
using SriovVerification.Harness.Conformance.Monitors;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// Runs commands on the model and on a fresh emulated adapter side by side: each <see cref="Step"/> drives both, reads
/// the adapter back once, compares status, data and state, and checks the state and transition invariants on the model
/// state and on the abstracted adapter state.
/// </summary>
public sealed class ConformanceSession
{
    private ModelState adapterState;

    /// <summary>A session on a fresh adapter built from <paramref name="config"/> carrying <paramref name="defects"/>.</summary>
    public ConformanceSession(ModelConfig config, IEnumerable<string>? defects = null, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        Defects = defects is null ? [] : [.. defects];
        Adapter = new I.Datacenter(ConfigMapping.ToDatacenterOptions(config, Defects, seed));
        ModelState = SriovModel.Initial(config);
        var reading = Abstraction.Observe(Adapter, config);
        adapterState = reading.State;
        InitialDiff = Concat(StateDiff.Of(ModelState, adapterState), reading.Discrepancies);
    }

    private ConformanceSession(SessionSnapshot snapshot)
    {
        Config = snapshot.Config;
        Defects = snapshot.Defects;
        Adapter = snapshot.Adapter.Restore();
        ModelState = snapshot.ModelState;
        adapterState = snapshot.AdapterState;
        StepCount = snapshot.StepCount;
        InitialDiff = ValueArray<string>.Empty;
    }

    /// <summary>The configuration.</summary>
    public ModelConfig Config { get; }

    /// <summary>The defects the adapter carries.</summary>
    public ImmutableArray<string> Defects { get; }

    /// <summary>The model's current state.</summary>
    public ModelState ModelState { get; private set; }

    /// <summary>The abstraction of the adapter after the last step.</summary>
    public ModelState AdapterState => adapterState;

    /// <summary>The state-diff line of an adapter that threw while it was read back (followed by the exception's type and message).</summary>
    public const string ReadBackFailedReason = "adapter read-back failed: ";

    /// <summary>The system under test.</summary>
    public I.Datacenter Adapter { get; }

    /// <summary>Steps run so far.</summary>
    public int StepCount { get; private set; }

    /// <summary>Differences between the initial states (empty when the adapter starts as the model does).</summary>
    public ValueArray<string> InitialDiff { get; }

    /// <summary>A new session in the state <paramref name="snapshot"/> stored: its own copy of the adapter, the model state and the last reading.</summary>
    public static ConformanceSession Restore(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ConformanceSession(snapshot);
    }

    /// <summary>The session's state, stored (a deep copy of the adapter); the session stays usable.</summary>
    public SessionSnapshot Snapshot() => new(Config, Defects, Adapter.Snapshot(), ModelState, adapterState, StepCount);

    /// <summary>The session's state, stored without copying the adapter: the session must not be stepped again.</summary>
    public SessionSnapshot Freeze() => new(Config, Defects, I.DatacenterSnapshot.Freeze(Adapter), ModelState, adapterState, StepCount);

    /// <summary>Runs <paramref name="command"/> on both sides and checks the step, reading the whole adapter back.</summary>
    public StepResult Step(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Step(command, SriovModel.Apply(Config, ModelState, command), fullReadBack: true);
    }

    /// <summary>
    /// Runs <paramref name="command"/> on the adapter and checks the step against <paramref name="transition"/>, the
    /// model's transition from <see cref="ModelState"/> (computed by the caller, e.g. the generator, so the model is
    /// applied once). With <paramref name="fullReadBack"/> false only the hosts the step can have changed are read back
    /// (<see cref="ReadScope"/>); the others keep their last reading.
    /// </summary>
    public StepResult Step(Command command, Transition transition, bool fullReadBack)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(transition);
        StepCount++;
        var modelBefore = ModelState;
        var adapterBefore = adapterState;

        var logHost = command is Command.HostDetachVf detach && detach.Vm >= 0 && detach.Vm < modelBefore.Vms.Length ? modelBefore.Vms[detach.Vm].Host : -1;
        var logStart = logHost >= 0 ? Adapter.OidLog(logHost).Count : 0;

        var frameMark = command is Command.ReceiveFrame or Command.GuestSendFrame ? FrameAccounting.Mark(Adapter) : -1;
        var receiptVm = command is Command.GuestHandleInvalidation handle ? handle.Vm : -1;
        var receiptMark = receiptVm >= 0 ? InvalidationReceipt.Mark(Adapter, receiptVm) : -1;
        var actual = AdapterDriver.Execute(Adapter, Config, command, out var routed);
        var logEnd = logHost >= 0 ? Adapter.OidLog(logHost).Count : 0;

        AdapterReading reading;
        IReadOnlyList<InvariantViolation> switchTable = [];
        try
        {
            reading = fullReadBack
                ? Abstraction.Observe(Adapter, Config)
                : Abstraction.Observe(Adapter, Config, adapterBefore, ReadScope.Of(command, modelBefore, transition.State, adapterBefore));
            switchTable = SwitchTableCheck.Check(Adapter, Config);
            if (frameMark >= 0 && routed is not null)
            {
                reading = reading with { Discrepancies = Concat(reading.Discrepancies, ValueArray.Create<string>([.. FrameAccounting.Check(Adapter, frameMark, routed)])) };
            }

            if (receiptMark >= 0)
            {
                reading = reading with { Discrepancies = Concat(reading.Discrepancies, ValueArray.Create<string>([.. InvalidationReceipt.Check(Adapter, receiptVm, receiptMark, actual)])) };
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The system under test threw while it was read back: a finding of this step, never the end of the run.
            reading = new AdapterReading(adapterBefore, ValueArray.Create<string>([ReadBackFailedReason + exception.GetType().Name + ": " + exception.Message]));
        }

        var diff = Concat(StateDiff.Of(transition.State, reading.State), reading.Discrepancies);
        List<InvariantViolation>? violations = null;
        Prefixed(ref violations, "model: ", Invariants.CheckTransition(Config, modelBefore, command, transition));
        Prefixed(ref violations, "model: ", Invariants.CheckState(Config, transition.State));
        Prefixed(ref violations, "adapter: ", Invariants.CheckTransition(Config, adapterBefore, command, new Transition(actual, reading.State)));
        Prefixed(ref violations, "adapter: ", Invariants.CheckState(Config, reading.State));
        Prefixed(ref violations, "adapter: ", switchTable);
        if (logHost >= 0)
        {
            var log = Adapter.OidLog(logHost);
            var teardown = TeardownOrder.Check(Slice(log, logEnd), logStart, actual.IsSuccess);
            if (teardown.Count > 0)
            {
                (violations ??= []).AddRange(teardown);
            }
        }

        ModelState = transition.State;
        adapterState = reading.State;
        return new StepResult(
            StepCount,
            command,
            transition.Outcome,
            actual,
            transition.State,
            reading.State,
            diff,
            violations is null ? ValueArray<InvariantViolation>.Empty : ValueArray.Create<InvariantViolation>(violations.ToArray()),
            adapterBefore);
    }

    private static IReadOnlyList<I.OidLogEntry> Slice(IReadOnlyList<I.OidLogEntry> log, int end)
    {
        var entries = new I.OidLogEntry[Math.Min(end, log.Count)];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = log[i];
        }

        return entries;
    }

    private static void Prefixed(ref List<InvariantViolation>? into, string prefix, IReadOnlyList<InvariantViolation> violations)
    {
        if (violations.Count == 0)
        {
            return;
        }

        into ??= [];
        for (var i = 0; i < violations.Count; i++)
        {
            into.Add(violations[i] with { Message = prefix + violations[i].Message });
        }
    }

    private static ValueArray<string> Concat(ValueArray<string> first, ValueArray<string> second) =>
        second.Length == 0 ? first : first.Length == 0 ? second : new ValueArray<string>(first.Items.AddRange(second.Items));
}
