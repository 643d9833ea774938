// check --cluster: the randomized phase on the cluster's silos, merged in index order.
using System.Globalization;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// <c>check --cluster</c>'s randomized phase: ranges of sequence indexes on the cluster's silos, merged here in index
/// order (standard output the same as <c>check</c>'s); progress on standard error. Null (after saying why) when the
/// cluster cannot be reached or a silo dies during the run: the run is incomplete.
/// </summary>
internal static class ClusterCheckRun
{
    public static ConformanceRunReport? Run(ConformanceRunOptions options, string silosText)
    {
        if (options.SequenceCountMax is null)
        {
            Console.Error.WriteLine("check --cluster: without --sequences which sequences run depends on time; the output is check's for the same count");
        }

        if (ClusterCommand.Gateways("check", silosText) is not { } gateways || ClusterCommand.Connect("check", gateways) is not { } client)
        {
            return null;
        }

        var hosts = Math.Max(ClusterCheck.HostsDefault, gateways.Count);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check --cluster: the randomized phase in {hosts} ranges per block over the silos at {silosText}"));
        try
        {
            var progress = new Reporter(p => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {p.Sequences} sequences, {p.Steps} steps")));
            return ClusterCheck.RunAsync(client.Grains, options, hosts, progress).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is Orleans.Runtime.OrleansException or TimeoutException)
        {
            Console.Out.WriteLine($"randomized conformance: incomplete: a silo did not answer ({exception.GetType().Name}: {exception.Message}); nothing proven");
            return null;
        }
        finally
        {
            client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private sealed class Reporter(Action<ConformanceProgress> report) : IProgress<ConformanceProgress>
    {
        private int reports;

        public void Report(ConformanceProgress value)
        {
            if (++reports % 16 == 0)
            {
                report(value);
            }
        }
    }
}
