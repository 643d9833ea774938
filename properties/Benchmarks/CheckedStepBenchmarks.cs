// Benchmarks: the stages of one checked step of randomized conformance on the default configuration, from the mid-lifecycle state
using BenchmarkDotNet.Attributes;
using SriovVerification.Harness.Conformance;
using I = SriovVerification.Implementation;

namespace SriovVerification.Benchmarks;

/// <summary>
/// The stages of one checked step of randomized conformance on the default configuration, from the mid-lifecycle
/// state: the model's <c>Apply</c>, the driver and the adapter (a command the adapter answers without changing its
/// state, so that every invocation starts from the same state), the adapter built for a sequence, a session restored from a snapshot, the read-back in
/// full and scoped to the one host the command names, the diff, the invariants, and the whole step both ways.
/// </summary>
[MemoryDiagnoser]
public class CheckedStepBenchmarks
{
    private readonly ModelConfig config = ModelConfig.Default;
    private readonly Command command = new Command.ReadVfConfigSpace(0, 0, 0, 4, 0, 4);
    private ConformanceSession session = null!;
    private ModelState state = null!;
    private ModelState adapterState = null!;
    private Transition transition = null!;
    private ReadScope scope;
    private SessionSnapshot snapshot = null!;

    /// <summary>A session driven to the mid-lifecycle state.</summary>
    [GlobalSetup]
    public void Setup()
    {
        session = new ConformanceSession(config);
        foreach (var step in BenchmarkStates.MidLifecycleCommands(config))
        {
            if (session.Step(step).Diverged)
            {
                throw new InvalidOperationException($"benchmark set-up: {step} diverged");
            }
        }

        state = session.ModelState;
        adapterState = session.AdapterState;
        transition = SriovModel.Apply(config, state, command);
        scope = ReadScope.Of(command, state, transition.State, adapterState);
        snapshot = session.Snapshot();
    }

    /// <summary>The model's transition.</summary>
    [Benchmark]
    public Transition ModelApply() => SriovModel.Apply(config, state, command);

    /// <summary>The driver and the adapter: the command as OID requests, the adapter's answer mapped back.</summary>
    [Benchmark]
    public Outcome DriverAndAdapter() => AdapterDriver.Execute(session.Adapter, config, command);

    /// <summary>The emulated datacenter a sequence starts on.</summary>
    [Benchmark]
    public I.Datacenter AdapterBuilt() => new(ConfigMapping.ToDatacenterOptions(config, [], 0));

    /// <summary>A session restored from a snapshot (a deep copy of the datacenter), as exhaustive conformance does per candidate.</summary>
    [Benchmark]
    public ConformanceSession SnapshotRestored() => ConformanceSession.Restore(snapshot);

    /// <summary>The read-back of both hosts and every VM.</summary>
    [Benchmark]
    public AdapterReading ReadBackFull() => Abstraction.Observe(session.Adapter, config);

    /// <summary>The read-back of the one host the command names (the other kept) and every VM.</summary>
    [Benchmark]
    public AdapterReading ReadBackScoped() => Abstraction.Observe(session.Adapter, config, adapterState, scope);

    /// <summary>The field diff of equal states (the common case).</summary>
    [Benchmark]
    public ValueArray<string> Diff() => StateDiff.Of(transition.State, adapterState);

    /// <summary>The transition and state invariants on one side.</summary>
    [Benchmark]
    public int Invariants() =>
        Model.Invariants.CheckTransition(config, state, command, transition).Count + Model.Invariants.CheckState(config, transition.State).Count;

    /// <summary>A whole checked step with a full read-back (model applied by the session).</summary>
    [Benchmark]
    public bool StepFull() => session.Step(command).Diverged;

    /// <summary>A whole checked step with the generator's transition and a scoped read-back.</summary>
    [Benchmark]
    public bool StepScoped() => session.Step(command, SriovModel.Apply(config, session.ModelState, command), fullReadBack: false).Diverged;
}
