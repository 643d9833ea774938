// Harness/Conformance/Randomized: the randomized phase spread over hosts (swarm)
using System.Diagnostics;
using SriovVerification.Exploration.Partitioned;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance.Randomized;

/// <summary>
/// The randomized phase spread over hosts (swarm): the coordinator cuts each epoch of sequence indexes
/// (<see cref="CoverageGuide.EpochSequences"/>; a larger block unguided) into contiguous ranges, one per host; a host runs
/// its range in index order (<see cref="RunRange"/>), stopping at its first failing sequence, and sends back its counts
/// and coverage; the coordinator merges the ranges in index order, stops at the first failing index, and draws the next
/// epoch's weights from the merged coverage, as <see cref="ConformanceWorkers"/> does. So the report and the
/// counterexample (the failing sequence of lowest index, regenerated and shrunk here) are those of <c>check</c> with the
/// same seed and <c>--sequences</c>.
/// </summary>
internal static class ConformanceSwarm
{
    /// <summary>Sequences per host and block when unguided (no epochs to wait for).</summary>
    public const int UnguidedSequencesPerRange = 32;

    /// <summary>A request to run sequences <paramref name="first"/> … <paramref name="end"/>−1 of a run with <paramref name="bias"/>.</summary>
    public static byte[] Request(ConformanceRunOptions options, int first, int end, GenerationBias? bias) => Wire.Write(w =>
    {
        ConfigText.Write(w, options.Config);
        w.Write(options.Seed);
        w.Write(options.Defects.Count);
        foreach (var defect in options.Defects)
        {
            w.Write(defect);
        }

        w.Write(options.StepCountMax);
        w.Write(first);
        w.Write(end);
        w.Write(bias is not null);
        if (bias is not null)
        {
            WriteInts(w, bias.Accepted);
            WriteInts(w, bias.Refused);
            w.Write(bias.Epoch);
        }
    });

    /// <summary>Runs a <see cref="Request"/> (on a host): the sequences merged (through the first failing one), steps, depths, coverage and the failing index or −1.</summary>
    public static byte[] RunRange(byte[] request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new BinaryReader(new MemoryStream(request));
        var config = ConfigText.Read(reader);
        var seed = reader.ReadUInt64();
        var defects = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
        var stepCountMax = reader.ReadInt32();
        var first = reader.ReadInt32();
        var end = reader.ReadInt32();
        var bias = reader.ReadBoolean() ? new GenerationBias(ReadInts(reader), ReadInts(reader), reader.ReadInt32()) : null;
        var generator = new SequenceGenerator(config, stepCountMax);
        var kinds = new CommandKinds(config);
        var coverage = new Coverage(kinds.Names);
        var depth = new int[2];
        long steps = 0;
        var merged = 0;
        var failing = -1;
        var threw = false;
        for (var i = first; i < end && failing < 0; i++)
        {
            merged++;
            var sequenceSeed = SplitMix64.Derive(seed, i);
            try
            {
                var commands = generator.Generate(sequenceSeed, i % (SequenceGenerator.SizeMax + 1), bias, out var transitions);
                var check = ConformanceRunner.CheckEveryStep(config, defects, sequenceSeed, commands, transitions, coverage, depth);
                steps += check.StepsChecked;
                failing = check.Failed ? i : -1;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Rerun where the report is made, the same exception is thrown there as `check` throws it.
                failing = i;
                threw = true;
            }
        }

        return Wire.Write(w =>
        {
            w.Write(merged);
            w.Write(steps);
            w.Write(depth[0]);
            w.Write(depth[1]);
            w.Write(failing);
            w.Write(threw);
            coverage.WriteTo(w);
        });
    }

    /// <summary>
    /// Runs <paramref name="options"/> with the ranges of each block spread over <paramref name="hosts"/> hosts through
    /// <paramref name="execute"/> (host number, request) → answer; the report of <see cref="ConformanceRunner.Run"/>.
    /// </summary>
    public static async Task<ConformanceRunReport> RunAsync(ConformanceRunOptions options, int hosts, Func<int, byte[], Task<byte[]>> execute, IProgress<ConformanceProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(execute);
        var clock = Stopwatch.StartNew();
        var kinds = new CommandKinds(options.Config);
        var coverage = new Coverage(kinds.Names);
        var bound = options.SequenceCountMax ?? ConformanceRunner.SequenceCountBound;
        var block = options.CoverageGuided ? CoverageGuide.EpochSequences : UnguidedSequencesPerRange * hosts;
        var bias = options.CoverageGuided ? GenerationBias.Unguided(kinds) : null;
        var depth = new int[2];
        long steps = 0;
        var merged = 0;
        var failing = -1;
        GenerationBias? failingBias = null;
        while (merged < bound && failing < 0 && (options.SequenceCountMax is not null || clock.Elapsed.TotalSeconds < options.TimeLimitSeconds))
        {
            var first = merged;
            var end = (int)Math.Min((long)first + block, bound);
            var ranges = Math.Min(hosts, end - first);
            var calls = Enumerable.Range(0, ranges).Select(r => execute(r, Request(options, first + ((end - first) * r / ranges), first + ((end - first) * (r + 1) / ranges), bias)));
            foreach (var answer in await Task.WhenAll(calls).ConfigureAwait(false))
            {
                using var reader = new BinaryReader(new MemoryStream(answer));
                merged += reader.ReadInt32();
                steps += reader.ReadInt64();
                depth[0] = Math.Max(depth[0], reader.ReadInt32());
                depth[1] = Math.Max(depth[1], reader.ReadInt32());
                failing = reader.ReadInt32();
                reader.ReadBoolean();
                coverage.Add(Coverage.ReadFrom(reader, kinds.Names));
                if (failing >= 0)
                {
                    failingBias = bias;
                    break;
                }
            }

            if (options.CoverageGuided && failing < 0)
            {
                bias = CoverageGuide.Next(kinds, coverage, merged / CoverageGuide.EpochSequences);
            }

            progress?.Report(new ConformanceProgress(merged, steps, depth[0], depth[1]));
        }

        var report = new ConformanceRunReport(merged, steps, depth[0], depth[1], coverage, null, clock.Elapsed.TotalSeconds, failing >= 0 ? clock.Elapsed.TotalSeconds : null);
        if (failing < 0)
        {
            return report;
        }

        var seed = SplitMix64.Derive(options.Seed, failing);
        var commands = new SequenceGenerator(options.Config, options.StepCountMax).Generate(seed, failing % (SequenceGenerator.SizeMax + 1), failingBias, out var transitions);
        var check = ConformanceRunner.CheckEveryStep(options.Config, options.Defects, seed, commands, transitions);
        var counterexample = ConformanceRunner.Shrink(options, failing, seed, commands, check);
        return report with { Counterexample = counterexample, ElapsedSeconds = clock.Elapsed.TotalSeconds };
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static int[] ReadInts(BinaryReader reader) => [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadInt32())];
}
