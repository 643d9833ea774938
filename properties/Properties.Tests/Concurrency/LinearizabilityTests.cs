// Properties.Tests/Concurrency: tests of Linearizability
using SriovVerification.Harness.Concurrency;
using DefectCatalog = SriovVerification.Implementation.Defects.DefectCatalog;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Concurrency;

public class LinearizabilityTests
{
    private const int SeedsMax = 100;

    [Fact]
    public void RunScheduled_MoveFilterVisibleHalfDone_NotLinearizableAndShrunk()
    {
        // A receive during the half-done move sees the filter on no VPort and is delivered to the host, which no
        // sequential order gives; the shrunk program still fails and replays the same history from its seed.
        string[] defects = [DefectCatalog.MoveFilterVisibleHalfDone];
        var program = ConcurrentPrograms.FilterMoveUnderReceive();
        LinearizabilityReport? found = null;
        for (var seed = 1UL; seed <= SeedsMax && found is null; seed++)
        {
            var report = LinearizabilityRunner.RunScheduled(program, defects, StrategyKind.Random, seed);
            found = report.Result.Violated ? report : null;
        }

        Assert.True(found is not null, $"no non-linearizable history among seeds 1…{SeedsMax}");
        var shrunk = LinearizabilityRunner.Shrink(found, p => LinearizabilityRunner.RunScheduled(p, defects, StrategyKind.Random, found.Seed));
        Assert.True(shrunk.Result.Violated, shrunk.Describe());
        Assert.True(shrunk.Program.OperationCount < program.OperationCount, shrunk.Describe());
        Assert.Contains(shrunk.History, o => o.Command is Command.ReceiveFrame && o.Result.Data is OutcomeData.Frame { Fate: FrameFate.DeliveredToHost });

        var replay = LinearizabilityRunner.RunScheduled(shrunk.Program, defects, StrategyKind.Random, shrunk.Seed);
        Assert.Equal(shrunk.History, replay.History);
        Console.WriteLine(shrunk.Describe());
    }

    [Fact]
    public void RunScheduled_AtomicMoveFilter_Linearizable()
    {
        var program = ConcurrentPrograms.FilterMoveUnderReceive();
        for (var seed = 1UL; seed <= SeedsMax; seed++)
        {
            var report = LinearizabilityRunner.RunScheduled(program, [], StrategyKind.Random, seed);
            Assert.True(report.Result.Linearizable, report.Describe());
        }
    }

    [Fact]
    public void Check_SequentialHistoryTheModelRefuses_NotLinearizable()
    {
        var config = ModelConfig.Default;
        var initial = SriovModel.Initial(config);
        var history = new List<HistoryOperation>
        {
            new(0, 0, new Command.CreateSwitch(0, 3), Outcome.Ok, 1, 2),
            new(1, 0, new Command.CreateSwitch(0, 3), Outcome.Ok, 3, 4),
        };

        var result = LinearizabilityChecker.Check(config, initial, history);

        Assert.True(result.Violated);
        Assert.Single(result.Order);
    }

    [Fact]
    public void Check_OverlappingOperations_EitherOrderAccepted()
    {
        var config = ModelConfig.Default;
        var initial = SriovModel.Initial(config);
        var refused = new Outcome(NdisStatus.InvalidParameter, "switch exists");
        var history = new List<HistoryOperation>
        {
            new(0, 0, new Command.CreateSwitch(0, 3), refused, 1, 4),
            new(1, 0, new Command.CreateSwitch(0, 3), Outcome.Ok, 2, 3),
        };

        var result = LinearizabilityChecker.Check(config, initial, history);

        Assert.True(result.Linearizable);
        Assert.Equal(1, result.Order[0].Caller);
    }
}
