// Benchmarks: the VF lifecycle machine as the model uses it, one guarded phase change (Initialized --Bind--> Bound of VM 1's VF) and one refusal ..
using BenchmarkDotNet.Attributes;
using SriovVerification.Model.Kernel;

namespace SriovVerification.Benchmarks;

/// <summary>
/// The VF lifecycle machine as the model uses it, one guarded phase change (Initialized --Bind--> Bound of VM 1's VF)
/// and one refusal (Pause without a pending removal): through Stateless alone (<c>Fire</c>, <c>CanFire</c> with the
/// unmet guards), through the table computed from <c>GetInfo()</c>, and the model's commit (table, then Stateless and
/// the destination check).
/// </summary>
[MemoryDiagnoser]
public class StatelessMachineBenchmarks
{
    private readonly ModelConfig config = ModelConfig.Default;
    private VfContext context;

    /// <summary>Builds the state and the context of VM 1's initialized VF.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var state = BenchmarkStates.MidLifecycle(config);
        var host = state.Vms[1].Host;
        context = new VfContext(config, state, host, SriovModel.VfIdOwnedBy(state.Hosts[host], 1));
    }

    /// <summary>Stateless <c>Fire</c> of a guarded phase change (what a committed step costs in Stateless).</summary>
    [Benchmark]
    public FireResult<VfPhase, VfTrigger> StatelessFire_Bind() => ModelMachines.VfLifecycle.FireThroughStateless(VfTrigger.Bind, context);

    /// <summary>Stateless <c>Fire</c> refused through <c>OnUnhandledTrigger</c> with the unmet guards.</summary>
    [Benchmark]
    public FireResult<VfPhase, VfTrigger> StatelessFire_PauseRefused() => ModelMachines.VfLifecycle.FireThroughStateless(VfTrigger.Pause, context);

    /// <summary>Stateless <c>CanFire(…, out unmet)</c> of the refused trigger.</summary>
    [Benchmark]
    public int StatelessCanFire_PauseRefused()
    {
        ModelMachines.VfLifecycle.CanFire(VfTrigger.Pause, context, out var unmet);
        return unmet.Count;
    }

    /// <summary>The table computed from <c>GetInfo()</c>: the guarded phase change.</summary>
    [Benchmark(Baseline = true)]
    public FireResult<VfPhase, VfTrigger> TableFire_Bind() => ModelMachines.VfLifecycle.Fire(VfTrigger.Bind, context);

    /// <summary>The table: the refusal (unmet guards and their status).</summary>
    [Benchmark]
    public FireResult<VfPhase, VfTrigger> TableFire_PauseRefused() => ModelMachines.VfLifecycle.Fire(VfTrigger.Pause, context);

    /// <summary>What the model does per committed phase change: the table, then Stateless's <c>Fire</c> and the destination check.</summary>
    [Benchmark]
    public VfPhase ModelCommit_Bind()
    {
        var step = ModelMachines.VfLifecycle.Fire(VfTrigger.Bind, context);
        ModelMachines.VfLifecycle.Arrive(step, context, step.Destination);
        return step.Destination;
    }
}
