// Harness/Reliability: a hostile guest (VM 0, on the VF path with VF 0) attacks through everything its VF side can reach, while VM 1 (on the VF path with VF ..
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;
using SriovVerification.Implementation.Ndis;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// A hostile guest (VM 0, on the VF path with VF 0) attacks through everything its VF side can reach, while VM 1 (on
/// the VF path with VF 1), VM 2 (synthetic) and the PF are the others. After every attempt: a raw snapshot of
/// everything but the attacker's own VF equals the one before; the attacker's own read-only configuration bytes are
/// unchanged; a frame with a spoofed source or a VLAN not its own is dropped; no frame reaches a VM it is not
/// addressed to, none twice. Every attempt is counted by kind and answer.
/// </summary>
public static class HostileGuestCampaign
{
    /// <summary>The attacking VM.</summary>
    public const int Attacker = 0;

    /// <summary>Most frames one flood attempt sends.</summary>
    public const int FloodFramesMax = 8;

    /// <summary>Violations kept in full.</summary>
    public const int ViolationsKeptMax = 20;

    /// <summary>The read-write bytes of a VF's configuration space (everything else is read-only to the VF's side).</summary>
    public static readonly IReadOnlySet<int> WritableConfigOffsets = new HashSet<int> { 0x04, 0x0C, 0x3C, 0x48, 0x73 };

    // Offsets travel as the ULONG Offset of NDIS_SRIOV_*_VF_CONFIG_SPACE_PARAMETERS: the negative ones are ULONGs of
    // 2^31 and above, and 0xFFFFF000 + 0x1000 wraps to 0 in 32 bits.
    private static readonly int[] Offsets =
        [unchecked((int)0xFFFF_F000), 0x00, 0x02, 0x04, 0x06, 0x08, 0x0E, 0x10, 0x2C, 0x34, 0x3C, 0x40, 0x48, 0x70, 0x72, 0x160, 0x168, 0x170, 0x174, 0xFFC, 0xFFE, 0x1000, 0x1004, 0x2004, -4, -1, int.MaxValue - 1, int.MinValue, 0x7FFF_FFF0];

    private static readonly int[] Lengths = [1, 2, 4, 8, 3, 16, 4096, 4097, 0, -1, int.MaxValue];

    /// <summary>Runs <paramref name="attemptCount"/> attempts (a flood counts each frame) against an adapter carrying <paramref name="defects"/>.</summary>
    public static HostileCampaignReport Run(ulong seed, int attemptCount, IEnumerable<string>? defects = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attemptCount);
        var random = new DeterministicRandom(seed);
        var datacenter = Setup(seed, defects);
        var violations = new List<string>();
        var violationCount = 0;
        void Violation(string message)
        {
            violationCount++;
            if (violations.Count < ViolationsKeptMax)
            {
                violations.Add(message);
            }
        }

        var guest = datacenter.Hostile(Attacker);
        var ownVf = datacenter.QueryVm(Attacker).VfId ?? throw new InvalidOperationException("the attacker has no VF");
        var ownPrefix = $"host0.vf{ownVf.ToString(CultureInfo.InvariantCulture)}";
        var before = RawSnapshot.Capture(datacenter);
        var ownConfigBefore = datacenter.Hosts[0].Miniport.VfConfigSpaceBytes(ownVf);
        var tries = 0;
        while (datacenter.HostileAttempts.Count < attemptCount && tries++ < attemptCount * 2)
        {
            var attemptsBefore = datacenter.HostileAttempts.Count;
            var description = Attack(datacenter, guest, random, Math.Min(FloodFramesMax, attemptCount - attemptsBefore));
            var where = string.Create(CultureInfo.InvariantCulture, $"attempt {attemptsBefore + 1} (seed {SeedText.Format(seed, SeedText.DigitsShort)}): {description}");
            var after = RawSnapshot.Capture(datacenter);
            foreach (var change in before.Diff(after, key => key != ownPrefix && !key.StartsWith(ownPrefix + ".", StringComparison.Ordinal)))
            {
                Violation($"{where}: changed {change}");
            }

            var ownConfigAfter = datacenter.Hosts[0].Miniport.VfConfigSpaceBytes(ownVf);
            for (var i = 0; i < ownConfigAfter.Length; i++)
            {
                if (ownConfigAfter[i] != ownConfigBefore[i] && !WritableConfigOffsets.Contains(i))
                {
                    Violation(string.Create(CultureInfo.InvariantCulture, $"{where}: read-only byte 0x{i:X} of its own VF changed 0x{ownConfigBefore[i]:X2} → 0x{ownConfigAfter[i]:X2}"));
                    break;
                }
            }

            foreach (var attempt in datacenter.HostileAttempts.Skip(attemptsBefore))
            {
                if (attempt.Kind is HostileAttemptKind.SpoofedSourceFrame or HostileAttemptKind.ForeignVlanFrame && attempt.Outcome != HostileAttemptOutcome.Dropped)
                {
                    var fate = datacenter.FrameLog.First(f => f.FrameId == attempt.FrameId);
                    Violation($"{where}: {attempt.Kind} frame {attempt.FrameId} ({attempt.Detail}) not dropped: {fate.Fate} to VM {fate.Vm}");
                }
            }

            before = after;
            ownConfigBefore = ownConfigAfter;
        }

        if (datacenter.MisdeliveredCount > 0 || datacenter.DuplicatedCount > 0)
        {
            Violation($"seed {SeedText.Format(seed, SeedText.DigitsShort)}: {datacenter.MisdeliveredCount} frames misdelivered, {datacenter.DuplicatedCount} duplicated");
        }

