// Tests of the emulated adapter: snapshots are deep copies.

namespace SriovVerification.Implementation.Tests;

/// <summary>Snapshots are deep copies: the logs that share their filled chunks with a copy stay independent of it.</summary>
public class SnapshotTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(191)]
    [InlineData(192)]
    [InlineData(500)]
    public void Restore_DataPathLog_KeepsTheEventsAndGrowsIndependently(int events)
    {
        var dc = TestWorld.Create();
        for (var i = 0; i < events; i++)
        {
            dc.DataPathLog.Append(DataPathEventKind.Indicated, i, 0, 0, 0, 1, DataPath.Vf);
        }

        var snapshot = dc.Snapshot();
        var first = snapshot.Restore();
        var second = snapshot.Restore();
        for (var i = 0; i < 70; i++)
        {
            dc.DataPathLog.Append(DataPathEventKind.Transmitted, 1000 + i, 0, 0, 0, 1, DataPath.Vf);
            first.DataPathLog.Append(DataPathEventKind.Indicated, 2000 + i, 0, 0, 0, 1, DataPath.Synthetic);
        }

        Assert.Equal(Enumerable.Range(0, events).Select(i => (long)i), second.DataPathLog.Snapshot().Select(e => e.FrameId));
        Assert.Equal(Enumerable.Range(0, events).Concat(Enumerable.Range(2000, 70)).Select(i => (long)i), first.DataPathLog.Snapshot().Select(e => e.FrameId));
        Assert.Equal(Enumerable.Range(0, events).Concat(Enumerable.Range(1000, 70)).Select(i => (long)i), dc.DataPathLog.Snapshot().Select(e => e.FrameId));
        Assert.Equal(dc.DataPathLog.Snapshot().Select(e => e.Sequence), first.DataPathLog.Snapshot().Select(e => e.Sequence));
    }

    [Fact]
    public void DataPathLog_PastTheFirstChunks_KeepsEveryEventInOrder()
    {
        var log = new DataPathLog(10_000);
        for (var i = 0; i < 10_003; i++)
        {
            log.Append(DataPathEventKind.Indicated, i, 0, 0, 0, 1, DataPath.Vf);
        }

        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (long)i), log.Snapshot().Select(e => e.FrameId));
        Assert.Equal(3, log.Overflowed);
    }

    [Fact]
    public void Restore_OidLog_GrowsIndependently()
    {
        var dc = TestWorld.WithSwitch();
        var before = dc.OidLog(0).ToArray();
        Assert.True(before.Length > 0);
        var copy = dc.Snapshot().Restore();
        for (var i = 0; i < 40; i++)
        {
            copy.DeleteVPort(0, 99);
        }

        Assert.Equal(before, dc.OidLog(0));
        Assert.True(copy.OidLog(0).Count > before.Length);
        Assert.Equal(before, copy.OidLog(0).Take(before.Length));
        Assert.Equal(Enumerable.Range(0, copy.OidLog(0).Count).Select(i => (long)i), copy.OidLog(0).Select(e => e.Sequence));
    }
}
