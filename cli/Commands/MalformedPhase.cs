// The malformed-request phase of check: hostile OID buffers from reachable states, every answer a documented status.
using System.Globalization;
using SriovVerification.Harness.Reliability;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// A phase of <c>check</c>: the requests a well-behaved driver never sends (short buffers, wrong headers and revisions,
/// lengths and offsets past the buffer, random bytes) through the PF miniport's management path, from random reachable
/// adapter states (<see cref="OidFuzzer"/>, the <c>fuzz</c> verb's engine). Every answer must be a documented status
/// and a refused request must change nothing: the parser defects that only a hostile buffer reaches are caught here.
/// </summary>
public static class MalformedPhase
{
    /// <summary>Malformed requests a default <c>check</c> sends.</summary>
    public const int RequestCountDefault = 20_000;

    /// <summary>Violations printed in full.</summary>
    public const int ViolationsPrintedMax = 3;

    /// <summary>Sends <paramref name="requestCount"/> malformed requests from <paramref name="seed"/>; returns the exit code.</summary>
    public static int Run(ulong seed, int requestCount, IReadOnlyList<string> defects, int workers, TextWriter output)
    {
        var replay = string.Create(CultureInfo.InvariantCulture,
            $"replay: sriov fuzz --seed {seed} --requests {requestCount}{string.Concat(defects.Select(d => " --defect " + d))}");
        OidFuzzReport report;
        try
        {
            report = OidFuzzer.Run(seed, requestCount, defects: defects, abstractState: OidFuzzer.WithAbstraction, workers: workers);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The adapter failed while it was driven to a reachable state (a well-formed request): a finding, not an input error.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"malformed requests: seed {SeedText.Format(seed)}: the adapter threw {exception.GetType().Name} while it was driven to a reachable state: {exception.Message}"));
            output.WriteLine(replay);
            return ExitCodes.ViolationFound;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"malformed requests: seed {SeedText.Format(seed)}, {report.Requests} requests from {report.States} reachable states, {report.ViolationCount} violations, {report.Exceptions} exceptions"));
        if (report.Passed)
        {
            return ExitCodes.Success;
        }

        foreach (var violation in report.Violations.Take(ViolationsPrintedMax))
        {
            output.WriteLine("  " + violation);
        }

        output.WriteLine(replay);
        return ExitCodes.ViolationFound;
    }
}
