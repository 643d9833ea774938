// Harness/Conformance/Monitors: the OIDs a VF detach issued, in teardown order (INV-17)
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// Watches the detaches of a VF from a VM: the OID log of the VM's host from before the step to right after it (before
/// the read-back adds its own entries) is checked by <see cref="TeardownOrder"/>.
/// </summary>
public sealed class TeardownOrderMonitor : IStepMonitor
{
    /// <inheritdoc/>
    public StepWatch? Watch(StepStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var descriptor = CommandDescriptors.Of(start.Command);
        if (!descriptor.Traits.HasFlag(CommandTraits.DetachesVf) || descriptor.VmOf is not { } vmOf
            || vmOf(start.Command) is var vm && (vm < 0 || vm >= start.ModelBefore.Vms.Length))
        {
            return null;
        }

        var host = start.ModelBefore.Vms[vm].Host;
        return host < 0 ? null : new TeardownWatch(host, start.Adapter.OidLog(host).Count);
    }

    private sealed class TeardownWatch(int host, int logStart) : StepWatch
    {
        private int logEnd;

        public override void Executed(StepExecuted step) => logEnd = step.Adapter.OidLog(host).Count;

        public override IReadOnlyList<InvariantViolation> Verdict(StepExecuted step) =>
            TeardownOrder.Check(Slice(step.Adapter.OidLog(host), logEnd), logStart, step.Actual.IsSuccess);

        private static IReadOnlyList<I.Switch.OidLogEntry> Slice(IReadOnlyList<I.Switch.OidLogEntry> log, int end)
        {
            var entries = new I.Switch.OidLogEntry[Math.Min(end, log.Count)];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = log[i];
            }

            return entries;
        }
    }
}
