// Harness/Reliability: drives a datacenter into a random reachable state with a few valid operations (their statuses are not checked)
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;
using SriovVerification.Implementation.Ndis;
using SriovVerification.Model;
using DataPath = SriovVerification.Implementation.Guest.DataPath;

namespace SriovVerification.Harness.Reliability;

/// <summary>Drives a datacenter into a random reachable state with a few valid operations (their statuses are not checked).</summary>
public static class ReachableStates
{
    /// <summary>Most operations one drive issues.</summary>
    public const int OperationCountMax = 16;

    /// <summary>The configuration of a fresh datacenter: the default shape (2 hosts, 4 VMs), SR-IOV off on host 0 one time in sixteen.</summary>
    public static ModelConfig NewConfig(DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(16) == 0 ? ModelConfig.Default with { HostSriovEnabled = [false, true] } : ModelConfig.Default;
    }

    /// <summary>A datacenter for <paramref name="config"/>, built as the conformance harness builds it.</summary>
    public static Datacenter NewDatacenter(ModelConfig config, DeterministicRandom random, IEnumerable<string>? defects = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new Datacenter(ConfigMapping.ToDatacenterOptions(config, defects ?? [], random.NextUInt64()));
    }

    /// <summary>Issues between 0 and <see cref="OperationCountMax"/> valid-looking operations on host 0 and its VMs.</summary>
    public static void Drive(Datacenter datacenter, DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(datacenter);
        ArgumentNullException.ThrowIfNull(random);
        if (random.Next(10) != 0)
        {
            datacenter.CreateSwitch(0, 1 + random.Next(datacenter.Options.Adapter.TotalVfs));
        }

        var count = random.Next(OperationCountMax + 1);
        for (var i = 0; i < count; i++)
        {
            var vm = random.Next(datacenter.Options.VmCount);
            var vf = random.Next(4);
            _ = random.Next(14) switch
            {
                0 or 1 => datacenter.VmConnect(vm),
                2 or 3 => datacenter.HostAttachVf(vm),
                4 => datacenter.GuestInitializeVf(vm),
                5 => datacenter.GuestBindNetVsc(vm),
                6 => datacenter.GuestSwitchDataPath(vm, DataPath.Vf),
                7 => datacenter.CreateVPort(0, NdisConstants.PfFunctionId, 1),
                8 => datacenter.SetVPortState(0, 1 + random.Next(3), activated: true),
                9 => datacenter.SetFilter(0, random.Next(3), new MacAddress(0x0200_0000_0100UL + (ulong)random.Next(8)), random.Next(3)),
                10 => datacenter.WriteVfConfigBlock(0, vf, 0, 64, (byte)random.Next(256)),
                11 => datacenter.InvalidateConfigBlock(0, vf, 1UL + (ulong)random.Next(3)),
                12 => datacenter.SetVfPowerState(0, vf, random.Next(2) == 0),
                _ => datacenter.RequestVfRemoval(vm),
            };
        }
    }
}
