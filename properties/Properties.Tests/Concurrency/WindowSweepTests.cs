// The window sweep of the concurrency phase: holds control-path actors at each of their yields and at the windows they reach, deterministically.
using SriovVerification.Harness.Concurrency;
using SriovVerification.Implementation;
using Xunit;

namespace SriovVerification.Properties.Tests.Concurrency;

public sealed class WindowSweepTests
{
    [Fact]
    public void WindowSweepRuns_CorrectAdapter_EveryRunPasses()
    {
        var runs = ConcurrencyCampaign.WindowSweepRuns(1, [], workers: 2);

        Assert.All(runs, r => Assert.True(r.Passed, r.Describe(0)));
        Assert.True(runs.Length > 2 * Enum.GetValues<ScenarioKind>().Length, $"{runs.Length} runs: the probes found no second window");
    }

    [Fact]
    public void WindowSweepRuns_RevokeRacingDataPathSwitch_CaughtAndReplayedFromItsSeedAndWindow()
    {
        var runs = ConcurrencyCampaign.WindowSweepRuns(1, [DefectCatalog.SwitchDataPathCompletionDropped], workers: 2);

        var failing = runs.Where(r => !r.Passed).ToList();
        Assert.NotEmpty(failing);
        var first = failing[0];
        Assert.Equal(StrategyKind.WindowDelay, first.Options.Strategy);
        Assert.Equal(ScenarioKind.AttachRevoke, first.Options.Scenario);
        var again = InterleavingRunner.Run(InterleavingOptions.FromSeed(first.Options.Seed, first.Options.Defects)
            with { Strategy = StrategyKind.WindowDelay, DelayedWindow = first.Options.DelayedWindow });
        Assert.False(again.Passed);
        Assert.Equal(first.Describe(), again.Describe());
    }

    [Fact]
    public void WindowSweepRuns_OneOrTwoWorkers_SameRuns()
    {
        var one = ConcurrencyCampaign.WindowSweepRuns(3, [DefectCatalog.SwitchDataPathCompletionDropped], workers: 1);
        var two = ConcurrencyCampaign.WindowSweepRuns(3, [DefectCatalog.SwitchDataPathCompletionDropped], workers: 2);

        Assert.Equal(one.Select(r => r.Describe(0)), two.Select(r => r.Describe(0)));
    }
}
