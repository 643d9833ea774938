// Harness/Reliability: the OID fuzzer's requests drawn from CsCheck generators (OidFuzzCase)
using System.Globalization;
using CsCheck;
using SriovVerification.Implementation;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// The OID fuzzer's requests drawn from CsCheck generators (<see cref="OidFuzzCase"/>): a failing malformed request is
/// shrunk by CsCheck to a minimal one, and the failure starts with CsCheck's seed, which replays it. The checks are
/// <see cref="OidFuzzer"/>'s: no exception, a documented status, and a refused request changes nothing.
/// </summary>
public static class OidFuzzSearch
{
    /// <summary>The generator of cases.</summary>
    public static Gen<OidFuzzCase> Cases { get; } =
        from stateSeed in Gen.ULong
        from category in Gen.Int[0, Enum.GetValues<FuzzCategory>().Length - 1]
        from requestSeed in Gen.ULong
        from edits in Gen.Select(Gen.Int[0, 2047], Gen.Byte).Array[0, 6]
        from truncateBy in Gen.Int[0, 64]
        select new OidFuzzCase(stateSeed, category, requestSeed, edits, truncateBy);

    /// <summary>
    /// Samples <paramref name="iterations"/> cases on <paramref name="threads"/> threads from <paramref name="seed"/>
    /// (CsCheck's seed text; null for a fresh one). Returns null when every case passed, else CsCheck's report of the
    /// shrunk case: its seed, then the case and what failed.
    /// </summary>
    public static string? Run(long iterations, string? seed = null, IReadOnlyList<string>? defects = null, int threads = 1)
    {
        try
        {
            Cases.Sample(c => Check(c, defects ?? []), seed: seed, iter: iterations, threads: threads, writeLine: _ => { });
            return null;
        }
        catch (CsCheckException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>Sends the case's request from its state; throws with what failed (CsCheck shrinks on the throw).</summary>
    public static void Check(OidFuzzCase fuzzCase, IReadOnlyList<string> defects)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        var random = new DeterministicRandom(fuzzCase.StateSeed);
        var config = ReachableStates.NewConfig(random);
        var datacenter = ReachableStates.NewDatacenter(config, random, defects);
        ReachableStates.Drive(datacenter, random);
        var host = random.Next(8) == 0 ? 1 : 0;
        var request = fuzzCase.Request(datacenter.Options.VmCount);
        var before = RawSnapshot.Capture(datacenter);
        var result = datacenter.Request(host, request.Request);
        var report = new OidFuzzReport { Seed = fuzzCase.StateSeed };
        OidFuzzer.Check(report, request, result, datacenter.Hosts[host].Miniport.SriovEnabled, request.Describe());
        if (!result.IsSuccess && before.Diff(RawSnapshot.Capture(datacenter)) is { Count: > 0 } changed)
        {
            report.Violation($"refused with {NdisNames.Status(result.Status)} but changed {string.Join("; ", changed.Take(4))}");
        }

        if (result.IsSuccess)
        {
            foreach (var problem in OidFuzzer.AcceptedValueProblems(datacenter, host))
            {
                report.Violation("accepted, and now " + problem);
            }
        }

        if (report.Violations.Count > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{fuzzCase}: {report.Violations[0]}"));
        }
    }
}
