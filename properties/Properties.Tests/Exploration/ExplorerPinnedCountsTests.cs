// Properties.Tests/Exploration: reachable state and transition counts of small configurations under the lifecycle profile

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// Reachable state and transition counts of small configurations under the lifecycle profile. A change here
/// means the model's reachable behaviour changed: review it, then update the numbers. (The states stayed the same and
/// the transitions grew when GUEST_VF_INITIALIZE of a VF reset by an FLR became a transition: the VF miniport
/// initializes the reset VF again, from Initialized or Bound, back to a state already reached.)
/// </summary>
public sealed class ExplorerPinnedCountsTests
{
    [Theory]
    [InlineData(nameof(ExplorerTests.OneVmOneVf), false, 147, 719, 10)]
    [InlineData(nameof(ExplorerTests.OneVmOneVf), true, 147, 719, 10)]
    [InlineData(nameof(ExplorerTests.TwoVmsTwoVfs), false, 42_973, 420_291, 22)]
    [InlineData(nameof(ExplorerTests.TwoVmsTwoVfs), true, 2_912, 28_264, 19)]
    public void Explore_Lifecycle_ReachesThePinnedCounts(string name, bool symmetry, long states, long transitions, int depth)
    {
        var config = SymmetryReductionProperties.ConfigNamed(name);

        var result = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = symmetry });

        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.Equal((states, transitions, depth), (result.States, result.Transitions, result.Depth));
    }
}
