// CLI tests: the check verb gives the same findings on one and on two workers.

namespace SriovVerification.Cli.Tests;

/// <summary>The <c>check</c> verb on one and on two workers.</summary>
public sealed class CheckWorkersTests
{
    private const int SequenceCount = 24;
    private const int InterleavingCount = 12;

    [Theory]
    [InlineData("")]
    [InlineData(DefectCatalog.MoveFilterClearThenSet)]
    public void Run_OneAndTwoWorkers_SameOutputAndCounterexampleFiles(string defect)
    {
        // Claim: with --sequences, `check` writes the same bytes to standard output and the same counterexample files for
        // one worker and for two (the counterexample directory's name aside, which the output names).
        string[] defects = defect.Length == 0 ? [] : [defect];
        var one = RunInto(defects, 1);
        var two = RunInto(defects, 2);

        Assert.Equal(one.Exit, two.Exit);
        Assert.Equal(defect.Length == 0 ? ExitCodes.Success : ExitCodes.ViolationFound, one.Exit);
        Assert.Equal(one.Output, two.Output);
        Assert.Equal(one.Files.Keys.Order(), two.Files.Keys.Order());
        foreach (var (name, bytes) in one.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(two.Files[name]), $"counterexample {name} differs between 1 and 2 workers");
        }

        Assert.Equal(defect.Length > 0, one.Files.Count > 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IndexedWorkersMaxPlusOne)]
    public void Run_BadWorkerCount_ExitsUsageError(int workers)
    {
        var exit = CheckCommand.Run("1", null, 1, [], Path.GetTempPath(), 250, workers: workers, output: TextWriter.Null);

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    private const int IndexedWorkersMaxPlusOne = IndexedWorkers.WorkersMax + 1;

    private static (int Exit, string Output, Dictionary<string, byte[]> Files) RunInto(string[] defects, int workers)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sriov-workers-{Guid.NewGuid():N}");
        try
        {
            using var writer = new StringWriter();
            var exit = CheckCommand.Run("1", null, SequenceCount, defects, directory, 250, interleavings: InterleavingCount, workers: workers, output: writer);
            var files = Directory.Exists(directory)
                ? Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes)
                : [];
            return (exit, writer.ToString().Replace(directory, "<out>", StringComparison.Ordinal), files);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
