// Cluster.Tests: in-process test clusters of the verification grains
using Orleans.TestingHost;

namespace SriovVerification.Cluster.Tests;

/// <summary>In-process test clusters of the verification grains.</summary>
internal static class TestClusters
{
    /// <summary>A deployed cluster of <paramref name="silos"/> silos with the verification grains.</summary>
    public static async Task<InProcessTestCluster> DeployAsync(short silos)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => ClusterSilo.AddVerificationGrains(silo));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
