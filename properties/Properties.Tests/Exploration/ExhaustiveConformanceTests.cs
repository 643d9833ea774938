// Properties.Tests/Exploration: exhaustive conformance finds every defect of the catalogue, each in the smallest configuration that shows it, with a shortest counterexample
using SriovVerification.Harness.Conformance.Exhaustive;
using SriovVerification.Implementation;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// Exhaustive conformance finds every defect of the catalogue, each in the smallest configuration that shows it, with a
/// shortest counterexample; a correct adapter agrees with the model on every step of a closed configuration.
/// </summary>
public sealed class ExhaustiveConformanceTests
{
    private static readonly ModelConfig Smallest = ExplorerTests.OneVmOneVf;

    [Theory]
    [InlineData(DefectCatalog.FreeVfWithVPort, "lifecycle", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.DeleteVPortWithFilters, "lifecycle", 2, 0x01F8, 5)]
    [InlineData(DefectCatalog.DeleteDefaultVPort, "lifecycle", 2, 0x01F8, 2)]
    [InlineData(DefectCatalog.MoveFilterClearThenSet, "lifecycle", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.SecondVPortPerVf, "lifecycle", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.ResetVfNoop, "conformance", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.RidWithoutBusCarry, "lifecycle", 2, 0x01FC, 2)]
    [InlineData(DefectCatalog.NumVfsAboveTotalVfs, "lifecycle", 2, 0x01F8, 1)]
    [InlineData(DefectCatalog.ConfigSpaceNoBoundsCheck, "conformance", 2, 0x01F8, 3)]
    [InlineData(DefectCatalog.InvalidationMaskOverwrite, "conformance", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.GuestSendsBeforeVfReady, "lifecycle", 2, 0x01F8, 5)]
    [InlineData(DefectCatalog.SurpriseRemovalSkipsFilterMove, "lifecycle", 2, 0x01F8, 6)]
    [InlineData(DefectCatalog.DeleteSwitchWithVfs, "lifecycle", 2, 0x01F8, 3)]
    [InlineData(DefectCatalog.VPortQueuePairsLeak, "lifecycle", 2, 0x01F8, 3)]
    [InlineData(DefectCatalog.VfReuseWithoutScrub, "lifecycle", 2, 0x01F8, 3)]
    [InlineData(DefectCatalog.NoAntiSpoofing, "conformance", 2, 0x01F8, 7)]
    [InlineData(DefectCatalog.BytesNeededNotSet, "conformance", 2, 0x01F8, 1)]
    [InlineData(DefectCatalog.OidReachesHaltedPf, "conformance", 2, 0x01F8, 2)]
    [InlineData(DefectCatalog.PfResetLeavesVfPath, "conformance", 2, 0x01F8, 7)]
    [InlineData(DefectCatalog.RoutingReadBeforeNumVfs, "conformance", 2, 0x01F8, 1)]
    [InlineData(DefectCatalog.FlrLeavesMsiEnabled, "conformance", 2, 0x01F8, 4)]
    [InlineData(DefectCatalog.SpoofCountedOnWrongVf, "conformance", 2, 0x01F8, 7)]
    [InlineData(DefectCatalog.VPortLookaheadWrittenUnflagged, "conformance", 2, 0x01F8, 2)]
    [InlineData(DefectCatalog.FilterFieldsOred, "conformance", 2, 0x01F8, 4, 5)]
    [InlineData(DefectCatalog.OnlyFirstFilterPerVPort, "conformance", 2, 0x01F8, 5, 5)]
    public void Run_CatalogueDefect_FindsAShortestCounterexample(string defect, string profileName, int maxVPorts, int pfRid, int shortestLength, int vmVlan = 0)
    {
        var (config, options) = Setup(profileName, maxVPorts, pfRid);
        config = vmVlan == 0 ? config : config with { VmVlans = [vmVlan] };

        var result = ExhaustiveConformance.Run(config, [defect], options);

        Assert.Equal(ExplorationVerdict.HookFailed, result.Exploration.Verdict);
        Assert.NotNull(result.Counterexample);
        Assert.Equal(shortestLength, result.Counterexample.Steps.Length);
        Assert.True(result.Counterexample.Steps[^1].Violations.Length > 0 || result.Counterexample.Steps[^1].StateDiff.Length > 0 || result.Counterexample.Steps[^1].Expected is not null);
        Assert.NotEqual("", result.CaughtBy);
    }

    [Fact]
    public void Run_NoDefectSmallestConfiguration_ClosesClean()
    {
        var result = ExhaustiveConformance.Run(Smallest, [], new ExplorationOptions { Profile = ExplorationProfile.Lifecycle });

        Assert.Equal(ExplorationVerdict.Closed, result.Exploration.Verdict);
        Assert.True(result.IsClean);
        Assert.Null(result.Counterexample);
        Assert.Equal(147, result.Exploration.States);
    }

    [Theory]
    [InlineData(DefectCatalog.SurpriseRemovalSkipsFilterMove, "lifecycle")]
    [InlineData(DefectCatalog.ConfigSpaceNoBoundsCheck, "conformance")]
    [InlineData("", "lifecycle")]
    public void Run_OneAndTwoWorkers_GiveTheSameResult(string defect, string profileName)
    {
        var (config, options) = Setup(profileName, 2, 0x01F8);
        string[] defects = defect.Length == 0 ? [] : [defect];

        var one = ExhaustiveConformance.Run(config, defects, options with { Workers = 1 });
        var two = ExhaustiveConformance.Run(config, defects, options with { Workers = 2 });

        Assert.Equal(one.Exploration.Verdict, two.Exploration.Verdict);
        Assert.Equal(one.Exploration.States, two.Exploration.States);
        Assert.Equal(one.Exploration.Transitions, two.Exploration.Transitions);
        Assert.Equal(one.Exploration.Depth, two.Exploration.Depth);
        Assert.Equal(one.CheckedSteps, two.CheckedSteps);
        Assert.Equal(one.CaughtBy, two.CaughtBy);
        Assert.Equal(one.Counterexample is null ? "" : TracePrinter.Print(one.Counterexample), two.Counterexample is null ? "" : TracePrinter.Print(two.Counterexample));
        Assert.Equal(defect.Length == 0, one.IsClean);
    }

    internal static (ModelConfig Config, ExplorationOptions Options) Setup(string profileName, int maxVPorts, int pfRid)
    {
        var config = Smallest with { MaxNumVPorts = maxVPorts, PfRid = pfRid };
        Assert.True(ExplorationProfiles.TryParse(profileName, out var profile));
        return (config, new ExplorationOptions { Profile = profile, StatesMax = 20_000 });
    }
}
