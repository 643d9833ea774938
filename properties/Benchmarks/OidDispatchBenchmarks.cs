// Benchmarks: byte-level OID requests through the PF miniport of the emulated adapter
using BenchmarkDotNet.Attributes;
using SriovVerification.Harness.Conformance;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Benchmarks;

/// <summary>Byte-level OID requests through the PF miniport of the emulated adapter: header and length checks, dispatch, result.</summary>
[MemoryDiagnoser]
public class OidDispatchBenchmarks
{
    private Datacenter adapter = null!;
    private OidRequest readCommand = null!;
    private OidRequest enumerateSwitches = null!;
    private OidRequest createVPort = null!;

    /// <summary>An adapter with a switch and one allocated VF; the requests built once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var config = ModelConfig.Default;
        adapter = new Datacenter(ConfigMapping.ToDatacenterOptions(config, [], 0));
        adapter.CreateSwitch(0, config.NumVfs);
        adapter.AllocateVf(0, 0);
        readCommand = NdisRequests.VfConfigSpace(false, 0, 0x04, 2, 0, 2);
        enumerateSwitches = NdisRequests.Query(Oid.OID_NIC_SWITCH_ENUM_SWITCHES, 4096);
        createVPort = NdisRequests.CreateVPort(NdisConstants.PfFunctionId, 1);
    }

    /// <summary>OID_SRIOV_READ_VF_CONFIG_SPACE of the Command register.</summary>
    [Benchmark]
    public OidResult ReadVfConfigSpace() => adapter.Request(0, readCommand);

    /// <summary>OID_NIC_SWITCH_ENUM_SWITCHES into a 4 KiB buffer.</summary>
    [Benchmark]
    public OidResult EnumerateSwitches() => adapter.Request(0, enumerateSwitches);

    /// <summary>OID_NIC_SWITCH_CREATE_VPORT on the PF, then OID_NIC_SWITCH_DELETE_VPORT of it (state back as before).</summary>
    [Benchmark]
    public OidResult CreateAndDeleteVPort()
    {
        adapter.Request(0, createVPort);
        return adapter.Request(0, NdisRequests.DeleteVPort(1));
    }
}
