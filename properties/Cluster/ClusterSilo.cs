// Cluster: a silo of the verification cluster
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace SriovVerification.Cluster;

/// <summary>A silo of the verification cluster: partition and swarm grains, their placement, and its membership.</summary>
public static class ClusterSilo
{
    /// <summary>What every silo of the cluster has, whatever its membership: the placement of partitions and the timeouts.</summary>
    public static void AddVerificationGrains(ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddPlacementDirector<PartitionPlacement, PartitionPlacementDirector>();
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = ClusterSiloOptions.ResponseTimeout;
            o.SystemResponseTimeout = ClusterSiloOptions.ResponseTimeout;
        });
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromDays(1));
    }

    /// <summary>A silo host for <paramref name="options"/>, built, not started.</summary>
    public static IHost Build(ClusterSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            var primary = options.Primary ?? new IPEndPoint(IPAddress.Loopback, ClusterSiloOptions.SiloPortDefault);
            if (options.AdvertisedAddress is null)
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primary, options.ServiceId, options.ClusterId);
            }
            else
            {
                silo.UseDevelopmentClustering(primary);
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
                silo.ConfigureEndpoints(options.AdvertisedAddress, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }

            if (options.Name is not null)
            {
                silo.Configure<SiloOptions>(o => o.SiloName = options.Name);
            }

            AddVerificationGrains(silo);
        });
        return builder.Build();
    }
}
