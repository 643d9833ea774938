// Test support shared by the snapshot and CLI tests: golden trace texts and a defect's counterexample.
using SriovVerification.Harness.Conformance;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Defects;
using SriovVerification.Implementation.Switch;
using SriovVerification.Model;
using SriovVerification.Scenarios;
using SriovVerification.Traces;

namespace SriovVerification.Snapshots.Tests;

/// <summary>Trace texts the replay tests start from: golden files, edited copies, and a counterexample made with a defect.</summary>
internal static class TraceFiles
{
    /// <summary>The golden trace of <paramref name="scenario"/>.</summary>
    public static string Golden(string scenario) =>
        File.ReadAllText(Path.Combine(SnapshotPaths.VerifiedDirectory, GoldenFile(scenario)));

    /// <summary>The golden file name of <paramref name="scenario"/>.</summary>
    public static string GoldenFile(string scenario) =>
        SriovVerification.Harness.Golden.GoldenFile.FileName(GoldenTraces.ScenarioClassName, GoldenTraces.ScenarioMethodName, scenario);

    /// <summary>The 0-based index of the line of step <paramref name="number"/> in <paramref name="lines"/>.</summary>
    public static int StepLineIndex(string[] lines, int number) =>
        Array.FindIndex(lines, l => l.StartsWith(number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal));

    /// <summary>
    /// A counterexample for <see cref="DefectCatalog.FreeVfWithVPort"/>: ALLOCATE_VF, CREATE_VPORT on the VF, then FREE_VF,
    /// which the defective adapter accepts and the model refuses (step 4). Printed with its <c>defects:</c> header.
    /// </summary>
    public static string FreeVfWithVPortCounterexample()
    {
        var config = ModelConfig.Default;
        var session = new ConformanceSession(config, [DefectCatalog.FreeVfWithVPort]);
        Command[] commands = [new Command.CreateSwitch(0, 3), new Command.AllocateVf(0, 0), new Command.CreateVPort(0, 0, 1), new Command.FreeVf(0, 0)];
        var steps = commands.Select(c => session.Step(c).ToTraceStep()).ToValueArray();
        var trace = new Trace(config, steps)
        {
            Title = "FREE_VF while a VPort is attached",
            Purpose = "the defective adapter frees a VF that still has a VPort; the model refuses with FILE_NOT_FOUND",
            Defects = [DefectCatalog.FreeVfWithVPort],
        };
        return TracePrinter.Print(trace);
    }
}
