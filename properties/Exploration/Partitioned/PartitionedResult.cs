// Exploration/Partitioned: the end of a partitioned search

namespace SriovVerification.Exploration.Partitioned;

/// <summary>
/// The end of a partitioned search: the result one process would report (null when the search could not finish), or
/// why it could not (a partition lost: its host died or it forgot its states), and what the partitions cost.
/// </summary>
/// <param name="Result">The exploration result, or null with <paramref name="Failure"/>.</param>
/// <param name="Failure">Why the search is incomplete (nothing proven), or null.</param>
/// <param name="Partitions">Per partition: the states it stored and the seconds it was busy expanding and merging.</param>
/// <param name="NetworkBytes">Bytes of every message between the coordinator and the partitions and between partitions (a partition's batch to itself not counted).</param>
/// <param name="Levels">Levels run.</param>
public sealed record PartitionedResult(ExplorationResult? Result, string? Failure, IReadOnlyList<(long States, double BusySeconds)> Partitions, long NetworkBytes, int Levels)
{
    /// <summary>Bytes on the network per stored state.</summary>
    public double NetworkBytesPerState => Result is { States: > 0 } r ? (double)NetworkBytes / r.States : 0;
}
