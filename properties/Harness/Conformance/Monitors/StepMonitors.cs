// Harness/Conformance/Monitors: the monitors every session registers unless told otherwise
namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>The monitors a <see cref="ConformanceSession"/> registers by default, in the order their findings are reported.</summary>
public static class StepMonitors
{
    /// <summary>The switch table (INV-09), frame accounting, invalidation receipt (INV-20) and teardown order (INV-17).</summary>
    public static IReadOnlyList<IStepMonitor> Default { get; } =
    [
        new SwitchTableMonitor(),
        new FrameAccountingMonitor(),
        new InvalidationReceiptMonitor(),
        new TeardownOrderMonitor(),
    ];
}
