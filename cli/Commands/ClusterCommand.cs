// The cluster silo verb: runs one silo of the verification cluster.
using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Command = System.CommandLine.Command;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// <c>cluster silo</c>: runs one silo of the verification cluster (partition grains of <c>explore --cluster</c>, swarm
/// grains of <c>check --cluster</c>) until it is stopped (Ctrl-C or SIGTERM). Localhost clustering by default; with
/// <c>--advertise</c> and <c>--primary</c>, silos on several machines (docs/CLUSTER.md).
/// </summary>
public static class ClusterCommand
{
    /// <summary>The <c>cluster</c> verb and its <c>silo</c> subcommand.</summary>
    public static Command Create()
    {
        var siloPort = new Option<int>("--silo-port") { Description = "port silos talk on", DefaultValueFactory = _ => ClusterSiloOptions.SiloPortDefault };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "port clients (explore/check --cluster --silos) connect to", DefaultValueFactory = _ => ClusterSiloOptions.GatewayPortDefault };
        var primary = new Option<string?>("--primary") { Description = "the primary silo's host:port (the membership; default localhost:11111, which is this silo at the default port)" };
        var advertise = new Option<string?>("--advertise") { Description = "this machine's address other silos and clients reach (default: loopback only, localhost clustering)" };
        var clusterId = new Option<string>("--cluster-id") { Description = "cluster id shared by the silos and clients of one cluster", DefaultValueFactory = _ => ClusterSiloOptions.ClusterIdDefault };
        var name = new Option<string?>("--name") { Description = "the silo's name in logs" };
        var silo = new Command("silo", "Run one silo of the verification cluster until stopped (Ctrl-C).");
        foreach (var option in new Option[] { siloPort, gatewayPort, primary, advertise, clusterId, name })
        {
            silo.Options.Add(option);
        }

        silo.SetAction(parse => RunSilo(parse.GetValue(siloPort), parse.GetValue(gatewayPort), parse.GetValue(primary), parse.GetValue(advertise), parse.GetValue(clusterId) ?? ClusterSiloOptions.ClusterIdDefault, parse.GetValue(name)));
        var command = new Command("cluster", "The verification cluster on Orleans: silos for explore --cluster and check --cluster.");
        command.Subcommands.Add(silo);
        return command;
    }

    private static int RunSilo(int siloPort, int gatewayPort, string? primaryText, string? advertiseText, string clusterId, string? name)
    {
        if (siloPort is < 1 or > 65535 || gatewayPort is < 1 or > 65535 || siloPort == gatewayPort)
        {
            return UsageError("--silo-port and --gateway-port: expected two different ports 1 … 65535");
        }

        IPEndPoint? primary = null;
        if (primaryText is not null)
        {
            if (ClusterClient.ParseEndpoints(primaryText, out var reason) is not [var endpoint])
            {
                return UsageError($"--primary {primaryText}: {(reason.Length > 0 ? reason : "expected one host:port")}");
            }

            primary = endpoint;
        }

        IPAddress? advertised = null;
        if (advertiseText is not null && !IPAddress.TryParse(advertiseText, out advertised))
        {
            return UsageError($"--advertise {advertiseText}: expected an IP address");
        }

        var options = new ClusterSiloOptions(siloPort, gatewayPort, primary, advertised, clusterId, ClusterSiloOptions.ServiceIdDefault, name);
        using var host = ClusterSilo.Build(options);
        host.Start();
        var inv = CultureInfo.InvariantCulture;
        var membership = advertised is null
            ? $"localhost clustering, primary {primary?.ToString() ?? "127.0.0.1:" + ClusterSiloOptions.SiloPortDefault.ToString(inv)}"
            : $"development membership, primary {primary?.ToString() ?? advertised + ":" + ClusterSiloOptions.SiloPortDefault.ToString(inv)}, advertised as {advertised}";
        Console.Out.WriteLine(string.Create(inv, $"silo {name ?? "(unnamed)"} up: silo port {siloPort}, gateway port {gatewayPort}, cluster {clusterId}, {membership}; Ctrl-C stops it"));
        host.WaitForShutdown();
        Console.Out.WriteLine("silo stopped");
        return ExitCodes.Success;
    }

    /// <summary>The gateways of <c>--silos</c>, or null after printing why not.</summary>
    internal static IReadOnlyList<IPEndPoint>? Gateways(string verb, string text)
    {
        if (ClusterClient.ParseEndpoints(text, out var reason) is { } gateways)
        {
            return gateways;
        }

        Console.Error.WriteLine($"{verb}: bad options: --silos {text}: {reason}");
        return null;
    }

    /// <summary>Connects to the cluster; null after printing why not (no gateway answered).</summary>
    internal static ClusterClient? Connect(string verb, IReadOnlyList<IPEndPoint> gateways)
    {
        try
        {
            return ClusterClient.ConnectAsync(gateways).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"{verb} --cluster: incomplete: no silo answered at {string.Join(",", gateways)} ({exception.GetType().Name}: {exception.Message}); start silos with `sriov cluster silo` (docs/CLUSTER.md)");
            return null;
        }
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"cluster silo: bad options: {message}");
        return ExitCodes.UsageError;
    }
}
