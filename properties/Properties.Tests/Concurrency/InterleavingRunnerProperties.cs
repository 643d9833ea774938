// Properties.Tests/Concurrency: InterleavingRunnerProperties
using SriovVerification.Harness.Concurrency;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Properties.Tests.Concurrency;

public class InterleavingRunnerProperties
{
    private const int InterleavingsPerScenario = 12;

    public static TheoryData<ScenarioKind, FilterMovePolicy, StrategyKind> Combinations()
    {
        var data = new TheoryData<ScenarioKind, FilterMovePolicy, StrategyKind>();
        foreach (var scenario in Enum.GetValues<ScenarioKind>())
        {
            foreach (var policy in Enum.GetValues<FilterMovePolicy>())
            {
                foreach (var strategy in Enum.GetValues<StrategyKind>())
                {
                    data.Add(scenario, policy, strategy);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Run_NoDefect_EveryFrameCheckHolds(ScenarioKind scenario, FilterMovePolicy policy, StrategyKind strategy)
    {
        // Claim: without a defect, every seeded interleaving of the transition under traffic completes with no frame
        // misdelivered, duplicated, sent or indicated on a deleted VPort, lost outside the documented window, or reset.
        for (var i = 0; i < InterleavingsPerScenario; i++)
        {
            var options = new InterleavingOptions { Scenario = scenario, Policy = policy, Strategy = strategy, Seed = 0x5EED_0000UL + (ulong)i };
            var report = InterleavingRunner.Run(options);
            Assert.True(report.Passed, report.Describe());
        }
    }
}
