// CLI tests: the check verb's option handling and its concurrency phase.
using SriovVerification.Cli;
using SriovVerification.Cli.Commands;

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
