// Exploration/Search: explicit-state breadth-first model checking of SriovModel for one configuration
using SriovVerification.Exploration.Encoding;
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Exploration.Search;

/// <summary>
/// Explicit-state breadth-first model checking of <c>SriovModel</c> for one configuration: every reachable state,
/// every enabled command of the profile, state invariants on every state, transition invariants on every step,
/// deadlocks, and the shortest trace to whatever it finds. States are stored as compact keys
/// (<see cref="StateEncoder"/>), optionally one per symmetry orbit (<see cref="SymmetryReduction"/>).
/// </summary>
public static class Explorer
{
    /// <summary>Explores <paramref name="config"/> under <paramref name="options"/> (defaults when null).</summary>
    public static ExplorationResult Explore(ModelConfig config, ExplorationOptions? options = null)
    {
        var problems = config.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid configuration: " + string.Join("; ", problems), nameof(config));
        }

        options ??= new ExplorationOptions();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var result = Run(config, options);
        return result with { CpuTime = Environment.CpuUsage.TotalTime - cpuBefore - (result.Liveness?.CpuTime ?? TimeSpan.Zero) };
    }

    private static ExplorationResult Run(ModelConfig config, ExplorationOptions options)
    {
        switch (options.Engine)
        {
            case ExplorationEngine.Packed:
                return Packed.PackedExplorer.Explore(config, options);
            case ExplorationEngine.Auto when Packed.PackedExplorer.TryCreate(config, options, out _) is { } packed:
                return packed.Run();
            default:
                if (options.Store == Storage.VisitedStore.Disk)
                {
                    throw new ArgumentException("the disk-backed visited set is the packed engine's (hoststack profile, no step hook)", nameof(options));
                }

                if (options.HostSymmetry)
                {
                    throw new ArgumentException("host symmetry is a reduction of the packed engine (hoststack profile); the generic engine does not have it", nameof(options));
                }

                return new ExplorationRun(config, options).Run();
        }
    }

    /// <summary>Whether the packed engine can run <paramref name="options"/> on <paramref name="config"/>; otherwise the reason.</summary>
    public static bool SupportsPacked(ModelConfig config, ExplorationOptions options, out string reason) =>
        Packed.PackedExplorer.Supports(config, options, out reason);

    /// <summary>The encoder the explorer uses for <paramref name="config"/> (domain from the initial state's candidate commands).</summary>
    public static StateEncoder EncoderFor(ModelConfig config) =>
        new(config, EncodingDomain.From(config, SriovModel.CandidateCommands(config, SriovModel.Initial(config))));
}
