// Exploration/Partitioned: the partitions of a search in this process, each a PartitionExplorer, batches delivered by reference
namespace SriovVerification.Exploration.Partitioned;

/// <summary>The partitions of a search in this process, each a <see cref="PartitionExplorer"/>, batches delivered by reference.</summary>
internal sealed class LocalPartitions(int partitionCount) : IPartitionTransport
{
    private readonly PartitionExplorer?[] partitions = new PartitionExplorer?[partitionCount];

    public int PartitionCount => partitions.Length;

    public Task StartAsync(int partition, byte[] setup)
    {
        partitions[partition]?.Dispose();
        partitions[partition] = new PartitionExplorer(PartitionSetup.FromBytes(setup));
        return Task.CompletedTask;
    }

    public Task<byte[]> ExpandAsync(int partition, int level)
    {
        var (report, batches) = Partition(partition).Expand(level);
        for (var p = 0; p < batches.Length; p++)
        {
            foreach (var batch in batches[p])
            {
                Partition(p).Deliver(level, batch);
            }
        }

        return Task.FromResult(report.ToBytes());
    }

    public Task<byte[]> MergeAsync(int partition, int level) => Task.FromResult(Partition(partition).Merge(level).ToBytes());

    public Task<byte[]> AssignAsync(int partition, int level, int levelStart, byte[] ranks)
    {
        var (crossChecked, failed) = Partition(partition).Assign(level, levelStart, Wire.ReadInts(ranks));
        return Task.FromResult(Wire.Write(w =>
        {
            w.Write(crossChecked);
            w.Write((long)failed);
        }));
    }

    public Task<byte[]> LookupAsync(int partition, int global) => Task.FromResult(Partition(partition).Lookup(global)?.ToBytes() ?? []);

    public Task StopAsync(int partition)
    {
        partitions[partition]?.Dispose();
        partitions[partition] = null;
        return Task.CompletedTask;
    }

    private PartitionExplorer Partition(int partition) =>
        partitions[partition] ?? throw new InvalidOperationException($"partition {partition} holds no search");
}
