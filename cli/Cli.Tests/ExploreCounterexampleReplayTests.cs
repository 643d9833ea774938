// CLI tests: counterexamples of explore --conform replay through the replay verb.
using SriovVerification.Exploration.Profiles;
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Traces;

namespace SriovVerification.Cli.Tests;

/// <summary>Counterexamples of <c>explore --conform</c>, written in the trace format, replay through the <c>replay</c> verb.</summary>
public sealed class ExploreCounterexampleReplayTests : IDisposable
{
    private static readonly ModelConfig Smallest = new()
    {
        HostCount = 1,
        VmCount = 1,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        HostSriovEnabled = [true],
    };

    private readonly string directory = Directory.CreateTempSubdirectory("sriov-explore-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Theory]
    [InlineData(DefectCatalog.FreeVfWithVPort, 4)]
    [InlineData(DefectCatalog.DeleteSwitchWithVfs, 3)]
    public void Replay_ExhaustiveConformanceCounterexample_ReproducesTheDivergence(string defect, int length)
    {
        var options = new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = false };
        var result = ExhaustiveConformance.Run(Smallest, [defect], options);
        Assert.NotNull(result.Counterexample);
        var path = Path.Combine(directory, ExploreCommand.FileName(ExploreCommand.ConfigName(Smallest, options), [defect]));
        File.WriteAllText(path, TracePrinter.Print(result.Counterexample));

        var exit = ReplayCommand.Run(path, [defect], noDefects: false, output, error);

        Assert.True(exit == ExitCodes.Success, $"sriov replay {path} --defect {defect}: exit {exit}\n{output}{error}");
        Assert.Contains($"the recorded divergence at step {length} reproduced", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"-{defect}.trace", path, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ExhaustiveConformanceCounterexampleWithoutDefect_Diverges()
    {
        var result = ExhaustiveConformance.Run(Smallest, [DefectCatalog.FreeVfWithVPort], new ExplorationOptions { Profile = ExplorationProfile.Lifecycle });
        Assert.NotNull(result.Counterexample);
        var path = Path.Combine(directory, "explore.trace");
        File.WriteAllText(path, TracePrinter.Print(result.Counterexample));

        var exit = ReplayCommand.Run(path, [], noDefects: true, output, error);

        Assert.Equal(ExitCodes.ViolationFound, exit);
        Assert.Contains("diverged at step 4", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
