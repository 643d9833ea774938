// Harness/Generation: arguments for the filter OIDs drawn from the state rather than from the whole candidate domain
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Arguments for the filter OIDs drawn from the state rather than from the whole candidate domain: a live FilterId, the
/// VPort it is on as the source and a live VPort as the destination. Without it MOVE_FILTER and CLEAR_FILTER are
/// almost always refused (a random FilterId × source × destination rarely names a live filter where it is), and the
/// PF miniport's filter handlers are barely exercised. Each steered command is one of the candidate commands.
/// </summary>
public static class FilterSteering
{
    /// <summary>
    /// <paramref name="picked"/> itself, or, when it is a CLEAR_FILTER or MOVE_FILTER and its host has filters, one
    /// time in two the same kind over a live filter of that host.
    /// </summary>
    public static Command Steer(SplitMix64 random, ModelState state, Command picked)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(picked);
        var descriptor = CommandDescriptors.Of(picked);
        var hostIndex = descriptor.OnLiveFilter is null ? -1 : descriptor.HostOf!(picked);
        if ((uint)hostIndex >= (uint)state.Hosts.Length || state.Hosts[hostIndex].Filters.Length == 0 || random.Below(2) == 0)
        {
            return picked;
        }

        var host = state.Hosts[hostIndex];
        var filter = host.Filters[random.Below(host.Filters.Length)];
        return descriptor.OnLiveFilter!(picked, filter, () => host.VPorts[random.Below(host.VPorts.Length)].VPortId);
    }
}
