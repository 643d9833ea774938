// CLI tests: the check verb's option handling and its concurrency phase.

namespace SriovVerification.Cli.Tests;

/// <summary>The <c>check</c> verb's option handling and its concurrency phase.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Run_ConcurrencyOnlyWithoutDefect_ExitsSuccess()
    {
        var exit = CheckCommand.Run("7", null, null, [], Path.GetTempPath(), 250, concurrencyOnly: true, interleavings: 40);

        Assert.True(exit == ExitCodes.Success, $"dotnet run --project cli -- check --concurrency --interleavings 40 --seed 7: exit {exit}");
    }

    [Fact]
    public void Run_ConcurrencyOnlyWithRaceDefect_ExitsViolationFound()
    {
        var exit = CheckCommand.Run("1", null, null, ["move-filter-visible-half-done"], Path.GetTempPath(), 250, concurrencyOnly: true, interleavings: 200);

        Assert.True(exit == ExitCodes.ViolationFound, $"dotnet run --project cli -- check --concurrency --interleavings 200 --seed 1 --defect move-filter-visible-half-done: exit {exit}");
    }

    [Fact]
    public void Run_MalformedPhaseWithParserDefect_ExitsViolationFoundWithFuzzReplayLine()
    {
        var output = new StringWriter();

        var exit = CheckCommand.Run("1", null, 5, ["counted-string-length-unchecked"], Path.GetTempPath(), 250, interleavings: 1, output: output,
            phases: new PhaseOptions(WindowSweep: false, MalformedRequests: 5000));

        var text = output.ToString();
        Assert.True(exit == ExitCodes.ViolationFound, $"check --sequences 5 --interleavings 1 --no-window-sweep --malformed-requests 5000 --defect counted-string-length-unchecked: exit {exit}\n{text}");
        Assert.Contains("replay: sriov fuzz --seed 1 --requests 5000 --defect counted-string-length-unchecked", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WindowSweepReplayLine_ReproducesTheFailingRunAlone()
    {
        var sweep = new StringWriter();
        var exit = CheckCommand.Run("1", null, null, ["switch-datapath-completion-dropped"], Path.GetTempPath(), 250, concurrencyOnly: true, interleavings: 1, output: sweep);
        var replayLine = sweep.ToString().Split('\n').First(l => l.Contains("--delay-window", StringComparison.Ordinal));
        var arguments = replayLine[(replayLine.IndexOf("sriov check", StringComparison.Ordinal) + "sriov check".Length)..].Trim().Split(' ');
        var seed = arguments[Array.IndexOf(arguments, "--seed") + 1];
        var window = int.Parse(arguments[Array.IndexOf(arguments, "--delay-window") + 1], System.Globalization.CultureInfo.InvariantCulture);

        var replay = new StringWriter();
        var replayExit = CheckCommand.Run(seed, null, null, ["switch-datapath-completion-dropped"], Path.GetTempPath(), 250, concurrencyOnly: true, interleavings: 1, output: replay,
            phases: new PhaseOptions(DelayedWindow: window));

        Assert.True(exit == ExitCodes.ViolationFound, sweep.ToString());
        Assert.True(replayExit == ExitCodes.ViolationFound, $"{replayLine}: exit {replayExit}\n{replay}");
        Assert.Contains("1 interleavings holding at control-path yield", replay.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(3, false)]
    public void Run_BadDelayWindow_ExitsUsageError(int window, bool concurrencyOnly)
    {
        var exit = CheckCommand.Run("1", null, concurrencyOnly ? null : 1, [], Path.GetTempPath(), 250, concurrencyOnly: concurrencyOnly, phases: new PhaseOptions(DelayedWindow: window));

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 0)]
    public void Run_BadInterleavings_ExitsUsageError(bool concurrencyOnly, int interleavings)
    {
        var exit = CheckCommand.Run("1", null, 1, [], Path.GetTempPath(), 250, concurrencyOnly: concurrencyOnly, interleavings: interleavings);

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    [Fact]
    public void Run_ConcurrencyOnlyWithSequences_ExitsUsageError()
    {
        var exit = CheckCommand.Run("1", null, 5, [], Path.GetTempPath(), 250, concurrencyOnly: true);

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    [Fact]
    public void Run_UnknownDefect_ExitsUsageError()
    {
        var exit = CheckCommand.Run("1", null, 1, ["no-such-defect"], Path.GetTempPath(), 250);

        Assert.Equal(ExitCodes.UsageError, exit);
    }
}
