// Exploration/Liveness: the state predicates of the liveness check "AG EF recovered"

namespace SriovVerification.Exploration.Liveness;

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
    public static bool IsAtRest(ModelConfig config, ModelState state) => Reason(config, state, explain: false) is null;

    /// <summary>The liveness check's target flags of <paramref name="state"/> (<see cref="LivenessCheck.AtRest"/>, <see cref="LivenessCheck.AllVfsFree"/>).</summary>
    internal static byte Classify(ModelConfig config, ModelState state) =>
        (byte)((IsAtRest(config, state) ? LivenessCheck.AtRest : 0) | (AllVfsFree(state) ? LivenessCheck.AllVfsFree : 0));

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
    public static string? Why(ModelConfig config, ModelState state) => Reason(config, state, explain: true);

    /// <summary>Null when <paramref name="state"/> is at rest; else why (or, unless <paramref name="explain"/>, an empty string: no text built).</summary>
    private static string? Reason(ModelConfig config, ModelState state, bool explain)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(state);
        for (var v = 0; v < state.Vms.Length; v++)
        {
            if (state.Vms[v].Migrating)
            {
                return explain ? $"VM {v} is migrating" : string.Empty;
            }
        }

        for (var h = 0; h < state.Hosts.Length; h++)
        {
            foreach (var vf in state.Hosts[h].Vfs)
            {
                if (vf.RemovalRequested || vf.Device is VfDeviceState.Paused or VfDeviceState.Unbound or VfDeviceState.SurpriseRemoved)
                {
                    return explain ? $"host {h} VF {vf.VfId}: removal pending ({vf.Device}{(vf.RemovalRequested ? ", removal requested" : "")})" : string.Empty;
                }

                if (vf.IsAllocated && (vf.OwnerVm >= state.Vms.Length || !state.Vms[vf.OwnerVm].Connected || state.Vms[vf.OwnerVm].Host != h))
                {
                    return explain ? $"host {h} VF {vf.VfId} is allocated to VM {vf.OwnerVm}, which is not connected on host {h}" : string.Empty;
                }
            }
        }

        for (var v = 0; v < state.Vms.Length; v++)
        {
            if (state.Vms[v].Connected && Unreachable(config, state, v, explain) is { } why)
            {
                return why;
            }
        }

        return null;
    }

    private static string? Unreachable(ModelConfig config, ModelState state, int vm, bool explain)
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
                : !explain ? string.Empty : $"VM {vm} is connected but a frame to its filter {filter.FilterId} is not delivered to it ({frame})";
        }

        return explain ? $"VM {vm} is connected but has no filter on host {host}" : string.Empty;
    }
}
