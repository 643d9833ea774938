// The step monitors choose the steps they watch by the command descriptor's traits, not by command kind.
using SriovVerification.Harness.Conformance;
using SriovVerification.Harness.Conformance.Monitors;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Conformance;

public sealed class StepMonitorsTests
{
    [Fact]
    public void TeardownOrderMonitor_HostDetachVf_WatchesAndOtherKindsNot()
    {
        var session = new ConformanceSession(ModelConfig.Default);
        StepWatch? WatchOf(Command command) =>
            new TeardownOrderMonitor().Watch(new StepStart(session.Adapter, session.Config, command, session.ModelState));

        Assert.NotNull(WatchOf(new Command.HostDetachVf(0)));
        Assert.Null(WatchOf(new Command.HostAttachVf(0)));
        Assert.Null(WatchOf(new Command.HostDetachVf(session.Config.VmCount)));
    }

    [Fact]
    public void InvalidationReceiptMonitor_OnlyInvalidationDeliveries_AreWatched()
    {
        var session = new ConformanceSession(ModelConfig.Default);
        var monitor = new InvalidationReceiptMonitor();

        Assert.Null(monitor.Watch(new StepStart(session.Adapter, session.Config, new Command.HostDetachVf(0), session.ModelState)));
        Assert.True(CommandDescriptors.Of(new Command.GuestHandleInvalidation(0)).Traits.HasFlag(CommandTraits.DeliversInvalidation));
        Assert.Equal(
            [nameof(Command.GuestHandleInvalidation)],
            CommandDescriptors.All.Where(d => d.Traits.HasFlag(CommandTraits.DeliversInvalidation)).Select(d => d.Name));
        Assert.Equal(
            [nameof(Command.HostDetachVf)],
            CommandDescriptors.All.Where(d => d.Traits.HasFlag(CommandTraits.DetachesVf)).Select(d => d.Name));
    }
}
