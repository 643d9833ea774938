using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration;

/// <summary>
/// The state predicates of the liveness check "AG EF recovered". A state is recovered when it is at rest
/// (<see cref="Why"/>: no live migration and no VF removal in progress, no removal requested, no VF device paused,
/// unbound or surprise removed; every allocated VF belongs to a VM connected on that host; a frame from the wire to
/// each connected VM's own filter, its MAC and VLAN, is delivered to that VM by <c>SriovModel.Apply</c>) and no VF is
/// stuck allocated: a state with every VF free (<see cref="AllVfsFree"/>) is reachable from it.
/// </summary>
public static class Recovery
{
    /// <summary>Whether <paramref name="state"/> is at rest.</summary>
    public static bool IsAtRest(ModelConfig config, ModelState state) => Why(config, state) is null;

    /// <summary>Whether no VF of any host is allocated.</summary>
    public static bool AllVfsFree(ModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var host in state.Hosts)
        {
            foreach (var vf in host.Vfs)
            {
                if (vf.IsAllocated)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Why <paramref name="state"/> is not at rest, or null when it is.</summary>
    public static string? Why(ModelConfig config, ModelState state)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(state);
        for (var v = 0; v < state.Vms.Length; v++)
        {
            if (state.Vms[v].Migrating)
            {
                return $"VM {v} is migrating";
            }
        }

        for (var h = 0; h < state.Hosts.Length; h++)
        {
            foreach (var vf in state.Hosts[h].Vfs)
            {
                if (vf.RemovalRequested || vf.Device is VfDeviceState.Paused or VfDeviceState.Unbound or VfDeviceState.SurpriseRemoved)
                {
                    return $"host {h} VF {vf.VfId}: removal pending ({vf.Device}{(vf.RemovalRequested ? ", removal requested" : "")})";
                }

                if (vf.IsAllocated && (vf.OwnerVm >= state.Vms.Length || !state.Vms[vf.OwnerVm].Connected || state.Vms[vf.OwnerVm].Host != h))
                {
                    return $"host {h} VF {vf.VfId} is allocated to VM {vf.OwnerVm}, which is not connected on host {h}";
                }
            }
        }

        for (var v = 0; v < state.Vms.Length; v++)
        {
            if (state.Vms[v].Connected && Unreachable(config, state, v) is { } why)
            {
                return why;
            }
        }

        return null;
    }

    private static string? Unreachable(ModelConfig config, ModelState state, int vm)
    {
        var host = state.Vms[vm].Host;
        foreach (var filter in state.Hosts[host].Filters)
        {
            if (filter.OwnerVm != vm)
            {
                continue;
            }

            var frame = SriovModel.Apply(config, state, new Command.ReceiveFrame(host, filter.MacIndex, filter.Vlan)).Outcome.Data;
            return frame is OutcomeData.Frame { Fate: FrameFate.DeliveredToVm } delivered && delivered.Vm == vm
                ? null
                : $"VM {vm} is connected but a frame to its filter {filter.FilterId} is not delivered to it ({frame})";
        }

        return $"VM {vm} is connected but has no filter on host {host}";
    }
}
