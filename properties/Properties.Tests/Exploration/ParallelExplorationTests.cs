// Properties.Tests/Exploration: breadth-first exploration on one worker and on two, both engines
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>Breadth-first exploration on one worker and on two, both engines: the same results.</summary>
public sealed class ParallelExplorationTests
{
    private static readonly ModelConfig OneHostTwoVmsTwoVfs = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };

    public static TheoryData<string, ExplorationEngine, ExplorationProfile, long, int> Cases() => new()
    {
        { "1x1x1", ExplorationEngine.Generic, ExplorationProfile.Lifecycle, 20_000_000, 10_000 },
        { "1x2x2", ExplorationEngine.Generic, ExplorationProfile.Lifecycle, 20_000_000, 10_000 },
        { "1x2x2", ExplorationEngine.Generic, ExplorationProfile.Lifecycle, 700, 10_000 },
        { "1x2x2", ExplorationEngine.Generic, ExplorationProfile.Lifecycle, 20_000_000, 4 },
        { "1x1x1", ExplorationEngine.Generic, ExplorationProfile.Conformance, 3_000, 10_000 },
        { "1x2x2", ExplorationEngine.Packed, ExplorationProfile.HostStack, 20_000_000, 10_000 },
        { "default", ExplorationEngine.Packed, ExplorationProfile.HostStack, 150_000, 10_000 },
        { "default", ExplorationEngine.Packed, ExplorationProfile.HostStack, 20_000_000, 9 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Explore_OneAndTwoWorkers_SameVerdictCountsCoverageAndCounterexample(string shape, ExplorationEngine engine, ExplorationProfile profile, long statesMax, int depthMax)
    {
        // Claim: the level-synchronous search on two workers stores the same states in the same order as one worker, so
        // the verdict, state and transition counts, depth, deadlocks, coverage and shortest counterexample are the same,
        // also when it stops at a bound.
        var config = shape switch
        {
            "1x1x1" => ExplorerTests.OneVmOneVf,
            "1x2x2" => OneHostTwoVmsTwoVfs,
            _ => ModelConfig.Default,
        };
        var options = new ExplorationOptions { Engine = engine, Profile = profile, StatesMax = statesMax, DepthMax = depthMax, CrossCheckEvery = 64 };
        var one = Explorer.Explore(config, options);
        var two = Explorer.Explore(config, options with { Workers = 2 });

        Assert.Equal(engine, one.Engine);
        Assert.Equal(Describe(one), Describe(two));
        Assert.Equal(one.States, one.StatesPerDepth.Sum());
        Assert.All(one.StatesPerDepth, level => Assert.True(level > 0));
    }

    private static string Describe(ExplorationResult result) =>
        $"{result.Verdict} {result.States} {result.Transitions} {result.Depth} {result.Deadlocks} {result.BoundReason} {result.CrossCheckedStates} levels [{string.Join(",", result.StatesPerDepth)}]\n"
        + string.Join("\n", result.Coverage.CommandKinds.Select(k => k.ToString())) + "\n"
        + string.Join("\n", result.Coverage.Invariants.Select(i => i.ToString())) + "\n"
        + result.Counterexample?.ToPlainText();
}
