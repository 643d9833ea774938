// Cluster: runs ranges of sequences of a randomized conformance run on its silo (no state between calls)
using SriovVerification.Harness.Conformance.Randomized;

namespace SriovVerification.Cluster;

/// <summary>Runs ranges of sequences of a randomized conformance run on its silo (no state between calls).</summary>
[PartitionPlacement]
internal sealed class SwarmGrain : Grain, ISwarmGrain
{
    public Task<byte[]> RunRange(byte[] request) => Task.FromResult(ConformanceSwarm.RunRange(request));
}
