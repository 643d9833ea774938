// Tests of the emulated adapter: the data path running concurrently with OID requests, at the adapter's yield points.
using static SriovVerification.Implementation.Tests.TestWorld;

namespace SriovVerification.Implementation.Tests;

public class ConcurrentDataPathTests
{
    /// <summary>Records every yield point it is called at, and lets a test run code at one of them.</summary>
    private sealed class RecordingScheduler(string? interceptPoint = null, Action? atIntercept = null) : IScheduler
    {
        public List<string> Points { get; } = [];

        public bool Interleaves => true;

        public void Yield(string point)
        {
            Points.Add(point);
            if (point == interceptPoint)
            {
                atIntercept?.Invoke();
            }
        }

        public void Blocked(string point) => Thread.Yield();
    }

    [Fact]
    public void Races_ThreeRaceDefects_KebabCaseAndNumberedAfterTheFirstSixteen()
    {
        // The races took 17 … 19 after the first sixteen catalogue defects; later catalogue defects are numbered after them.
        Assert.Equal(3, DefectCatalog.Races.Count);
        Assert.All(DefectCatalog.Races, d => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Name));
        Assert.Equal(Enumerable.Range(17, 3), DefectCatalog.Races.Select(d => d.Number));
        Assert.All(DefectCatalog.All, d => Assert.True(d.Number <= 16 || d.Number > 19, d.Name));
        Assert.Empty(DefectCatalog.Races.Select(d => d.Name).Intersect(DefectCatalog.All.Select(d => d.Name)));
        Assert.All(DefectCatalog.Races, d => Assert.Same(d, DefectCatalog.Find(d.Name)));
    }

    [Fact]
    public void HostDetachVf_InterleavingScheduler_YieldsBetweenTeardownOids()
    {
        var dc = WithSwitch();
        Ok(dc.HostAttachVf(0));
        Ok(dc.RequestVfRemoval(0));
        var scheduler = new RecordingScheduler();
        dc.Scheduler = scheduler;
        Ok(dc.HostDetachVf(0));
        Assert.Equal(
            [YieldPoints.DetachAfterMoveFilter, YieldPoints.DetachAfterClearFilters, YieldPoints.DetachAfterDeleteVPort, YieldPoints.DetachAfterResetVf],
            scheduler.Points);
    }

    [Fact]
    public void MoveFilter_ReceiveDuringTheMove_SeesSourceOrDestination()
    {
        var dc = PfVPortsWithForeignFilter(out var received);
        dc.Scheduler = new RecordingScheduler(YieldPoints.MoveFilterHalfDone, () => received.Add(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)));
        Ok(dc.MoveFilter(0, 4, 1, 2));
        Assert.Empty(received);
        Assert.Equal(DropReasons.VPortNotActivated, Data<AdapterData.FrameRouted>(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)).Outcome.DropReason);
    }

    [Fact]
    public void MoveFilterVisibleHalfDone_ReceiveDuringTheMove_FilterOnNoVPort()
    {
        var dc = PfVPortsWithForeignFilter(out var received, DefectCatalog.MoveFilterVisibleHalfDone);
        dc.Scheduler = new RecordingScheduler(YieldPoints.MoveFilterHalfDone, () => received.Add(dc.ReceiveFrame(0, DatacenterOptions.ForeignMacAddress, 0)));
        Ok(dc.MoveFilter(0, 4, 1, 2));
        Assert.Equal(FrameFate.DeliveredToHost, Data<AdapterData.FrameRouted>(Assert.Single(received)).Outcome.Fate);
    }

    [Fact]
    public void GuestSendFrame_StampedVPortDeletedBeforeTransmit_GoesOutThroughTheDefaultVPort()
    {
        foreach (var (defect, expectedVPort) in new[] { ("", 0), (DefectCatalog.SendStampedWithStaleVPort, 1) })
        {
            var dc = VmZeroOnTheVfPath(defect);
            dc.Scheduler = new RecordingScheduler(YieldPoints.SendAfterStamp, () => TearDownVmZero(dc));
            Ok(dc.GuestSendFrame(0, DatacenterOptions.VmMacAddress(1), 0));
            var transmitted = dc.DataPathLog.Snapshot().Last(e => e.Kind == DataPathEventKind.Transmitted);
            Assert.Equal(expectedVPort, transmitted.VPortId);
        }
    }

    [Fact]
    public void DataPathLog_PastCapacity_CountsOverflowInsteadOfBlocking()
    {
        var log = new DataPathLog(2);
        for (var i = 0; i < 5; i++)
        {
            log.Append(DataPathEventKind.Indicated, i, 0, 0, 0, 1, DataPath.Vf);
        }

        Assert.Equal(2, log.Snapshot().Count);
        Assert.Equal(3, log.Overflowed);
        Assert.True(log.Snapshot()[0].Sequence < log.Snapshot()[1].Sequence);
    }

    private static Datacenter PfVPortsWithForeignFilter(out List<AdapterResult> received, params string[] defects)
    {
        var dc = WithSwitch(defects);
        Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        Ok(dc.CreateVPort(0, NdisConstants.PfFunctionId, 1));
        Assert.Equal(4, Data<OidData.FilterCreated>(dc.SetFilter(0, 1, DatacenterOptions.ForeignMacAddress, 0)).FilterId);
        received = [];
        return dc;
    }

    private static Datacenter VmZeroOnTheVfPath(string defect)
    {
        var dc = defect.Length == 0 ? WithSwitch() : WithSwitch(defect);
        Ok(dc.HostAttachVf(0));
        Ok(dc.GuestInitializeVf(0));
        Ok(dc.GuestBindNetVsc(0));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Vf));
        return dc;
    }

    private static void TearDownVmZero(Datacenter dc)
    {
        Ok(dc.RequestVfRemoval(0));
        Ok(dc.GuestSwitchDataPath(0, DataPath.Synthetic));
        Ok(dc.GuestPauseVf(0));
        Ok(dc.GuestUnbindNetVsc(0));
        Ok(dc.GuestHaltVf(0));
        Ok(dc.HostDetachVf(0));
    }
}
