// Cluster.Tests: check --cluster on an in-process cluster against check's randomized phase in one process
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Generation;
using SriovVerification.Model;

namespace SriovVerification.Cluster.Tests;

/// <summary><c>check --cluster</c> on an in-process cluster against <c>check</c>'s randomized phase in one process.</summary>
public sealed class ClusterCheckTests
{
    public static TheoryData<string, int, bool> Cases() => new()
    {
        { "", 40, true },
        { "free-vf-with-vport", 200, true },
        { "", 48, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RunAsync_TwoSilos_SameReportAsOneProcess(string defect, int sequences, bool guided)
    {
        // Claim: ranges of sequence indexes run on two silos and merged in index order give check's report: the same
        // sequences, steps, depths and coverage, and with a defect the same failing index and shrunk counterexample.
        await using var cluster = await TestClusters.DeployAsync(2);
        var options = new ConformanceRunOptions(ModelConfig.Default, 1, defect.Length == 0 ? [] : [defect], sequences) { CoverageGuided = guided };
        var one = ConformanceRunner.Run(options);
        var swarm = await ClusterCheck.RunAsync(cluster.Client, options, hosts: 3);

        Assert.Equal(one.Sequences, swarm.Sequences);
        Assert.Equal(one.Steps, swarm.Steps);
        Assert.Equal(one.MaxVfsAttached, swarm.MaxVfsAttached);
        Assert.Equal(one.MaxVmsOnVfPath, swarm.MaxVmsOnVfPath);
        Assert.Equal(one.Coverage.Kinds, swarm.Coverage.Kinds);
        Assert.Equal(one.Coverage.Premises, swarm.Coverage.Premises);
        Assert.Equal(one.Coverage.UnexercisedTransitions, swarm.Coverage.UnexercisedTransitions);
        Assert.Equal(defect.Length > 0, one.Counterexample is not null);
        Assert.Equal(one.Counterexample?.SequenceIndex, swarm.Counterexample?.SequenceIndex);
        Assert.Equal(one.Counterexample?.Message("x.trace"), swarm.Counterexample?.Message("x.trace"));
    }
}
