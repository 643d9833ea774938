// Properties.Tests/Exploration: the configuration explore --hosts H --vms M --vfs F builds
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class SpecExplorerTests
{
    public static TheoryData<int, int, int, ExplorationProfile> Configurations => new()
    {
        { 1, 1, 1, ExplorationProfile.Lifecycle },
        { 1, 1, 1, ExplorationProfile.HostStack },
        { 1, 2, 2, ExplorationProfile.HostStack },
        { 2, 2, 1, ExplorationProfile.HostStack },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_SmallConfiguration_SameCountsAsTheGenericExplorer(int hosts, int vms, int vfs, ExplorationProfile profile)
    {
        // Claim: CsCheck's breadth-first search of the model as a Spec and the generic explorer (symmetry off) close on the
        // same numbers of distinct states, enabled transitions, depth and deadlocks.
        var config = ConfigOf(hosts, vms, vfs);
        var explored = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = false, Engine = ExplorationEngine.Generic });
        var specified = SpecExplorer.Explore(config, profile);

        var name = $"{hosts}x{vms}x{vfs} {profile}";
        Assert.True(explored.Verdict == ExplorationVerdict.Closed, $"{name}: explore {explored.VerdictText}");
        Assert.True(specified.Closed, $"{name}: CsCheck {specified.Note}");
        Assert.Equal((explored.States, explored.Transitions, explored.Depth, explored.Deadlocks), (specified.States, specified.Transitions, specified.Depth, specified.Deadlocks));
    }

    [Fact]
    public void Explore_TwoVmsTwoVfsLifecycle_SameCountsAsTheGenericExplorer()
    {
        // Claim: the same on the lifecycle profile of two VMs and two VFs (3 VPorts, 2 filters, 1 queue pair per VPort).
        var explored = Explorer.Explore(ExplorerTests.TwoVmsTwoVfs, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = false, Engine = ExplorationEngine.Generic });
        var specified = SpecExplorer.Explore(ExplorerTests.TwoVmsTwoVfs, ExplorationProfile.Lifecycle);

        Assert.Equal(ExplorationVerdict.Closed, explored.Verdict);
        Assert.True(specified.Closed, specified.Note);
        Assert.Equal((explored.States, explored.Transitions, explored.Depth, explored.Deadlocks), (specified.States, specified.Transitions, specified.Depth, specified.Deadlocks));
    }

    [Fact]
    public void Explore_StatesMaxBelowTheSpace_NotClosed()
    {
        // Claim: a CsCheck search stopped by its state bound does not claim to have closed.
        var specified = SpecExplorer.Explore(ConfigOf(1, 1, 1), ExplorationProfile.Lifecycle, statesMax: 100);

        Assert.False(specified.Closed);
        Assert.True(specified.States <= 100, $"{specified.States} states");
    }

    /// <summary>The configuration <c>explore --hosts H --vms M --vfs F</c> builds.</summary>
    internal static ModelConfig ConfigOf(int hosts, int vms, int vfs) => ModelConfig.Default with
    {
        HostCount = hosts,
        VmCount = vms,
        NumVfs = vfs,
        TotalVfs = Math.Max(ModelConfig.Default.TotalVfs, vfs),
    };
}
