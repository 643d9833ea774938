// The fuzz verb: malformed OID requests sent to the emulated PF miniport from reachable states.
using System.CommandLine;
using SriovVerification.Harness.Reliability;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>fuzz</c> verb: sends malformed OID requests to the emulated adapter's PF miniport from random reachable
/// states and prints the counts per status and per structure; exit 1 on any exception or violation.
/// </summary>
public static class FuzzCommand
{
    /// <summary>Malformed requests sent when <c>--requests</c> is not given.</summary>
    public const int RequestCountDefault = 100_000;

    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var requests = new Option<int>("--requests", "-n")
        {
            Description = "Number of malformed OID requests to send.",
            DefaultValueFactory = _ => RequestCountDefault,
        };
        requests.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--requests must be at least 1.");
            }
        });
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the run.", DefaultValueFactory = _ => 1UL };
        var workers = new Option<int>("--workers", "-w")
        {
            Description = $"Worker threads sending the requests (default: the processor count, {IndexedWorkers.WorkersDefault} here); the report does not depend on it.",
            DefaultValueFactory = _ => IndexedWorkers.WorkersDefault,
        };
        workers.Validators.Add(result =>
        {
            if (IndexedWorkers.Problem(result.GetValueOrDefault<int>()) is { } problem)
            {
                result.AddError(problem);
            }
        });
        var defect = new Option<string[]>("--defect")
        {
            Description = "Defect the adapter carries (repeatable); see the defects verb.",
            AllowMultipleArgumentsPerToken = false,
            Hidden = true,
        };
        var command = new System.CommandLine.Command("fuzz", "Send malformed OID requests to the adapter: every one must get a documented status and change nothing unless accepted.")
        {
            requests,
            seed,
            workers,
            defect,
        };
        command.SetAction(parseResult => Run(Console.Out, parseResult.GetValue(requests), parseResult.GetValue(seed), parseResult.GetValue(workers), parseResult.GetValue(defect) ?? []));
        return command;
    }

    /// <summary>Runs the fuzzer and prints its report; returns the exit code.</summary>
    public static int Run(TextWriter writer, int requestCount, ulong seed, int workers = 1, IReadOnlyList<string>? defects = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        defects ??= [];
        if (defects.FirstOrDefault(d => Implementation.Defects.DefectCatalog.Find(d) is null) is { } unknown)
        {
            Console.Error.WriteLine($"error: --defect '{unknown}': unknown defect");
            return ExitCodes.UsageError;
        }

        var report = OidFuzzer.Run(seed, requestCount, defects: defects, abstractState: OidFuzzer.WithAbstraction, workers: workers);
        writer.Write(report.Format());
        writer.WriteLine(report.Passed ? "ok: every malformed request got a documented status and changed nothing it should not" : "FAIL");
        return report.Passed ? ExitCodes.Success : ExitCodes.ViolationFound;
    }
}
