// The bench verb: the suite's figures (throughput, memory, time to detection, shrunk lengths).
using System.CommandLine;
using SriovVerification.Harness.Benchmarks;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>bench</c> verb: explorer throughput and memory, checked conformance steps per second, time to detection of
/// every catalogue defect, shrunk against shortest counterexample lengths; all measured in one run. Exit codes: 0 every
/// catalogue defect was detected, 1 one was not, 2 usage error.
/// </summary>
public static class BenchCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var json = new Option<bool>("--json") { Description = "write the figures as JSON instead of tables" };
        var quick = new Option<bool>("--quick") { Description = "CI-sized budgets (every figure, smaller samples)" };
        var command = new System.CommandLine.Command("bench", "Benchmarks: explorer states/s and bytes/state, conformance steps/s, time to detect each catalogue defect, shrunk vs shortest counterexamples.");
        command.Options.Add(json);
        command.Options.Add(quick);
        command.SetAction(parseResult => Run(parseResult.GetValue(quick) ? BenchOptions.Quick : new BenchOptions(), parseResult.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the benchmarks; figures to <paramref name="output"/>, progress to <paramref name="log"/>; returns the exit code.</summary>
    public static int Run(BenchOptions options, bool json, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(output);
        var report = BenchRunner.Run(options, log);
        output.WriteLine(json ? report.ToJson() : report.ToText());
        return report.Defects.All(d => d.Detected > 0) ? ExitCodes.Success : ExitCodes.ViolationFound;
    }
}
