// Harness/Conformance/Monitors: INV-20 on what the VF miniport was handed, not only on what the PF reports it delivered
using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// INV-20 on what the VF miniport was handed, not only on what the PF reports it delivered: a delivery of an
/// invalidation (<see cref="Command.GuestHandleInvalidation"/>) adds exactly one mask to the masks the VM's VF miniport
/// received (<see cref="I.Datacenter.QueryInvalidationsReceived"/>), and that mask is the one delivered.
/// </summary>
public static class InvalidationReceipt
{
    /// <summary>How many masks <paramref name="vm"/>'s VF miniport has received, taken before a step (-1: no such VM).</summary>
    public static int Mark(I.Datacenter adapter, int vm)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return vm >= 0 && vm < adapter.Options.VmCount ? adapter.QueryInvalidationsReceived(vm).Count : -1;
    }

    /// <summary>What does not add up between the delivered mask of <paramref name="actual"/> and what the VF miniport received since <paramref name="mark"/>.</summary>
    public static IReadOnlyList<string> Check(I.Datacenter adapter, int vm, int mark, Outcome actual)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(actual);
        if (mark < 0 || actual.Data is not OutcomeData.InvalidationDelivered delivered)
        {
            return [];
        }

        var received = adapter.QueryInvalidationsReceived(vm).Skip(mark).ToList();
        return received.Count == 1 && received[0] == delivered.Mask
            ? []
            : [string.Create(CultureInfo.InvariantCulture,
                $"vm{vm}.VfMiniport.InvalidationsReceived: delivered mask 0x{delivered.Mask:X}, the VF miniport received [{string.Join(", ", received.Select(m => $"0x{m:X}"))}]")];
    }
}
