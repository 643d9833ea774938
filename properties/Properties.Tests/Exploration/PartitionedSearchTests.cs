// Properties.Tests/Exploration: the partitioned search in one process (LocalPartitions) against the packed engine on one worker
using SriovVerification.Exploration.Partitioned;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>The partitioned search in one process (<see cref="LocalPartitions"/>) against the packed engine on one worker.</summary>
public sealed class PartitionedSearchTests
{
    private static readonly ModelConfig OneHostTwoVmsTwoVfs = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };

    public static TheoryData<string, int, int> Cases() => new()
    {
        { "1x2x2", 1, 10_000 },
        { "1x2x2", 3, 10_000 },
        { "default", 2, 6 },
        { "default", 3, 7 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RunAsync_LocalPartitions_SameResultAsOneProcess(string shape, int partitions, int depthMax)
    {
        // Claim: over any number of partitions the level-synchronous search stores the states one process stores, level
        // by level, so verdict, counts, depth, deadlocks, states per level, coverage and cross-checked states are the same
        // (at a depth bound too, but for the premises one process counted in its last batch).
        var config = shape == "1x2x2" ? OneHostTwoVmsTwoVfs : ModelConfig.Default;
        var options = new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed, CheckLiveness = false, Workers = 1, DepthMax = depthMax, CrossCheckEvery = 64 };
        var one = Explorer.Explore(config, options);
        var partitioned = await PartitionedSearch.RunAsync(config, options, new LocalPartitions(partitions));

        Assert.Null(partitioned.Failure);
        var result = partitioned.Result!;
        Assert.Equal(WithoutMemory(one.ToSummaryText()), WithoutMemory(result.ToSummaryText()));
        Assert.Equal(one.StatesPerDepth, result.StatesPerDepth);
        Assert.Equal(one.Coverage.CommandKinds, result.Coverage.CommandKinds);
        if (one.Verdict == ExplorationVerdict.Closed)
        {
            // At a depth bound one process has also counted the premises of the states of its last batch past the bound.
            Assert.Equal(one.Coverage.Invariants, result.Coverage.Invariants);
        }

        Assert.Equal(one.States, partitioned.Partitions.Sum(p => p.States));
        Assert.Equal(partitions, partitioned.Partitions.Count);
    }

    /// <summary>The summary without its bytes/state line (each partition sizes its own visited set).</summary>
    internal static string WithoutMemory(string summary) =>
        string.Join('\n', summary.Split('\n').Where(line => !line.StartsWith("bytes/state:", StringComparison.Ordinal)));
}
