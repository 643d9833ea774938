using SriovVerification.Harness.Exploration;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// Reachable state and transition counts of small configurations under the lifecycle profile. A change here
/// means the model's reachable behaviour changed: review it, then update the numbers.
/// </summary>
public sealed class ExplorerPinnedCountsTests
{
    [Theory]
    [InlineData(nameof(ExplorerTests.OneVmOneVf), false, 147, 691, 10)]
    [InlineData(nameof(ExplorerTests.OneVmOneVf), true, 147, 691, 10)]
    [InlineData(nameof(ExplorerTests.TwoVmsTwoVfs), false, 42_973, 404_099, 22)]
    [InlineData(nameof(ExplorerTests.TwoVmsTwoVfs), true, 2_912, 27_186, 19)]
    public void Explore_Lifecycle_ReachesThePinnedCounts(string name, bool symmetry, long states, long transitions, int depth)
    {
        var config = SymmetryReductionProperties.ConfigNamed(name);

        var result = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = symmetry });

        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.Equal((states, transitions, depth), (result.States, result.Transitions, result.Depth));
    }
}
