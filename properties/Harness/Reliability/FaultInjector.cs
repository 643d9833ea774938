// Harness/Reliability: injects one fault before each step of a scenario, lets the remaining steps run (a silent guest issues none of its own), then runs the ..
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Frames;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// Injects one fault before each step of a scenario, lets the remaining steps run (a silent guest issues none of its
/// own), then runs the host stacks' recovery passes every <see cref="TickStepTicks"/> virtual ticks until the system
/// is settled, at most <see cref="RecoveryTicksMax"/> ticks: the adapter's self-checks hold, every VM that the
/// fault-free run leaves reachable receives a frame from the wire for its MAC, and no host has a pending obligation.
/// </summary>
public static class FaultInjector
{
    /// <summary>The bound on recovery, in virtual ticks.</summary>
    public const long RecoveryTicksMax = 1000;

    /// <summary>Virtual ticks between two recovery passes.</summary>
    public const long TickStepTicks = 10;

    /// <summary>The statuses an injected OID failure completes with.</summary>
    public static readonly IReadOnlyList<NdisStatus> OidFailureStatuses = [NdisStatus.Resources, NdisStatus.Failure];

    /// <summary>Every fault at every step of <paramref name="scenario"/>, each on a fresh datacenter.</summary>
    public static IReadOnlyList<RecoveryOutcome> InjectEverywhere(FaultScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (targets, oidsPerStep) = Baseline(scenario);
        var outcomes = new List<RecoveryOutcome>();
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var faults = new List<Fault> { new(FaultKind.SurpriseRemoval), new(FaultKind.RemovalTimeout), new(FaultKind.GuestSilent), new(FaultKind.PfReset) };
            faults.AddRange(oidsPerStep[i].SelectMany(issued => OidFailureStatuses.Select(status => new Fault(FaultKind.OidFailure, issued.Oid, status, issued.Host))));
            foreach (var fault in faults)
            {
                outcomes.Add(Inject(scenario, i, fault, targets));
            }
        }

        return outcomes;
    }

    /// <summary>Runs <paramref name="scenario"/> with <paramref name="fault"/> injected before step <paramref name="stepIndex"/> and checks recovery.</summary>
    public static RecoveryOutcome Inject(FaultScenario scenario, int stepIndex, Fault fault, IReadOnlyList<int> reachableVms)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(reachableVms);
        var datacenter = new Datacenter(scenario.Options);
        var step = scenario.Steps[stepIndex];
        for (var i = 0; i < stepIndex; i++)
        {
            scenario.Steps[i].Run(datacenter);
        }

        var vm = step.Vm;
        var host = datacenter.QueryVm(vm).Host;
        switch (fault.Kind)
        {
            case FaultKind.SurpriseRemoval:
                datacenter.RequestVfRemoval(vm);
                datacenter.RemovalTimeout(vm);
                break;
            case FaultKind.RemovalTimeout:
                datacenter.RequestVfRemoval(vm);
                datacenter.AdvanceTime(datacenter.Options.RemovalTimeoutTicks);
                break;
            case FaultKind.OidFailure:
                datacenter.InjectOidFailure(fault.Host >= 0 ? fault.Host : host, fault.Oid!.Value, fault.Status!.Value);
                break;
            case FaultKind.PfReset:
                datacenter.PfReset(host);
                break;
            default:
                break;
        }

        for (var i = stepIndex; i < scenario.Steps.Count; i++)
        {
            if (!(fault.Kind == FaultKind.GuestSilent && scenario.Steps[i].IsGuest))
            {
                scenario.Steps[i].Run(datacenter);
            }
        }

        var start = datacenter.Clock.NowTicks;
        var where = string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {fault} before step {stepIndex + 1} ({step.Name})");
        while (true)
        {
            var elapsed = datacenter.Clock.NowTicks - start;
            var problem = Unsettled(datacenter, reachableVms);
            if (problem is null)
            {
                return new RecoveryOutcome(scenario.Name, stepIndex, step.Name, fault, true, elapsed, "");
            }

            if (elapsed >= RecoveryTicksMax)
            {
                return new RecoveryOutcome(scenario.Name, stepIndex, step.Name, fault, false, elapsed,
                    string.Create(CultureInfo.InvariantCulture, $"{where}: {problem.Replace("{ticks}", elapsed.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)}"));
            }

            datacenter.AdvanceTime(TickStepTicks);
            for (var h = 0; h < datacenter.Hosts.Count; h++)
            {
                datacenter.HostRecover(h);
            }
        }
    }

    /// <summary>
    /// The fault-free run: the VMs reachable at its end, and per step the OIDs the step issued, with their hosts.
    /// </summary>
    public static (IReadOnlyList<int> ReachableVms, IReadOnlyList<IReadOnlyList<(int Host, Oid Oid)>> OidsPerStep) Baseline(FaultScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var datacenter = new Datacenter(scenario.Options);
        var oidsPerStep = new List<IReadOnlyList<(int Host, Oid Oid)>>();
        foreach (var step in scenario.Steps)
        {
            var logCounts = Enumerable.Range(0, datacenter.Hosts.Count).Select(h => datacenter.OidLog(h).Count).ToList();
            step.Run(datacenter);
            var oids = new SortedSet<(int Host, Oid Oid)>();
            for (var h = 0; h < datacenter.Hosts.Count; h++)
            {
                foreach (var entry in datacenter.OidLog(h).Skip(logCounts[h]))
                {
                    if (Enum.TryParse<Oid>(entry.Name, out var oid))
                    {
                        oids.Add((h, oid));
                    }
                }
            }

            oidsPerStep.Add([.. oids]);
        }

        var reachable = Enumerable.Range(0, datacenter.Options.VmCount).Where(vm => Reaches(datacenter, vm)).ToList();
        return (reachable, oidsPerStep);
    }

    /// <summary>Why the datacenter is not settled, or null; <c>{ticks}</c> stands for the ticks spent.</summary>
    private static string? Unsettled(Datacenter datacenter, IReadOnlyList<int> reachableVms)
    {
        try
        {
            datacenter.AssertInvariants();
        }
        catch (AdapterInvariantException exception)
        {
            return $"adapter self-check failed after {{ticks}} ticks: {exception.Message}";
        }

        var pending = Enumerable.Range(0, datacenter.Hosts.Count).SelectMany(datacenter.QueryPendingObligations).ToList();
        var unreachable = reachableVms.Where(vm => !Reaches(datacenter, vm)).ToList();
        if (unreachable.Count > 0)
        {
            var obligations = pending.Count > 0 ? string.Join("; ", pending) : "no obligation pending";
            return $"VM {string.Join(", VM ", unreachable)} unreachable after {{ticks}} ticks: {obligations}";
        }

        return pending.Count > 0 ? $"not settled after {{ticks}} ticks: {string.Join("; ", pending)}" : null;
    }

    /// <summary>Whether a frame from the wire for <paramref name="vm"/>'s MAC and VLAN on its host is delivered to it.</summary>
    public static bool Reaches(Datacenter datacenter, int vm)
    {
        ArgumentNullException.ThrowIfNull(datacenter);
        var snapshot = datacenter.QueryVm(vm);
        var result = datacenter.ReceiveFrame(snapshot.Host, snapshot.MacAddress, snapshot.VlanId);
        return result.Data is AdapterData.FrameRouted { Outcome: { Fate: FrameFate.DeliveredToVm } outcome } && outcome.Vm == vm;
    }
}
