// Cluster: how a silo joins its cluster
using System.Net;

namespace SriovVerification.Cluster;

/// <summary>
/// How a silo joins its cluster. By default localhost clustering (every silo on this machine, the first at silo port
/// 11111 the primary); with <see cref="Primary"/> set and <see cref="AdvertisedAddress"/> this machine's address, the
/// development membership across machines (the primary silo keeps the membership table: a single point of failure,
/// documented in docs/CLUSTER.md with the membership providers for real clusters).
/// </summary>
/// <param name="SiloPort">The port silos talk on (default 11111).</param>
/// <param name="GatewayPort">The port clients connect to (default 30000).</param>
/// <param name="Primary">The primary silo's endpoint (default: localhost:11111).</param>
/// <param name="AdvertisedAddress">The address other silos reach this one at (default: loopback).</param>
/// <param name="ClusterId">The cluster id (silos and clients of one cluster share it).</param>
/// <param name="ServiceId">The service id.</param>
/// <param name="Name">The silo's name in logs.</param>
public sealed record ClusterSiloOptions(
    int SiloPort = ClusterSiloOptions.SiloPortDefault,
    int GatewayPort = ClusterSiloOptions.GatewayPortDefault,
    IPEndPoint? Primary = null,
    IPAddress? AdvertisedAddress = null,
    string ClusterId = ClusterSiloOptions.ClusterIdDefault,
    string ServiceId = ClusterSiloOptions.ServiceIdDefault,
    string? Name = null)
{
    /// <summary>The default silo port.</summary>
    public const int SiloPortDefault = 11111;

    /// <summary>The default gateway port.</summary>
    public const int GatewayPortDefault = 30000;

    /// <summary>The default cluster id.</summary>
    public const string ClusterIdDefault = "sriov";

    /// <summary>The default service id.</summary>
    public const string ServiceIdDefault = "sriov-verification";

    /// <summary>How long a call may take: a level of a large search runs for minutes (a dead silo fails its calls at once, through membership).</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromHours(2);
}
