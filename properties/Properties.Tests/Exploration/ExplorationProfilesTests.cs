// Properties.Tests/Exploration: tests of ExplorationProfiles
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class ExplorationProfilesTests
{
    [Fact]
    public void Includes_Lifecycle_KeepsLifecycleAndDropsDataPlaneCommands()
    {
        var candidates = SriovModel.CandidateCommands(ModelConfig.Default, SriovModel.Initial(ModelConfig.Default)).ToList();

        var kept = candidates.Where(c => ExplorationProfiles.Includes(ExplorationProfile.Lifecycle, c)).Select(c => c.GetType().Name).ToHashSet();

        Assert.Contains("HostAttachVf", kept);
        Assert.Contains("AllocateVf", kept);
        Assert.Contains("LiveMigrationStart", kept);
        Assert.DoesNotContain("ReceiveFrame", kept);
        Assert.DoesNotContain("WriteVfConfigSpace", kept);
        Assert.DoesNotContain("SetFilter", kept);
        Assert.DoesNotContain("SetVfPowerState", kept);
        Assert.All(candidates, c => Assert.Equal(c is not Command.SetVPortParameters { VPortId: not 0 }, ExplorationProfiles.Includes(ExplorationProfile.Full, c)));
        Assert.Contains(candidates, c => c is Command.SetVPortParameters { VPortId: not 0 });
    }

    [Theory]
    [InlineData("full", ExplorationProfile.Full)]
    [InlineData("Lifecycle", ExplorationProfile.Lifecycle)]
    public void TryParse_KnownName_ReturnsTheProfile(string text, ExplorationProfile expected)
    {
        Assert.True(ExplorationProfiles.TryParse(text, out var profile));
        Assert.Equal(expected, profile);
    }

    [Fact]
    public void TryParse_UnknownName_Fails() => Assert.False(ExplorationProfiles.TryParse("frames", out _));
}
