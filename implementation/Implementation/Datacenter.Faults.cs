// The datacenter's seam for fault injection and recovery: injected OID failures, a PF reset the stack notices, the stack's recovery pass.
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation;

/// <content>Fault injection and recovery: injected OID failures, PF reset, and the host stack's recovery pass.</content>
public sealed partial class Datacenter
{
    /// <summary>
    /// Arms a one-shot fault on <paramref name="host"/>'s PF miniport: the next request for <paramref name="oid"/>, from any
    /// caller, completes with <paramref name="status"/> and changes nothing.
    /// </summary>
    public void InjectOidFailure(int host, Oid oid, NdisStatus status)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        hosts[host].Miniport.InjectOidFailure(oid, status);
    }

    /// <summary>
    /// A reset of <paramref name="host"/>'s PF: every VF vanishes, VF Enable and NumVFs are cleared, the NIC switch with its
    /// VPorts and filters is gone. The host stack notices: its VMs fall back to the synthetic path, and its recovery pass
    /// re-creates the switch and re-sets the VMs' filters.
    /// </summary>
    public AdapterResult PfReset(int host) => Checked(() => stack.PfReset(host));

    /// <summary>
    /// One recovery pass of <paramref name="host"/>'s stack at the current virtual time (removal time-outs, halt and
    /// setup time-outs, detach with retry, switch and filter rebuild after a PF reset). Returns what it did.
    /// </summary>
    public IReadOnlyList<string> HostRecover(int host, RecoveryPolicy? policy = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        return Configuration(() => hosts[host].Recover(policy ?? RecoveryPolicy.Default));
    }

    /// <summary>What <paramref name="host"/>'s stack still has to do before it is settled; empty when nothing is pending.</summary>
    public IReadOnlyList<string> QueryPendingObligations(int host) => hosts[host].PendingObligations();
}
