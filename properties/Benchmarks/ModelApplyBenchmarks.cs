// Benchmarks: SriovModel.Apply
using BenchmarkDotNet.Attributes;
using SriovVerification.Exploration.Profiles;

namespace SriovVerification.Benchmarks;

/// <summary><c>SriovModel.Apply</c>: one accepted command, and every candidate command of a profile from one state.</summary>
[MemoryDiagnoser]
public class ModelApplyBenchmarks
{
    private readonly ModelConfig config = ModelConfig.Default;
    private ModelState state = null!;
    private Command[] lifecycle = [];
    private Command[] full = [];

    /// <summary>Builds the state and the candidate lists.</summary>
    [GlobalSetup]
    public void Setup()
    {
        state = BenchmarkStates.MidLifecycle(config);
        full = [.. SriovModel.CandidateCommands(config, state)];
        lifecycle = [.. full.Where(c => ExplorationProfiles.Includes(ExplorationProfile.Lifecycle, c))];
    }

    /// <summary>HostAttachVf of a connected VM: allocate, create the VPort, move the filter, offer.</summary>
    [Benchmark]
    public Transition ApplyHostAttachVf() => SriovModel.Apply(config, state, new Command.HostAttachVf(2));

    /// <summary>Every lifecycle candidate from the state (what the explorer does per expanded state).</summary>
    [Benchmark]
    public int ApplyLifecycleCandidates()
    {
        var accepted = 0;
        foreach (var command in lifecycle)
        {
            accepted += SriovModel.Apply(config, state, command).Outcome.IsSuccess ? 1 : 0;
        }

        return accepted;
    }

    /// <summary>Every full-profile candidate from the state.</summary>
    [Benchmark]
    public int ApplyFullCandidates()
    {
        var accepted = 0;
        foreach (var command in full)
        {
            accepted += SriovModel.Apply(config, state, command).Outcome.IsSuccess ? 1 : 0;
        }

        return accepted;
    }
}
