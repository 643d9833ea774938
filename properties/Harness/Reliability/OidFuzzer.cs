// Harness/Reliability: sends malformed OID requests through the management path (Datacenter.Request) from random reachable adapter states and checks every answer
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;
using ModelConfig = SriovVerification.Model.ModelConfig;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// Sends malformed OID requests through the management path (<see cref="Datacenter.Request"/>) from random reachable
/// adapter states and checks every answer: never an exception; a documented status (SUCCESS, INVALID_LENGTH,
/// INVALID_PARAMETER, NOT_SUPPORTED, FILE_NOT_FOUND, RESOURCES); the one status a category demands, with BytesNeeded
/// = the structure size for a short buffer; and, unless the request was accepted, nothing changed — neither the raw
/// read-backs (<see cref="RawSnapshot"/>) nor, when a reader is given, the abstract state.
/// </summary>
public static class OidFuzzer
{
    /// <summary>
    /// The statuses a malformed request may get: the PF miniport's, and INVALID_DEVICE_REQUEST of the virtualization
    /// stack's path, which does not issue a filter OID that would move a VM network adapter's filter where its
    /// sequences never put it (<c>docs/MODEL.md</c>, "The virtualization stack issues the filter OIDs").
    /// </summary>
    public static readonly IReadOnlySet<NdisStatus> DocumentedStatuses = new HashSet<NdisStatus>
    {
        NdisStatus.Success, NdisStatus.InvalidLength, NdisStatus.InvalidParameter, NdisStatus.NotSupported, NdisStatus.FileNotFound, NdisStatus.Resources,
        NdisStatus.InvalidDeviceRequest,
    };

    /// <summary>Requests sent from one adapter state before a fresh one is driven.</summary>
    public const int RequestsPerStateDefault = 40;

    /// <summary>Adapter states planned ahead and then checked side by side per batch when there are several workers.</summary>
    public const int StatesPerBatchPerWorker = 16;

    /// <summary>
    /// Sends <paramref name="requestCount"/> malformed requests. <paramref name="abstractState"/>, when given, reads the
    /// adapter into a value with value equality that a refused request must not change; <see cref="WithAbstraction"/>
    /// is the harness's abstraction function. With several <paramref name="workers"/> the states and their requests are
    /// drawn in the same order on one thread and sent on the workers, each state on its own datacenter, and the reports
    /// merged in state order: the report is the same for any worker count.
    /// </summary>
    public static OidFuzzReport Run(
        ulong seed,
        int requestCount,
        int requestsPerState = RequestsPerStateDefault,
        IEnumerable<string>? defects = null,
        Func<Datacenter, ModelConfig, object>? abstractState = null,
        int workers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requestCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerState, 1);
        var defectList = defects?.ToList() ?? [];
        if (workers > 1 && RunPlanned(seed, requestCount, requestsPerState, defectList, abstractState, workers) is { } planned)
        {
            return planned;
        }

        var random = new DeterministicRandom(seed);
        var report = new OidFuzzReport { Seed = seed };
        while (report.Requests < requestCount)
        {
            var state = DriveState(random, defectList);
            report.States++;
            var generator = new MalformedRequestGenerator(random, state.Datacenter.Options.VmCount);
            SendFromState(report, state, 0, report.States, seed, requestCount, requestsPerState, generator.Next, abstractState);
        }

