using System.Collections.Immutable;
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

    /// <summary>Runs <paramref name="command"/> on both sides and checks the step.</summary>
    public StepResult Step(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        StepCount++;
        var modelBefore = ModelState;
        var adapterBefore = adapterState;
        var transition = SriovModel.Apply(Config, modelBefore, command);

        var logHost = command is Command.HostDetachVf detach && detach.Vm >= 0 && detach.Vm < modelBefore.Vms.Length ? modelBefore.Vms[detach.Vm].Host : -1;
        var logStart = logHost >= 0 ? Adapter.OidLog(logHost).Count : 0;

        var frameMark = command is Command.ReceiveFrame or Command.GuestSendFrame ? Checking.FrameAccounting.Mark(Adapter) : -1;
        var receiptVm = command is Command.GuestHandleInvalidation handle ? handle.Vm : -1;
        var receiptMark = receiptVm >= 0 ? Checking.InvalidationReceipt.Mark(Adapter, receiptVm) : -1;
        var actual = AdapterDriver.Execute(Adapter, Config, command, out var routed);
        var logEnd = logHost >= 0 ? Adapter.OidLog(logHost).Count : 0;

        AdapterReading reading;
        IReadOnlyList<InvariantViolation> switchTable = [];
        try
        {
            reading = Abstraction.Observe(Adapter, Config);
            switchTable = Checking.SwitchTableCheck.Check(Adapter, Config);
            if (frameMark >= 0 && routed is not null)
            {
                reading = reading with { Discrepancies = Concat(reading.Discrepancies, ValueArray.Create<string>([.. Checking.FrameAccounting.Check(Adapter, frameMark, routed)])) };
            }

            if (receiptMark >= 0)
            {
                reading = reading with { Discrepancies = Concat(reading.Discrepancies, ValueArray.Create<string>([.. Checking.InvalidationReceipt.Check(Adapter, receiptVm, receiptMark, actual)])) };
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The system under test threw while it was read back: a finding of this step, never the end of the run.
            reading = new AdapterReading(adapterBefore, ValueArray.Create<string>([ReadBackFailedReason + exception.GetType().Name + ": " + exception.Message]));
        }

        var diff = Concat(StateDiff.Of(transition.State, reading.State), reading.Discrepancies);
        var violations = new List<InvariantViolation>();
        Prefixed(violations, "model: ", Invariants.CheckTransition(Config, modelBefore, command, transition));
        Prefixed(violations, "model: ", Invariants.CheckState(Config, transition.State));
        Prefixed(violations, "adapter: ", Invariants.CheckTransition(Config, adapterBefore, command, new Transition(actual, reading.State)));
        Prefixed(violations, "adapter: ", Invariants.CheckState(Config, reading.State));
        Prefixed(violations, "adapter: ", switchTable);
        if (logHost >= 0)
        {
            var log = Adapter.OidLog(logHost);
            violations.AddRange(TeardownOrder.Check(Slice(log, logEnd), logStart, actual.IsSuccess));
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
            violations.Count == 0 ? ValueArray<InvariantViolation>.Empty : ValueArray.Create<InvariantViolation>(violations.ToArray()),
            ChangeSummary.Of(adapterBefore, reading.State));
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

    private static void Prefixed(List<InvariantViolation> into, string prefix, IReadOnlyList<InvariantViolation> violations)
    {
        for (var i = 0; i < violations.Count; i++)
        {
            into.Add(violations[i] with { Message = prefix + violations[i].Message });
        }
    }

    private static ValueArray<string> Concat(ValueArray<string> first, ValueArray<string> second) =>
        second.Length == 0 ? first : first.Length == 0 ? second : new ValueArray<string>(first.Items.AddRange(second.Items));
}
