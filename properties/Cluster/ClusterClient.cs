// Cluster: a client of the verification cluster, connected through the gateways named (the coordinator of explore and check runs)
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace SriovVerification.Cluster;

/// <summary>A client of the verification cluster, connected through the gateways named (the coordinator of explore and check runs).</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost host;

    private ClusterClient(IHost host)
    {
        this.host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The grains of the cluster.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Connects to the cluster through <paramref name="gateways"/>; throws when none answers.</summary>
    public static async Task<ClusterClient> ConnectAsync(IReadOnlyList<IPEndPoint> gateways, string clusterId = ClusterSiloOptions.ClusterIdDefault, string serviceId = ClusterSiloOptions.ServiceIdDefault)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering([.. gateways]);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClusterSiloOptions.ResponseTimeout);
        });
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return new ClusterClient(host);
    }

    /// <summary>Parses <c>host:port</c> endpoints separated by commas (a bare port is on localhost); null with the reason when one is not.</summary>
    public static IReadOnlyList<IPEndPoint>? ParseEndpoints(string text, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        var endpoints = new List<IPEndPoint>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            var hostText = colon < 0 ? "localhost" : part[..colon];
            if (!int.TryParse(colon < 0 ? part : part[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                reason = $"'{part}': expected host:port with a port 1 … 65535";
                return null;
            }

            var address = hostText is "localhost" or "" ? IPAddress.Loopback
                : IPAddress.TryParse(hostText, out var parsed) ? parsed
                : Dns.GetHostAddresses(hostText).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
            if (address is null)
            {
                reason = $"'{part}': host {hostText} has no IPv4 address";
                return null;
            }

            endpoints.Add(new IPEndPoint(address, port));
        }

        reason = endpoints.Count == 0 ? "expected at least one host:port" : "";
        return endpoints.Count == 0 ? null : endpoints;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await host.StopAsync().ConfigureAwait(false);
        host.Dispose();
    }
}
