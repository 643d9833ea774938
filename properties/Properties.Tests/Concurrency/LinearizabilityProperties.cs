// Properties.Tests/Concurrency: LinearizabilityProperties
using SriovVerification.Harness.Concurrency;

namespace SriovVerification.Properties.Tests.Concurrency;

public class LinearizabilityProperties
{
    private const int ProgramsScheduled = 40;
    private const int ProgramsThreaded = 25;

    [Fact]
    public void RunScheduled_RandomPrograms_Linearizable()
    {
        // Claim: without a defect, every scheduled interleaving of random concurrent OID requests, host and guest events
        // and frames has a sequential order the model accepts with the same results.
        for (var seed = 1UL; seed <= ProgramsScheduled; seed++)
        {
            var program = ConcurrentPrograms.Random(seed);
            var strategy = seed % 2 == 0 ? StrategyKind.Random : StrategyKind.Pct;
            var report = LinearizabilityRunner.RunScheduled(program, [], strategy, seed);
            Assert.True(report.Result.Linearizable, report.Describe());
        }
    }

    [Fact]
    public void RunThreads_RandomPrograms_Linearizable()
    {
        // Claim: without a defect, real threads issuing random concurrent commands (stress perturbation at the adapter's
        // yield points) always produce a linearizable history.
        for (var seed = 1UL; seed <= ProgramsThreaded; seed++)
        {
            var report = LinearizabilityRunner.RunThreads(ConcurrentPrograms.Random(seed, callers: 3, operationsPerCaller: 4), [], seed);
            Assert.True(report.Result.Linearizable, report.Describe());
        }
    }

    [Fact]
    public void JustInTime_ScheduledHistoriesWithAndWithoutDefect_SameVerdictAsWingGong()
    {
        // Claim: Lowe's just-in-time search and Wing and Gong's search give the same verdict on every history, linearizable
        // or not (random programs without a defect, and the filter move under receives with the half-done defect).
        for (var seed = 1UL; seed <= ProgramsScheduled; seed++)
        {
            foreach (var (program, defects) in new[]
            {
                (ConcurrentPrograms.Random(seed), System.Array.Empty<string>()),
                (ConcurrentPrograms.FilterMoveUnderReceive(), new[] { Implementation.Defects.DefectCatalog.MoveFilterVisibleHalfDone }),
            })
            {
                var report = LinearizabilityRunner.RunScheduled(program, defects, StrategyKind.Random, seed);
                var initial = LinearizabilityRunner.InitialState(program);
                var justInTime = JustInTimeLinearizabilityChecker.Check(program.Config, initial, report.History);
                Assert.True(report.Result.Linearizable == justInTime.Linearizable, report.Describe());
            }
        }
    }
}
