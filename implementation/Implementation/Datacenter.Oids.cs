// The datacenter's management-path seam: OID requests to a host's PF miniport as the harness builds them, and the miniport's config-block invalidation.
using SriovVerification.Implementation.Host;

namespace SriovVerification.Implementation;

/// <content>
/// OID requests to a host's PF miniport through the host's management path (the virtualization stack's, or another
/// management client's), each a configuration operation; the answer is the miniport's <see cref="OidResult"/>
/// (<c>NDIS_STATUS</c>, bytes written, <c>BytesNeeded</c>, the information buffer).
/// </content>
public sealed partial class Datacenter
{
    /// <summary>Issues an OID request to <paramref name="host"/>'s PF miniport through the virtualization stack's management path.</summary>
    public OidResult Request(int host, OidRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        return Configuration(() => hosts[host].ManagementRequest(request));
    }

    /// <summary>
    /// Issues an OID request to <paramref name="host"/>'s PF miniport from a management client that is not the
    /// virtualization stack (<see cref="HostStack.ClientRequest"/>: a filter OID on a VM network adapter's filter is refused).
    /// </summary>
    public OidResult ClientRequest(int host, OidRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        return Configuration(() => hosts[host].ClientRequest(request));
    }

    /// <summary>
    /// Several OID requests through <paramref name="host"/>'s management path as one configuration operation (a query
    /// and the read-backs of what it listed see one state): <paramref name="exchange"/> sends each through the function it is given.
    /// </summary>
    public T Exchange<T>(int host, Func<Func<OidRequest, OidResult>, T> exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(host, hosts.Count);
        return Configuration(() => exchange(hosts[host].ManagementRequest));
    }

    /// <summary><c>NdisMInvalidateConfigBlock(VFId, mask)</c> by the PF miniport (not an OID: the miniport's call into NDIS).</summary>
    public AdapterResult InvalidateConfigBlock(int host, int vfId, ulong blockMask) => Checked(() =>
        Host(host) is not { } stack ? AdapterResult.Refused(NdisStatus.InvalidParameter, $"no host {host}")
        : stack.Miniport.InvalidateConfigBlock(vfId, blockMask) is var status && status == NdisStatus.Success ? AdapterResult.Ok
        : AdapterResult.Refused(status, $"NdisMInvalidateConfigBlock completed with {status}"));
}
