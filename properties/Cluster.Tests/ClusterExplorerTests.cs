// Cluster.Tests: explore --cluster on an in-process cluster against the packed engine in one process
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Search;
using SriovVerification.Model;

namespace SriovVerification.Cluster.Tests;

/// <summary><c>explore --cluster</c> on an in-process cluster against the packed engine in one process.</summary>
public sealed class ClusterExplorerTests
{
    private static readonly ModelConfig OneHostTwoVmsTwoVfs = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] };

    private static readonly ModelConfig TwoHostsTwoVmsOneVf = new() { HostCount = 2, VmCount = 2, NumVfs = 1 };

    private static ExplorationOptions Options => new() { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed, CheckLiveness = false, Workers = 1, CrossCheckEvery = 64 };

    [Fact]
    public async Task ExploreAsync_TwoConfigurationsOnThreeSilos_SameSummaryAsOneProcess()
    {
        // Claim: partitions spread over three silos store the states one process stores, level by level: the same
        // verdict, states, transitions, depth, deadlocks, states per level and coverage, on two configurations.
        await using var cluster = await TestClusters.DeployAsync(3);
        foreach (var config in new[] { OneHostTwoVmsTwoVfs, TwoHostsTwoVmsOneVf })
        {
            var one = Explorer.Explore(config, Options);
            var run = await ClusterExplorer.ExploreAsync(cluster.Client, config, Options, partitions: 6);

            Assert.Null(run.Failure);
            Assert.Equal(ExplorationVerdict.Closed, one.Verdict);
            Assert.Equal(WithoutMemory(one.ToSummaryText()), WithoutMemory(run.Result!.ToSummaryText()));
            Assert.Equal(one.StatesPerDepth, run.Result.StatesPerDepth);
            Assert.Equal(one.Coverage.Invariants, run.Result.Coverage.Invariants);
            Assert.Equal(one.States, run.Partitions.Sum(p => p.States));
            Assert.True(run.NetworkBytes > 0);
        }
    }

    [Fact]
    public async Task ExploreAsync_SiloKilledMidLevel_IncompleteNeverClosed()
    {
        // Claim: when a silo dies between a level's expansion and its merge, the successors delivered to its partitions
        // are lost; the run ends incomplete, naming the level and phase, and gives no verdict.
        await using var cluster = await TestClusters.DeployAsync(2);
        var killed = false;
        var run = await ClusterExplorer.ExploreAsync(cluster.Client, TwoHostsTwoVmsOneVf, Options, 4, async (level, phase) =>
        {
            if (level == 3 && phase == "merge" && !killed)
            {
                killed = true;
                await cluster.KillSiloAsync(cluster.Silos[^1]);
            }
        });

        Assert.True(killed);
        Assert.Null(run.Result);
        Assert.Contains("at level 3 (merge)", run.Failure, StringComparison.Ordinal);
    }

    private static string WithoutMemory(string summary) =>
        string.Join('\n', summary.Split('\n').Where(line => !line.StartsWith("bytes/state:", StringComparison.Ordinal)));
}
