// Harness/Conformance: the checked step: one command on the model and on the adapter, read back, compared and handed to the monitors
using System.Collections.Immutable;
using SriovVerification.Harness.Conformance.Monitors;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// Runs commands on the model and on a fresh emulated adapter side by side: each <see cref="Step"/> drives both, reads
/// the adapter back once, compares status, data and state, checks the state and transition invariants on the model
/// state and on the abstracted adapter state, and hands the step to each registered monitor (<see cref="Monitors"/>).
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

    /// <summary>The monitors each step is handed to, in the order their findings are reported (<see cref="StepMonitors.Default"/> unless changed).</summary>
    public List<IStepMonitor> Monitors { get; } = [.. StepMonitors.Default];

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
    public SessionSnapshot Freeze() => new(Config, Defects, I.Snapshots.DatacenterSnapshot.Freeze(Adapter), ModelState, adapterState, StepCount);

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
        var start = new StepStart(Adapter, Config, command, modelBefore);
        var watches = Watch(start);
        var actual = AdapterDriver.Execute(Adapter, Config, command, out var routed);
        var executed = new StepExecuted(start, actual, routed);
        foreach (var watch in watches)
        {
            watch.Executed(executed);
        }

        List<InvariantViolation>? monitored = null;
        var reading = ReadBack(executed, transition, fullReadBack, adapterBefore, watches, ref monitored);
        var diff = Concat(StateDiff.Of(transition.State, reading.State), reading.Discrepancies);
        List<InvariantViolation>? violations = null;
        Prefixed(ref violations, "model: ", Invariants.CheckTransition(Config, modelBefore, command, transition));
        Prefixed(ref violations, "model: ", Invariants.CheckState(Config, transition.State));
        Prefixed(ref violations, "adapter: ", Invariants.CheckTransition(Config, adapterBefore, command, new Transition(actual, reading.State)));
        Prefixed(ref violations, "adapter: ", Invariants.CheckState(Config, reading.State));
        Prefixed(ref violations, "", monitored ?? []);
        foreach (var watch in watches)
        {
            Prefixed(ref violations, "", watch.Verdict(executed));
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

    private List<StepWatch> Watch(StepStart start)
    {
        var watches = new List<StepWatch>(Monitors.Count);
        foreach (var monitor in Monitors)
        {
            if (monitor.Watch(start) is { } watch)
            {
                watches.Add(watch);
            }
        }

        return watches;
    }

    /// <summary>
    /// Reads the adapter back (every host, or only those <see cref="ReadScope"/> says the step can have changed) and hands
    /// the reading to the watches; an adapter that throws meanwhile reads as its previous state, the failure a diff line.
    /// </summary>
    private AdapterReading ReadBack(StepExecuted executed, Transition transition, bool fullReadBack, ModelState adapterBefore, List<StepWatch> watches, ref List<InvariantViolation>? monitored)
    {
        try
        {
            var reading = fullReadBack
                ? Abstraction.Observe(Adapter, Config)
                : Abstraction.Observe(Adapter, Config, adapterBefore, ReadScope.Of(executed.Start.Command, executed.Start.ModelBefore, transition.State, adapterBefore));
            foreach (var watch in watches)
            {
                var findings = watch.ReadBack(executed);
                if (findings.Discrepancies.Count > 0)
                {
                    reading = reading with { Discrepancies = Concat(reading.Discrepancies, ValueArray.Create<string>([.. findings.Discrepancies])) };
                }

                if (findings.Violations.Count > 0)
                {
                    (monitored ??= []).AddRange(findings.Violations);
                }
            }

            return reading;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The system under test threw while it was read back: a finding of this step, never the end of the run.
            return new AdapterReading(adapterBefore, ValueArray.Create<string>([ReadBackFailedReason + exception.GetType().Name + ": " + exception.Message]));
        }
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
