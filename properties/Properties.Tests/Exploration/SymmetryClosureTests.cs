// Properties.Tests/Exploration: tests of SymmetryClosure
using SriovVerification.Exploration.Symmetry;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class SymmetryClosureTests
{
    private static readonly ModelConfig TwoVmsTwoVfs = ModelConfig.Default with { HostCount = 1, VmCount = 2, NumVfs = 2 };

    [Fact]
    public void MissingImages_ConformanceProfile_RenamesItsOneFilterAndOneVmRepresentatives()
    {
        // The conformance profile keeps ClearFilter of filter 1 and frames to VM 0's MAC only: their renamed images are
        // missing, and a reduced search without them would stand for states whose successors it never produces.
        var candidates = Candidates(TwoVmsTwoVfs, ExplorationProfile.Conformance);
        var images = SymmetryClosure.MissingImages(TwoVmsTwoVfs, candidates, TwoVmsTwoVfs.TotalVfs);

        Assert.Contains(new Command.ClearFilter(0, 2), images);
        Assert.Contains(new Command.ReceiveFrame(0, 1, 0), images);
        Assert.DoesNotContain(images, candidates.Contains);
        Assert.Empty(SymmetryClosure.MissingImages(TwoVmsTwoVfs, [.. candidates, .. images], TwoVmsTwoVfs.TotalVfs));
    }

    [Fact]
    public void MissingImages_HostStackProfile_None()
    {
        // The host stack's commands name every VM: already closed, nothing added.
        var candidates = Candidates(TwoVmsTwoVfs, ExplorationProfile.HostStack);

        Assert.Empty(SymmetryClosure.MissingImages(TwoVmsTwoVfs, candidates, TwoVmsTwoVfs.TotalVfs));
    }

    [Fact]
    public void Explore_Symmetry_ReportsTheRenamedCandidatesItTried()
    {
        var result = Explorer.Explore(TwoVmsTwoVfs, new ExplorationOptions { Profile = ExplorationProfile.Conformance, StatesMax = 2_000, CheckLiveness = false });

        Assert.True(result.ClosureCandidates > 0);
        Assert.Contains("closed under renaming", result.ToSummaryText(), StringComparison.Ordinal);
    }

    private static List<Command> Candidates(ModelConfig config, ExplorationProfile profile) =>
        [.. SriovModel.CandidateCommands(config, SriovModel.Initial(config)).Where(c => ExplorationProfiles.Includes(profile, c))];
}
