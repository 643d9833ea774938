// Snapshot tests: golden traces replay, edited ones diverge or are rejected.

namespace SriovVerification.Snapshots.Tests;

/// <summary>Replaying trace files: golden traces reproduce, edited ones diverge or are rejected, counterexamples reproduce with their defect.</summary>
public sealed class TraceReplayTests
{
    public static TheoryData<string> ScenarioNames => [.. ScenarioCatalog.Names];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Replay_GoldenTrace_Reproduces(string scenario)
    {
        var parsed = TraceParser.Parse(TraceFiles.Golden(scenario), TraceFiles.GoldenFile(scenario));
        Assert.True(parsed.IsSuccess, parsed.ErrorText);

        var result = TraceReplay.Replay(parsed.Trace!, [.. parsed.Trace!.Defects]);

        Assert.True(result.Reproduced, $"dotnet run --project cli -- replay snapshots/verified/{TraceFiles.GoldenFile(scenario)} diverges:\n{result.Mismatch?.Diff}");
        Assert.Empty(result.RecordedDivergences);
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Print_ParsedGoldenTrace_SameBytes(string scenario)
    {
        var text = TraceFiles.Golden(scenario);

        var parsed = TraceParser.Parse(text, TraceFiles.GoldenFile(scenario));

        Assert.True(parsed.IsSuccess, parsed.ErrorText);
        Assert.Equal(text, TracePrinter.Print(parsed.Trace!));
    }

    [Fact]
    public void Parse_StatusTypo_ErrorAtLineAndColumn()
    {
        var lines = TraceFiles.Golden("refusal-free-vf-with-vport").Split('\n');
        var index = TraceFiles.StepLineIndex(lines, 4);
        var column = lines[index].IndexOf("FILE_NOT_FOUND", StringComparison.Ordinal) + 1;
        lines[index] = lines[index].Replace("FILE_NOT_FOUND", "FILE_NOT_FUOND", StringComparison.Ordinal);

        var parsed = TraceParser.Parse(string.Join('\n', lines), "typo.trace");

        Assert.False(parsed.IsSuccess);
        var error = parsed.Errors[0];
        Assert.Equal((index + 1, column), (error.Line, error.Column));
        Assert.StartsWith($"typo.trace:{index + 1}:{column}: expected a status name", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 'FILE_NOT_FUOND'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_RecordedStatusChanged_DivergesAtThatStep()
    {
        var lines = TraceFiles.Golden("refusal-free-vf-with-vport").Split('\n');
        var index = TraceFiles.StepLineIndex(lines, 4);
        lines[index] = lines[index].Replace("-> FILE_NOT_FOUND", "-> INVALID_PARAMETER", StringComparison.Ordinal);
        var parsed = TraceParser.Parse(string.Join('\n', lines), "edited.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText);

        var result = TraceReplay.Replay(parsed.Trace!, []);

        var mismatch = Assert.IsType<ReplayMismatch>(result.Mismatch);
        Assert.Equal(4, mismatch.StepNumber);
        Assert.Contains("model answered FILE_NOT_FOUND, the file records INVALID_PARAMETER", mismatch.Problems);
        Assert.Contains("adapter answered FILE_NOT_FOUND, the file records INVALID_PARAMETER", mismatch.Problems);
        Assert.Contains("\n-0004 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> INVALID_PARAMETER", "\n" + mismatch.Diff, StringComparison.Ordinal);
        Assert.Contains("\n+0004 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> FILE_NOT_FOUND", "\n" + mismatch.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_CounterexampleWithItsDefect_ReproducesTheDivergence()
    {
        var parsed = TraceParser.Parse(TraceFiles.FreeVfWithVPortCounterexample(), "counterexample.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText);
        var trace = parsed.Trace!;
        Assert.NotNull(trace.Steps[3].Expected);

        var result = TraceReplay.Replay(trace, [DefectCatalog.FreeVfWithVPort]);

        Assert.True(result.Reproduced, result.Mismatch?.Diff);
        Assert.Equal([4], result.RecordedDivergences);
    }

    [Fact]
    public void Replay_CounterexampleWithoutDefect_DivergesAtTheDefectiveStep()
    {
        var parsed = TraceParser.Parse(TraceFiles.FreeVfWithVPortCounterexample(), "counterexample.trace");
        Assert.True(parsed.IsSuccess, parsed.ErrorText);

        var result = TraceReplay.Replay(parsed.Trace!, []);

        var mismatch = Assert.IsType<ReplayMismatch>(result.Mismatch);
        Assert.Equal(4, mismatch.StepNumber);
        Assert.Contains("adapter answered FILE_NOT_FOUND, the file records SUCCESS", mismatch.Problems);
        Assert.Contains("the file records a divergence, model and adapter agree", mismatch.Problems);
    }
}
