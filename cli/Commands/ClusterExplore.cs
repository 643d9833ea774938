// explore --cluster: the search over a running cluster's partition grains, this process the coordinator.
using System.Globalization;
using SriovVerification.Exploration.Partitioned;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// <c>explore --cluster</c>: the search over partition grains of a running cluster, this process the coordinator. Prints
/// what <c>explore --liveness off</c> prints (the same summary and counterexample), then on standard error the cost per
/// partition and per state on the network. A run a silo's death cuts short is incomplete (exit 4), never closed.
/// </summary>
internal static class ClusterExplore
{
    public static int Run(ModelConfig config, ExplorationOptions options, bool conform, string silosText, int partitions, string outDirectory, string? reportDirectory)
    {
        var unsupported = "";
        if (conform || options.Engine == ExplorationEngine.Generic || !Explorer.SupportsPacked(config, options with { Engine = ExplorationEngine.Packed }, out unsupported))
        {
            Console.Error.WriteLine("explore: bad options: --cluster partitions the packed engine's search: "
                + (conform ? "--conform needs the generic engine" : options.Engine == ExplorationEngine.Generic ? "--engine generic is not partitioned" : unsupported));
            return ExitCodes.UsageError;
        }

        if (partitions is < 1 or > 1024)
        {
            Console.Error.WriteLine("explore: bad options: --partitions: expected 1 … 1024");
            return ExitCodes.UsageError;
        }

        if (ComponentGateways(silosText) is not { } gateways)
        {
            return ExitCodes.UsageError;
        }

        var clusterOptions = options with { Engine = ExplorationEngine.Packed, CheckLiveness = false, Workers = 1, Progress = p => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"states {p.States}, transitions {p.Transitions}, depth {p.Depth}, {p.Elapsed.TotalSeconds:F0} s")) };
        Console.Out.WriteLine($"explore {ExploreCommand.ConfigName(config, clusterOptions)}: {ExplorationProfiles.Describe(clusterOptions.Profile)}");
        Console.Error.WriteLine($"explore --cluster: {partitions} partitions over the silos at {silosText}; liveness (AG EF recovered) is not checked on a cluster (run explore in one process for it)");
        var client = ClusterCommand.Connect("explore", gateways);
        if (client is null)
        {
            return ExitCodes.Incomplete;
        }

        var cpuBefore = Environment.CpuUsage.TotalTime;
        PartitionedResult run;
        try
        {
            run = ClusterExplorer.ExploreAsync(client.Grains, config, clusterOptions, partitions).GetAwaiter().GetResult();
        }
        finally
        {
            client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (run.Result is not { } result)
        {
            Console.Out.WriteLine($"verdict: incomplete: {run.Failure}; nothing proven (start the silos again and rerun)");
            return ExitCodes.Incomplete;
        }

        var exit = ExploreOutput.Print(config, clusterOptions, result with { CpuTime = Environment.CpuUsage.TotalTime - cpuBefore }, outDirectory, reportDirectory);
        var inv = CultureInfo.InvariantCulture;
        Console.Error.WriteLine(string.Create(inv, $"cluster: {run.Levels} levels, {run.NetworkBytes} network bytes, {run.NetworkBytesPerState:F1} bytes/state; cpu above is the coordinator's"));
        for (var p = 0; p < run.Partitions.Count; p++)
        {
            var (states, busy) = run.Partitions[p];
            Console.Error.WriteLine(string.Create(inv, $"cluster: partition {p}: {states} states, busy {busy:F2} s, {(busy > 0 ? states / busy : 0):F0} states per busy second"));
        }

        return exit;
    }

    private static IReadOnlyList<System.Net.IPEndPoint>? ComponentGateways(string text) => ClusterCommand.Gateways("explore", text);
}
