// Properties.Tests/Exploration: tests of Explorer
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class ExplorerTests
{
    internal static readonly ModelConfig OneVmOneVf = new()
    {
        HostCount = 1,
        VmCount = 1,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        HostSriovEnabled = [true],
    };

    internal static readonly ModelConfig TwoVmsTwoVfs = new()
    {
        HostCount = 1,
        VmCount = 2,
        NumVfs = 2,
        TotalVfs = 2,
        MaxNumVPorts = 3,
        MaxReceiveFilters = 2,
        MaxNumQueuePairsPerNonDefaultVPort = 1,
        MaxNumQueuePairs = 3,
        HostSriovEnabled = [true],
    };

    internal static readonly ModelConfig TwoHostsTwoVmsOneVf = new()
    {
        HostCount = 2,
        VmCount = 2,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        MaxNumQueuePairsPerNonDefaultVPort = 1,
        MaxNumQueuePairs = 2,
    };

    [Fact]
    public void Explore_SmallLifecycle_Closes()
    {
        var result = Explorer.Explore(OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = false });

        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.True(result.States > 1);
        Assert.True(result.Transitions >= result.States - 1);
        Assert.Null(result.Counterexample);
    }

    [Fact]
    public void Explore_StatesMaxReached_IsBoundedWithStatesAndDepth()
    {
        var result = Explorer.Explore(TwoVmsTwoVfs, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, StatesMax = 50 });

        Assert.Equal(ExplorationVerdict.Bounded, result.Verdict);
        Assert.Equal(50, result.States);
        Assert.StartsWith("bounded: stopped at 50 states, depth ", result.VerdictText, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_MemoryBudgetReached_IsBoundedNotACrash()
    {
        var result = Explorer.Explore(TwoVmsTwoVfs, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = false, MemoryBudgetBytes = 3L << 19 });

        Assert.Equal(ExplorationVerdict.Bounded, result.Verdict);
        Assert.Contains("memory budget", result.BoundReason, StringComparison.Ordinal);
        Assert.Contains("bounded: stopped at ", result.VerdictText, StringComparison.Ordinal);
        Assert.True(result.States > 1_000);
    }

    [Fact]
    public void Explore_DepthMaxReached_IsBounded()
    {
        var result = Explorer.Explore(OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, DepthMax = 2 });

        Assert.Equal(ExplorationVerdict.Bounded, result.Verdict);
        Assert.Equal(2, result.Depth);
    }

    [Fact]
    public void Explore_HookFailsOnAttach_ReturnsShortestTraceEndingInAttach()
    {
        var options = new ExplorationOptions
        {
            Profile = ExplorationProfile.Lifecycle,
            StepHook = (_, command, _) => command is Command.HostAttachVf ? "attach reached" : null,
        };

        var result = Explorer.Explore(OneVmOneVf, options);

        Assert.Equal(ExplorationVerdict.HookFailed, result.Verdict);
        var trace = Assert.IsType<ExplorationTrace>(result.Counterexample);
        Assert.Equal(3, trace.Steps.Count);
        Assert.IsType<Command.CreateSwitch>(trace.Steps[0].Command);
        Assert.IsType<Command.VmConnect>(trace.Steps[1].Command);
        Assert.IsType<Command.HostAttachVf>(trace.Steps[2].Command);
        Assert.Equal("attach reached", trace.Finding);
        Assert.Contains("3. HostAttachVf", trace.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_HookPathReplay_EndsInTheStepsSourceOrbit()
    {
        var checkedSteps = 0;
        var options = new ExplorationOptions
        {
            Profile = ExplorationProfile.Lifecycle,
            Symmetry = false,
            StatesMax = 2_000,
            StepHook = (path, _, _) =>
            {
                if (checkedSteps++ > 300)
                {
                    return null;
                }

                var (steps, state) = path.Replay();
                return steps.Count == path.Depth && state == path.State ? null : $"replay of state {path.StateNumber} differs";
            },
        };

        var result = Explorer.Explore(TwoVmsTwoVfs, options);

        Assert.Equal(ExplorationVerdict.Bounded, result.Verdict);
        Assert.True(checkedSteps > 300);
    }

    [Fact]
    public void Explore_Coverage_CountsEveryProfileKind()
    {
        var result = Explorer.Explore(OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle });

        var kinds = result.Coverage.CommandKinds.Select(k => k.Kind).ToHashSet();
        Assert.Contains("HostAttachVf", kinds);
        Assert.DoesNotContain("Enumerate", kinds);
        Assert.All(result.Coverage.CommandKinds, k => Assert.True(k.Enabled <= k.Offered && k.Taken <= k.Enabled));
        Assert.Equal(result.Transitions, result.Coverage.CommandKinds.Sum(k => k.Enabled));
        Assert.Equal(result.States - 1, result.Coverage.CommandKinds.Sum(k => k.Taken));
    }

    [Fact]
    public void Explore_LifecycleProfile_NeverExercisesInvalidations()
    {
        var result = Explorer.Explore(OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle });

        Assert.Contains(result.Coverage.Warnings, w => w.StartsWith("INV-20 never exercised", StringComparison.Ordinal));
    }
}
