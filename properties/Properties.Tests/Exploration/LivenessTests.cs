// Properties.Tests/Exploration: the liveness check "AG EF recovered"
using SriovVerification.Exploration.Liveness;
using SriovVerification.Model;
using Xunit;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// The liveness check "AG EF recovered": it holds on the model under the host stack's profile, the two engines agree on
/// every figure of it, and it fails, with a shortest path to a stuck state, on a planted transition system in which a
/// VF can never be freed.
/// </summary>
public sealed class LivenessTests
{
    private static readonly ModelConfig OneHostTwoVms = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };
    private static readonly ModelConfig TwoHosts = new() { HostCount = 2, VmCount = 2, NumVfs = 1, MaxReceiveFilters = 1 };

    public static TheoryData<string, bool> Configurations() => new() { { "one host", false }, { "one host", true }, { "two hosts", false }, { "two hosts", true } };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_HostStackProfile_LivenessHoldsWithTheSameFiguresOnBothEngines(string name, bool symmetry)
    {
        var config = name == "one host" ? OneHostTwoVms : TwoHosts;
        var options = new ExplorationOptions { Profile = ExplorationProfile.HostStack, Symmetry = symmetry };
        var generic = Explorer.Explore(config, options with { Engine = ExplorationEngine.Generic });
        var packed = Explorer.Explore(config, options with { Engine = ExplorationEngine.Packed });

        Assert.Equal(ExplorationVerdict.Closed, generic.Verdict);
        Assert.NotNull(generic.Liveness);
        Assert.NotNull(packed.Liveness);
        Assert.True(generic.Liveness.Holds, generic.Liveness.Text);
        Assert.Equal(generic.States, generic.Liveness.States);
        Assert.InRange(generic.Liveness.RecoveredStates, 1, generic.States - 1);
        Assert.Equal((generic.Liveness.States, generic.Liveness.RecoveredStates, generic.Liveness.BadStates),
            (packed.Liveness.States, packed.Liveness.RecoveredStates, packed.Liveness.BadStates));

        // The successor lists kept in memory or computed again at every pass, on one worker or two: the same figures.
        var expanded = Explorer.Explore(config, options with { Engine = ExplorationEngine.Packed, LivenessAdjacencyBytesMax = 0 });
        var twoWorkers = Explorer.Explore(config, options with { Engine = ExplorationEngine.Packed, Workers = 2 });
        var genericExpanded = Explorer.Explore(config, options with { Engine = ExplorationEngine.Generic, LivenessAdjacencyBytesMax = 0 });
        foreach (var other in new[] { expanded, twoWorkers })
        {
            Assert.Equal(Figures(packed.Liveness), Figures(other.Liveness!));
        }

        Assert.Equal(Figures(generic.Liveness), Figures(genericExpanded.Liveness!));
    }

    private static (long, long, long, int) Figures(LivenessResult liveness) =>
        (liveness.States, liveness.RecoveredStates, liveness.BadStates, liveness.Passes);

    [Fact]
    public void Explore_FreeingAVfNeverSucceedsOnceItWasSurpriseRemoved_LivenessViolatedWithAShortestPath()
    {
        // The planted defect: a surprise-removed VF's halt never completes, so the host never gets it back to free it.
        var config = ExplorerTests.OneVmOneVf;
        var options = new ExplorationOptions
        {
            Profile = ExplorationProfile.HostStack,
            PlantedRefusal = (state, command) => command is Command.GuestHaltVf halt
                && state.Hosts[state.Vms[halt.Vm].Host].Vfs.Any(vf => vf.OwnerVm == halt.Vm && vf.Device == VfDeviceState.SurpriseRemoved),
        };

        var result = Explorer.Explore(config, options);

        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.NotNull(result.Liveness);
        Assert.False(result.Liveness.Holds);
        var trace = result.Liveness.Counterexample;
        Assert.NotNull(trace);
        Assert.Contains("SurpriseRemoved", trace.Finding, StringComparison.Ordinal);
        var state = SriovModel.Initial(config);
        foreach (var step in trace.Steps)
        {
            var transition = SriovModel.Apply(config, state, step.Command);
            Assert.True(transition.Outcome.IsSuccess, step.Command.ToString());
            state = transition.State;
        }

        Assert.Contains(state.Hosts[0].Vfs, vf => vf.Device == VfDeviceState.SurpriseRemoved);

        // Shortest: no state on the way is already stuck (the path's proper prefixes all lead to recovery in the model
        // without the planted refusal's effect on them, and the search reports the first stuck state in breadth-first order).
        var expanded = Explorer.Explore(config, options with { LivenessAdjacencyBytesMax = 0 });
        Assert.Equal((result.Liveness.BadStates, result.Liveness.Passes, trace.Steps.Count), (expanded.Liveness!.BadStates, expanded.Liveness.Passes, expanded.Liveness.Counterexample!.Steps.Count));
        var unplanted = Explorer.Explore(config, options with { PlantedRefusal = null });
        Assert.True(unplanted.Liveness!.Holds);
        Assert.True(trace.Steps.Count <= unplanted.Depth);
    }

    [Fact]
    public void Explore_LivenessOff_NotChecked()
    {
        var result = Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.HostStack, CheckLiveness = false });

        Assert.Null(result.Liveness);
        Assert.Contains("liveness (AG EF recovered): not checked (off)", result.ToSummaryText(), StringComparison.Ordinal);
    }
}
