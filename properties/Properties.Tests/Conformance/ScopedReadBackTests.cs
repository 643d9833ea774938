// Properties.Tests/Conformance: the scoped check of randomized conformance (the generator's transitions, a read-back of the hosts a step can have changed, a full ..
using SriovVerification.Harness.Conformance;
using SriovVerification.Harness.Conformance.Randomized;
using SriovVerification.Harness.Generation;
using SriovVerification.Implementation;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Conformance;

/// <summary>
/// The scoped check of randomized conformance (the generator's transitions, a read-back of the hosts a step can have
/// changed, a full read-back every 16 steps and at the end, a failing sequence checked again in full) finds a failure on
/// exactly the sequences the full check does, for every defect of the catalogue; and a snapshot of a session restores
/// an adapter that behaves as the original, however often it is restored.
/// </summary>
public sealed class ScopedReadBackTests
{
    private const int SequencesPerDefect = 12;

    [Fact]
    public void CheckSequence_Scoped_FailsOnTheSequencesTheFullCheckFails()
    {
        var config = ModelConfig.Default;
        var generator = new SequenceGenerator(config);
        var disagreements = new List<string>();
        var failures = 0;
        foreach (var defect in DefectCatalog.All.Where(d => !DefectCatalog.Races.Contains(d)))
        {
            for (var i = 0; i < SequencesPerDefect; i++)
            {
                var seed = SplitMix64.Derive(0x5C0BE, i);
                var commands = generator.Generate(seed, 40 + (5 * i), null, out var transitions);
                var full = ConformanceRunner.CheckSequence(config, [defect.Name], seed, commands);
                var scoped = ConformanceRunner.CheckSequence(config, [defect.Name], seed, commands, transitions);
                failures += full.Failed ? 1 : 0;
                if (full.Failed != scoped.Failed || full.FailingIndex != scoped.FailingIndex || full.StepsChecked != scoped.StepsChecked)
                {
                    disagreements.Add($"{defect.Name} sequence {i}: full {full.FailingIndex}, scoped {scoped.FailingIndex}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(failures > 0, "no sequence failed: the comparison says nothing");
    }

    [Theory]
    [InlineData("", 1UL)]
    [InlineData(DefectCatalog.MoveFilterClearThenSet, 7UL)]
    [InlineData(DefectCatalog.VPortQueuePairsLeak, 3UL)]
    public void Restore_Snapshot_ContinuesAsTheOriginalSession(string defect, ulong seed)
    {
        var config = ModelConfig.Default;
        string[] defects = defect.Length == 0 ? [] : [defect];
        var commands = new SequenceGenerator(config).Generate(seed, 60);
        var original = new ConformanceSession(config, defects, seed);
        var half = commands.Length / 2;
        for (var i = 0; i < half; i++)
        {
            original.Step(commands[i]);
        }

        var snapshot = original.Snapshot();
        var expected = Remaining(original, commands, half);
        var first = Remaining(ConformanceSession.Restore(snapshot), commands, half);
        var second = Remaining(ConformanceSession.Restore(snapshot), commands, half);

        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Contains(expected, line => line.Length > 0);
    }

    private static List<string> Remaining(ConformanceSession session, Command[] commands, int from)
    {
        var lines = new List<string>();
        for (var i = from; i < commands.Length; i++)
        {
            var result = session.Step(commands[i]);
            lines.Add(TracePrinter.PrintStep(result.ToTraceStep()) + " | " + string.Join(";", result.StateDiff.Items));
        }

        lines.Add($"oid log {session.Adapter.OidLog(0).Count} data path {session.Adapter.DataPathLog.Snapshot().Count} clock {session.Adapter.Clock.NowTicks}");
        return lines;
    }
}