        return report;
    }

    /// <summary>
    /// The planned run: the generator's draws do not depend on the adapter's answers, so the states and requests are
    /// drawn ahead in the single-worker order. A request that throws ends its state early, after which the single-worker
    /// run draws differently: then the run is made again on one worker (null here).
    /// </summary>
    private static OidFuzzReport? RunPlanned(ulong seed, int requestCount, int requestsPerState, List<string> defects, Func<Datacenter, ModelConfig, object>? abstractState, int workers)
    {
        var random = new DeterministicRandom(seed);
        var report = new OidFuzzReport { Seed = seed };
        var planned = 0;
        while (planned < requestCount)
        {
            var batch = new List<(DrivenState State, MalformedRequest[] Requests, int RequestOffset)>();
            while (planned < requestCount && batch.Count < StatesPerBatchPerWorker * workers)
            {
                var state = DriveState(random, defects);
                var generator = new MalformedRequestGenerator(random, state.Datacenter.Options.VmCount);
                var requests = new MalformedRequest[Math.Min(requestsPerState, requestCount - planned)];
                for (var i = 0; i < requests.Length; i++)
                {
                    requests[i] = generator.Next();
                }

                batch.Add((state, requests, planned));
                planned += requests.Length;
            }

            var stateBase = report.States;
            var partials = IndexedWorkers.Map(batch.Count, workers, b =>
            {
                var (state, requests, offset) = batch[b];
                var partial = new OidFuzzReport { Seed = seed };
                var next = 0;
                SendFromState(partial, state, offset, stateBase + b + 1, seed, requests.Length, requestsPerState, () => requests[next++], abstractState);
                return partial;
            });
            foreach (var partial in partials)
            {
                if (partial.Exceptions > 0)
                {
                    return null;
                }

                report.Add(partial);
                report.States++;
            }
        }

        return report;
    }

    private static DrivenState DriveState(DeterministicRandom random, List<string> defects)
    {
        var config = ReachableStates.NewConfig(random);
        var datacenter = ReachableStates.NewDatacenter(config, random, defects);
        ReachableStates.Drive(datacenter, random);
        var host = random.Next(8) == 0 ? 1 : 0;
        return new DrivenState(config, datacenter, host, datacenter.Hosts[host].Miniport.SriovEnabled);
    }

    /// <summary>
    /// Sends requests from <paramref name="next"/> to one driven state until <paramref name="report"/> holds
    /// <paramref name="requestCount"/> requests or the state's share is sent; an exception ends the state.
    /// </summary>
    private static void SendFromState(OidFuzzReport report, DrivenState state, int requestOffset, int stateNumber, ulong seed, int requestCount, int requestsPerState, Func<MalformedRequest> next, Func<Datacenter, ModelConfig, object>? abstractState)
    {
        var (config, datacenter, host, sriovEnabled) = state;
        var before = RawSnapshot.Capture(datacenter);
        var abstractBefore = abstractState?.Invoke(datacenter, config);
        for (var i = 0; i < requestsPerState && report.Requests < requestCount; i++)
        {
            var request = next();
            var where = string.Create(CultureInfo.InvariantCulture, $"request {requestOffset + report.Requests + 1} (seed {SeedText.Format(seed, SeedText.DigitsShort)}, state {stateNumber}, host {host}): {request.Describe()}");
            OidResult result;
            try
            {
                result = datacenter.Request(host, request.Request);
            }
            catch (Exception exception)
            {
                report.Count(request, NdisStatus.Failure);
                report.Exceptions++;
                report.Violation($"{where}: threw {exception.GetType().Name}: {exception.Message}");
                break;
            }

            report.Count(request, result.Status);
            Check(report, request, result, sriovEnabled, where);
            var after = RawSnapshot.Capture(datacenter);
            var abstractAfter = abstractState?.Invoke(datacenter, config);
            if (!result.IsSuccess)
            {
                var changed = before.Diff(after);
                if (changed.Count > 0)
                {
                    report.Violation($"{where}: refused with {NdisNames.Status(result.Status)} but changed {string.Join("; ", changed.Take(4))}");
                }

                if (abstractBefore is not null && !Equals(abstractBefore, abstractAfter))
                {
                    report.Violation($"{where}: refused with {NdisNames.Status(result.Status)} but the abstract state changed");
                }
            }
            else
            {
                foreach (var problem in AcceptedValueProblems(datacenter, host))
                {
                    report.Violation($"{where}: accepted, and now {problem}");
                }
            }

            before = after;
            abstractBefore = abstractAfter;
        }
    }

    private sealed record DrivenState(ModelConfig Config, Datacenter Datacenter, int Host, bool SriovEnabled);

    /// <summary>Values an accepted request must not have stored: VLAN ids outside 0 … 4094, multicast MACs, over-long names.</summary>
    internal static IEnumerable<string> AcceptedValueProblems(Datacenter datacenter, int host)
    {
        foreach (var vf in datacenter.QueryVfs(host).Where(v => v.IsAllocated))
        {
            if (!vf.MacAddress.IsUnicast || vf.NicName.Length > NdisConstants.MaxStringSize)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"VF {vf.VfId} holds MAC {vf.MacAddress} NicName '{vf.NicName}'");
            }
        }

        foreach (var filter in datacenter.QueryFilters(host))
        {
            if (filter.VlanId is < 0 or > NdisConstants.VlanIdMax || filter.MacAddress is { IsUnicast: false } || (filter.MacAddress is null && filter.VlanId == 0))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"filter {filter.FilterId} tests MAC {filter.MacAddress?.ToString() ?? "none"} VLAN {filter.VlanId}");
            }
        }
    }

    /// <summary>The harness's abstraction of the adapter (<see cref="Abstraction.Read"/>), as a state reader for <see cref="Run"/>.</summary>
    public static object WithAbstraction(Datacenter datacenter, ModelConfig config) => Abstraction.Read(datacenter, config);

    internal static void Check(OidFuzzReport report, MalformedRequest request, OidResult result, bool sriovEnabled, string where)
    {
        var expected = sriovEnabled ? request.ExpectedStatus : NdisStatus.NotSupported;
        if (!DocumentedStatuses.Contains(result.Status))
        {
            report.Violation($"{where}: undocumented status {NdisNames.Status(result.Status)}");
        }
        else if (expected is NdisStatus status && result.Status != status)
        {
            report.Violation($"{where}: {NdisNames.Status(result.Status)}, expected {NdisNames.Status(status)}");
        }
        else if (result.Status == NdisStatus.InvalidLength)
        {
            if (sriovEnabled && request.ExpectedBytesNeeded is int needed && result.BytesNeeded != needed)
            {
                report.Violation($"{where}: BytesNeeded={result.BytesNeeded}, expected {needed} (the structure size)");
            }
            else if (result.BytesNeeded <= request.Request.InformationBufferLength)
            {
                report.Violation($"{where}: INVALID_LENGTH with BytesNeeded={result.BytesNeeded}, not more than the {request.Request.InformationBufferLength} bytes given");
            }
        }
        else if (result.Status != NdisStatus.Success && result.BytesWritten != 0)
        {
            report.Violation($"{where}: refused with {NdisNames.Status(result.Status)} but BytesWritten={result.BytesWritten}");
        }
    }
}
