// The check verb's second phase: exhaustive conformance of the smallest configuration.
using System.Globalization;
using SriovVerification.Harness.Conformance.Exhaustive;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// Second phase of <c>check</c>: exhaustive conformance of the smallest configuration (1 host, 1 VM, 1 VF, lifecycle
/// profile), which closes in a few seconds: every reachable state, every candidate command there, on the adapter
/// carrying the run's defects. Its report is deterministic; a divergence is written as a trace file.
/// </summary>
internal static class ExhaustivePhase
{
    /// <summary>The configuration: 1 host, 1 VM, 1 VF, two VPorts and two filters per switch.</summary>
    public static ModelConfig Config { get; } = new()
    {
        HostCount = 1,
        VmCount = 1,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        HostSriovEnabled = [true],
    };

    /// <summary>Runs the phase; writes its lines to <paramref name="writer"/>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> defects, string outDirectory, TextWriter writer)
    {
        var options = new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Symmetry = false, StatesMax = 100_000 };
        var result = ExhaustiveConformance.Run(Config, defects, options);
        var exploration = result.Exploration;
        var inv = CultureInfo.InvariantCulture;
        var verdict = result.Counterexample is { } trace
            ? string.Create(inv, $"the adapter diverged after {trace.Steps.Length} steps (shortest), caught by {result.CaughtBy}")
            : exploration.Verdict == ExplorationVerdict.Closed ? "closed, the adapter agrees with the model at every state" : exploration.VerdictText;
        writer.WriteLine(string.Create(inv,
            $"exhaustive conformance: 1 host × 1 VM × 1 VF, profile lifecycle: {exploration.States} states, {exploration.Transitions} transitions, depth {exploration.Depth}, {result.CheckedSteps} adapter steps checked: {verdict}"));
        if (result.Counterexample is { } counterexample)
        {
            Directory.CreateDirectory(outDirectory);
            var path = Path.Combine(outDirectory, ExploreCommand.FileName(ExploreCommand.ConfigName(Config, options), defects)).Replace('\\', '/');
            File.WriteAllText(path, TracePrinter.Print(counterexample));
            writer.WriteLine($"counterexample written to {path}; reproduce: dotnet run --project cli -- replay {path}{string.Concat(defects.Select(d => " --defect " + d))}");
            writer.Write(TracePrinter.Print(counterexample));
            return ExitCodes.ViolationFound;
        }

        return exploration.Verdict == ExplorationVerdict.Closed ? ExitCodes.Success : ExitCodes.Bounded;
    }
}
