// Cluster: a host of check --cluster (key
namespace SriovVerification.Cluster;

/// <summary>A host of <c>check --cluster</c> (key: the range's place in a block, so ranges spread over the silos): runs a range of sequence indexes.</summary>
public interface ISwarmGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Runs the range a <c>ConformanceSwarm.Request</c> names; its counts, coverage and failing index.</summary>
    Task<byte[]> RunRange(byte[] request);
}
