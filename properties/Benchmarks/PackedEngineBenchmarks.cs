// Benchmarks: the packed engine's work per state (hoststack profile, default configuration, symmetry on)
using BenchmarkDotNet.Attributes;
using SriovVerification.Exploration.Packed;
using SriovVerification.Exploration.Profiles;

namespace SriovVerification.Benchmarks;

/// <summary>The packed engine's work per state (hoststack profile, default configuration, symmetry on): expand, pack, check.</summary>
[MemoryDiagnoser]
public class PackedEngineBenchmarks
{
    private readonly ulong[] records = new ulong[PackedHostStack.MaxVms];
    private readonly PackedSuccessor[] successors = new PackedSuccessor[256];
    private PackedHostStack engine = null!;
    private uint switches;

    /// <summary>A world mid-way through a VF's life: two switches, VM 0 with an initialized VF, VM 1 connected.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var config = ModelConfig.Default;
        engine = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry: true, out var reason)
            ?? throw new InvalidOperationException(reason);
        var state = SriovModel.Initial(config);
        Command[] steps =
        [
            new Command.CreateSwitch(0, config.NumVfs), new Command.CreateSwitch(1, config.NumVfs), new Command.VmConnect(0),
            new Command.HostAttachVf(0, 1), new Command.GuestInitializeVf(0), new Command.VmConnect(1),
        ];
        foreach (var step in steps)
        {
            state = SriovModel.Apply(config, state, step).State;
        }

        if (!engine.TryFromModel(state, records, out switches, out reason))
        {
            throw new InvalidOperationException(reason);
        }
    }

    /// <summary>Every accepted candidate command's successor, packed and canonical.</summary>
    [Benchmark]
    public int Expand() => engine.Expand(records, switches, successors);

    /// <summary>Records to canonical key.</summary>
    [Benchmark]
    public ulong Pack()
    {
        var key = engine.Pack(records.AsSpan(), switches);
        return key.Lo ^ key.Hi;
    }

    /// <summary>The packed invariants of one world.</summary>
    [Benchmark]
    public InvariantViolation? CheckState() => engine.CheckState(records, switches);
}
