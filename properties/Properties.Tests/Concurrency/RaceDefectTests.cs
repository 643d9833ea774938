// Properties.Tests/Concurrency: tests of RaceDefect
using SriovVerification.Harness.Concurrency;
using SriovVerification.Implementation;

namespace SriovVerification.Properties.Tests.Concurrency;

public class RaceDefectTests
{
    private const ulong FirstSeed = 0xD0_0000UL;
    private const int AttemptsMax = 200;

    public static TheoryData<string, ScenarioKind, FilterMovePolicy, StrategyKind, string> Defects() => new()
    {
        { DefectCatalog.SendStampedWithStaleVPort, ScenarioKind.GracefulFailover, FilterMovePolicy.HostDriven, StrategyKind.Pct, "INV-11" },
        { DefectCatalog.SendStampedWithStaleVPort, ScenarioKind.Reassignment, FilterMovePolicy.GuestDriven, StrategyKind.Pct, "INV-11" },
        { DefectCatalog.MoveFilterVisibleHalfDone, ScenarioKind.GracefulFailover, FilterMovePolicy.GuestDriven, StrategyKind.Random, "INV-09" },
        { DefectCatalog.MoveFilterVisibleHalfDone, ScenarioKind.Attach, FilterMovePolicy.HostDriven, StrategyKind.Pct, "INV-09" },
        { DefectCatalog.SwitchDataPathCompletionDropped, ScenarioKind.AttachRevoke, FilterMovePolicy.GuestDriven, StrategyKind.Random, "outside the documented window" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Run_RaceDefect_CaughtAndReplaysFromItsSeed(string defect, ScenarioKind scenario, FilterMovePolicy policy, StrategyKind strategy, string expected)
    {
        // The first failing seed of a bounded search is a witness: its violation names the broken rule, and running its
        // options again gives the same schedule and the same violations.
        var template = new InterleavingOptions { Scenario = scenario, Policy = policy, Strategy = strategy, Defects = [defect] };
        var found = DefectHunt.FirstFailure(template, FirstSeed, AttemptsMax);
        Assert.True(found is not null, $"{defect}: no failing interleaving among seeds 0x{FirstSeed:X}…+{AttemptsMax} ({scenario}, {policy}, {strategy})");
        Assert.Contains(found.Frames.Violations, v => v.Contains(expected, StringComparison.Ordinal));

        var replay = InterleavingRunner.Run(found.Options);
        Assert.Equal(found.Schedule.Steps, replay.Schedule.Steps);
        Assert.Equal(found.Frames.Violations, replay.Frames.Violations);
        Console.WriteLine(found.Describe(20));
    }
}
