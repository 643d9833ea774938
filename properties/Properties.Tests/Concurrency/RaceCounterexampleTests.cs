// Properties.Tests/Concurrency: a race's failing interleaving as a shrunk, replayable version-2 trace file
using SriovVerification.Harness.Concurrency;
using SriovVerification.Harness.Concurrency.TraceFiles;
using SriovVerification.Implementation;

namespace SriovVerification.Properties.Tests.Concurrency;

/// <summary>A race's failing interleaving as a shrunk, replayable version-2 trace file.</summary>
public sealed class RaceCounterexampleTests
{
    private const ulong FirstSeed = 0xD0_0000UL;
    private const int AttemptsMax = 200;

    public static TheoryData<string, ScenarioKind, FilterMovePolicy, StrategyKind> RaceDefects() => new()
    {
        { DefectCatalog.SendStampedWithStaleVPort, ScenarioKind.GracefulFailover, FilterMovePolicy.HostDriven, StrategyKind.Pct },
        { DefectCatalog.MoveFilterVisibleHalfDone, ScenarioKind.GracefulFailover, FilterMovePolicy.GuestDriven, StrategyKind.Random },
        { DefectCatalog.SwitchDataPathCompletionDropped, ScenarioKind.AttachRevoke, FilterMovePolicy.GuestDriven, StrategyKind.Random },
    };

    [Theory]
    [MemberData(nameof(RaceDefects))]
    public void Shrink_RaceDefect_FileReplaysToTheSameFailureAndIsNoLarger(string defect, ScenarioKind scenario, FilterMovePolicy policy, StrategyKind strategy)
    {
        var shrink = RaceShrinker.Shrink(Found(defect, scenario, policy, strategy));
        var text = InterleavingTracePrinter.Print(RaceCounterexampleFile.TraceOf(shrink));
        var (trace, errors) = InterleavingTraceParser.Parse(text, "race.trace");
        Assert.True(trace is not null, string.Join("\n", errors));

        var replay = InterleavingReplay.Replay(trace);

        Assert.True(replay.Failed && replay.Reproduced && replay.FirstDifference < 0, text + replay.Describe());
        Assert.True(shrink.Preemptions.After <= shrink.Preemptions.Before && shrink.Frames.After <= shrink.Frames.Before && shrink.Actors.After <= shrink.Actors.Before,
            $"{defect}: grew: {shrink.Actors} actors, {shrink.Frames} frames, {shrink.Preemptions} preemptions");
        Assert.Equal(text, InterleavingTracePrinter.Print(trace));
        Console.WriteLine($"{defect}: actors {shrink.Actors}, frames {shrink.Frames}, preemptions {shrink.Preemptions}, steps {shrink.Steps}, {shrink.Runs} runs");
    }

    [Theory]
    [MemberData(nameof(RaceDefects))]
    public void Replay_WithoutTheDefect_Passes(string defect, ScenarioKind scenario, FilterMovePolicy policy, StrategyKind strategy)
    {
        var trace = RaceCounterexampleFile.TraceOf(RaceShrinker.Shrink(Found(defect, scenario, policy, strategy)));

        var replay = InterleavingReplay.Replay(trace, []);

        Assert.False(replay.Failed, replay.Describe());
    }

    [Fact]
    public void Replay_HandEditedDecisionThatRemovesTheRace_ReportsTheDivergenceAtThatDecision()
    {
        // Changing one recorded decision to another actor changes nothing before it; the first decision whose change
        // makes the run pass is where the replay says the schedule left the file.
        var trace = RaceCounterexampleFile.TraceOf(RaceShrinker.Shrink(Found(DefectCatalog.MoveFilterVisibleHalfDone, ScenarioKind.GracefulFailover, FilterMovePolicy.GuestDriven, StrategyKind.Random)));
        var decisions = trace.Options.Decisions!;
        foreach (var index in Enumerable.Range(0, decisions.Count).Reverse())
        {
            foreach (var other in new[] { "control", "guest0", "wire", "send1", "send0" }.Where(a => a != decisions[index].Actor))
            {
                var edited = decisions.Select((d, i) => i == index ? d with { Actor = other } : d).ToList();
                var replay = InterleavingReplay.Replay(trace with { Options = trace.Options with { Decisions = edited } });
                if (!replay.Failed)
                {
                    Assert.Equal(decisions[index].Step, replay.FirstDifference);
                    Assert.Contains($"diverges from the file at step {decisions[index].Step:D4}", replay.Describe(), StringComparison.Ordinal);
                    return;
                }
            }
        }

        Assert.Fail("no single edited decision removed the race:\n" + InterleavingTracePrinter.Print(trace));
    }

    [Theory]
    [InlineData(0xD0_0001UL)]
    [InlineData(0xD0_0002UL)]
    [InlineData(0xD0_0007UL)]
    public void Run_DecisionsOfAnyRun_ReplayItStepForStep(ulong seed)
    {
        var original = InterleavingRunner.Run(InterleavingOptions.FromSeed(seed, []));

        var replay = InterleavingRunner.Run(original.Options with { Decisions = original.Schedule.Decisions });

        Assert.Equal(original.Schedule.Steps, replay.Schedule.Steps);
        Assert.Equal(original.FrameLines, replay.FrameLines);
        Assert.Empty(replay.Departures);
    }

    [Theory]
    [InlineData("sriov-trace 2\nkind: interleaving\n", "expected a 'title:' header line")]
    [InlineData("sriov-trace 1\n", "race.trace:1:1: expected the format line 'sriov-trace 2'")]
    [InlineData("sriov-trace 2\nfoo: bar\n", "race.trace:2:1: expected a header line")]
    public void Parse_Malformed_NamesFileLineAndWhatWasExpected(string text, string expected)
    {
        var (trace, errors) = InterleavingTraceParser.Parse(text, "race.trace");

        Assert.Null(trace);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BadValue_NamesTheFieldLineAndColumn()
    {
        var trace = RaceCounterexampleFile.TraceOf(RaceShrinker.Shrink(Found(DefectCatalog.MoveFilterVisibleHalfDone, ScenarioKind.GracefulFailover, FilterMovePolicy.GuestDriven, StrategyKind.Random)));
        var text = InterleavingTracePrinter.Print(trace).Replace("scenario: GracefulFailover", "scenario: Failover", StringComparison.Ordinal);

        var (parsed, errors) = InterleavingTraceParser.Parse(text, "race.trace");

        Assert.Null(parsed);
        Assert.Contains(errors, e => e.StartsWith("race.trace:5:11: expected 'scenario:'", StringComparison.Ordinal) && e.EndsWith("found 'Failover'", StringComparison.Ordinal));
    }

    private static InterleavingReport Found(string defect, ScenarioKind scenario, FilterMovePolicy policy, StrategyKind strategy)
    {
        var template = new InterleavingOptions { Scenario = scenario, Policy = policy, Strategy = strategy, Defects = [defect] };
        return DefectHunt.FirstFailure(template, FirstSeed, AttemptsMax)
            ?? throw new InvalidOperationException($"{defect}: no failing interleaving among seeds 0x{FirstSeed:X}…+{AttemptsMax}");
    }
}
