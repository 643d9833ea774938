// Snapshot tests: every counterexample the randomized check writes replays with its defect.
using SriovVerification.Harness.Checking;
using SriovVerification.Harness.Generation;
using SriovVerification.Harness.Conformance.Randomized;

namespace SriovVerification.Snapshots.Tests;

/// <summary>
/// Every counterexample the randomized check writes replays: printed, parsed back and re-executed with the file's
/// defects it reproduces its divergence at its last step, and without them it diverges from the file.
/// </summary>
public sealed class CounterexampleReplayTests
{
    private const ulong Seed = 0xC0FFEE;

    private const int SequenceCountMax = 5000;

    public static TheoryData<string> Defects()
    {
        var data = new TheoryData<string>();
        foreach (var defect in DefectCatalog.All)
        {
            data.Add(defect.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Replay_CheckCounterexample_ReproducesWithDefectAndDivergesWithout(string defect)
    {
        var options = new ConformanceRunOptions(ModelConfig.Default, Seed, [defect], SequenceCountMax);
        var report = ConformanceRunner.Run(options);
        Assert.True(report.Counterexample is not null, $"seed {SeedText.Format(Seed)}: {defect} not caught in {report.Sequences} sequences");
        var text = TracePrinter.Print(report.Counterexample.Trace);
        var parsed = TraceParser.Parse(text, $"{defect}.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText);

        var withDefect = TraceReplay.Replay(parsed.Trace!, parsed.Trace!.Defects);
        var withoutDefect = TraceReplay.Replay(parsed.Trace!, []);

        var replay = $"{report.Counterexample.ReplayCommand} then: dotnet run --project cli -- replay {defect}.trace";
        Assert.True(withDefect.Reproduced, $"{replay}\n{withDefect.Mismatch?.Diff}\n{string.Join("\n", withDefect.Mismatch?.Problems ?? [])}\n{text}");
        Assert.Equal(report.Counterexample.Trace.Steps[^1].Number, Assert.Single(withDefect.RecordedDivergences));
        Assert.False(withoutDefect.Reproduced, $"{replay} --no-defects: reproduced although the adapter carried no defect\n{text}");
    }
}
