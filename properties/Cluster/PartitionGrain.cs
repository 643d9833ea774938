// Cluster: a PartitionExplorer in a grain

namespace SriovVerification.Cluster;

/// <summary>A <see cref="PartitionExplorer"/> in a grain: its visited set lives as long as the activation.</summary>
[PartitionPlacement]
internal sealed class PartitionGrain : Grain, IPartitionGrain
{
    private PartitionExplorer? explorer;

    public Task Start(byte[] setup)
    {
        explorer?.Dispose();
        explorer = new PartitionExplorer(PartitionSetup.FromBytes(setup));
        DelayDeactivation(TimeSpan.FromDays(1));
        return Task.CompletedTask;
    }

    public async Task<byte[]> Expand(int level)
    {
        var (report, batches) = Explorer.Expand(level);
        var own = this.GetPrimaryKeyLong(out var run);
        var deliveries = new List<Task>();
        for (var p = 0; p < batches.Length; p++)
        {
            foreach (var batch in batches[p])
            {
                if (p == own)
                {
                    Explorer.Deliver(level, batch);
                }
                else
                {
                    deliveries.Add(GrainFactory.GetGrain<IPartitionGrain>(p, run ?? "").Deliver(level, batch));
                }
            }
        }

        await Task.WhenAll(deliveries);
        return report.ToBytes();
    }

    public Task Deliver(int level, byte[] batch)
    {
        Explorer.Deliver(level, batch);
        return Task.CompletedTask;
    }

    public Task<byte[]> Merge(int level) => Task.FromResult(Explorer.Merge(level).ToBytes());

    public Task<byte[]> Assign(int level, int levelStart, byte[] ranks)
    {
        var (crossChecked, failed) = Explorer.Assign(level, levelStart, Wire.ReadInts(ranks));
        return Task.FromResult(Wire.Write(w =>
        {
            w.Write(crossChecked);
            w.Write((long)failed);
        }));
    }

    public Task<byte[]> Lookup(int global) => Task.FromResult(Explorer.Lookup(global)?.ToBytes() ?? []);

    public Task Stop()
    {
        explorer?.Dispose();
        explorer = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private PartitionExplorer Explorer => explorer ?? throw new InvalidOperationException(
        $"partition {this.GetPrimaryKeyLong(out var run)} of run {run} holds no search here: its silo died, or it was deactivated, and its states are lost");
}