        var counts = datacenter.HostileAttempts.GroupBy(a => a.Kind).ToDictionary(
            g => g.Key,
            g => new HostileKindCount(g.Count(), g.Count(a => a.Outcome == HostileAttemptOutcome.Refused), g.Count(a => a.Outcome == HostileAttemptOutcome.Dropped), g.Count(a => a.Outcome == HostileAttemptOutcome.Accepted)));
        return new HostileCampaignReport(seed, counts, violations, violationCount);
    }

    /// <summary>
    /// Host 0 with its switch (3 VFs); VMs 0 and 1 on the VF path, VM 2 connected on the synthetic path; one frame from
    /// the wire to each VM first, so that the interrupts a lawful frame raises are pending already.
    /// </summary>
    public static Datacenter Setup(ulong seed, IEnumerable<string>? defects)
    {
        var datacenter = new Datacenter(new DatacenterOptions
        {
            Seed = seed,
            Adapter = new AdapterOptions { Defects = new HashSet<string>(defects ?? [], StringComparer.Ordinal) },
        });
        Require(datacenter.CreateSwitch(0, 3));
        for (var vm = 0; vm < 3; vm++)
        {
            Require(datacenter.VmConnect(vm));
        }

        for (var vm = 0; vm < 2; vm++)
        {
            Require(datacenter.HostAttachVf(vm));
            Require(datacenter.GuestInitializeVf(vm));
            Require(datacenter.GuestBindNetVsc(vm));
            Require(datacenter.GuestSwitchDataPath(vm, DataPath.Vf));
        }

        for (var vm = 0; vm < 3; vm++)
        {
            Require(datacenter.ReceiveFrame(0, Datacenter.VmMacAddress(vm), 0));
        }

        return datacenter;
    }

    private static string Attack(Datacenter datacenter, HostileGuest guest, DeterministicRandom random, int floodFramesMax)
    {
        var own = Datacenter.VmMacAddress(Attacker);
        MacAddress[] destinations = [Datacenter.VmMacAddress(1), Datacenter.VmMacAddress(2), Datacenter.VmMacAddress(3), DatacenterOptions.ForeignMacAddress, own];
        switch (random.Next(9))
        {
            case 0:
            {
                var (offset, length) = (Offsets[random.Next(Offsets.Length)], Lengths[random.Next(Lengths.Length)]);
                var status = guest.ReadConfigSpace(offset, length).Status;
                return Invariant($"config read Offset=0x{offset:X} Length={length}: {status}");
            }

            case 1:
            case 7:
            case 8:
            {
                var (offset, length, value) = (Offsets[random.Next(Offsets.Length)], Lengths[random.Next(Lengths.Length)], random.Next(2) == 0 ? uint.MaxValue : (uint)random.NextUInt64());
                var status = guest.WriteConfigSpace(offset, length, value).Status;
                return Invariant($"config write Offset=0x{offset:X} Length={length} Value=0x{value:X8}: {status}");
            }

            case 2:
            {
                int[] registers = [0x08, 0x10, 0x14, 0x16, 0x0C, 0x0E];
                var register = registers[random.Next(registers.Length)];
                int[] values = [datacenter.Options.Adapter.TotalVfs + 1, 0xFFFF, 0, 1, 0x0009, 0x8000];
                var value = values[random.Next(values.Length)];
                var status = guest.WritePfSriovRegister(register, value).Status;
                return Invariant($"SR-IOV capability register +0x{register:X} = 0x{value:X}: {status}");
            }

            case 3:
            case 4:
            {
                int[] blocks = [0, 1, 2, 63, 64, -1, int.MaxValue];
                int[] lengths = [0, 1, 16, 64, 65, 4096, Datacenter.HostileConfigBlockLengthMaxBytes, Datacenter.HostileConfigBlockLengthMaxBytes + 1, -1, int.MaxValue];
                var (block, length) = (blocks[random.Next(blocks.Length)], lengths[random.Next(lengths.Length)]);
                var write = random.Next(2) == 0;
                var status = write ? guest.WriteConfigBlock(block, length, (byte)random.Next(256)).Status : guest.ReadConfigBlock(block, length).Status;
                return Invariant($"config block {(write ? "write" : "read")} BlockId={block} Length={length}: {status}");
            }

            case 5:
            {
                MacAddress[] sources = [Datacenter.VmMacAddress(1), Datacenter.VmMacAddress(2), DatacenterOptions.ForeignMacAddress, new MacAddress(0), own];
                var source = sources[random.Next(sources.Length)];
                var vlan = source == own ? 1 + random.Next(4094) : (random.Next(2) == 0 ? 0 : 1 + random.Next(4094));
                var destination = destinations[random.Next(destinations.Length)];
                var fate = ((AdapterData.FrameRouted)guest.SendFrame(source, destination, vlan).Data!).Outcome;
                return Invariant($"frame Source={source} Destination={destination} Vlan={vlan}: {fate.Fate} {fate.DropReason}");
            }

            default:
            {
                var count = 1 + random.Next(Math.Max(1, floodFramesMax));
                for (var i = 0; i < count; i++)
                {
                    guest.SendFrame(own, destinations[random.Next(destinations.Length)], 0);
                }

                return Invariant($"flood of {count} frames");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Require(AdapterReply result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"campaign setup refused: {result.Status}: {result.Reason}");
        }
    }
}
