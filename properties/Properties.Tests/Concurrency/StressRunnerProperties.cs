// Properties.Tests/Concurrency: StressRunnerProperties
using SriovVerification.Harness.Concurrency;
using SriovVerification.Implementation;

namespace SriovVerification.Properties.Tests.Concurrency;

public class StressRunnerProperties
{
    private const int Cycles = 15;

    [RealThreadsTheory]
    [InlineData(FilterMovePolicy.HostDriven)]
    [InlineData(FilterMovePolicy.GuestDriven)]
    public void Run_RealThreadsNoDefect_EveryFrameCheckHolds(FilterMovePolicy policy)
    {
        // Claim: with real threads (senders, wire, NetVSC and the control path at once), attach/failover cycles under
        // traffic misdeliver, duplicate and reset nothing, and lose frames only in the documented window.
        var result = StressRunner.Run(0x57E55UL, Cycles, policy, []);
        Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations.Take(20)));
        Assert.Equal(0, result.Misdelivered);
        Assert.Equal(0, result.Duplicated);
        Assert.True(result.FramesSent > Cycles, $"{result.FramesSent} frames sent");
        Console.WriteLine($"{policy}: {result.FramesSent} frames, {result.Deliveries} deliveries, {result.Loss.Lost} lost ({result.Loss.LostInWindow} in the window)");
    }
}
