// Exploration/Encoding: encodes a ModelState of one configuration into a fixed-size key of bits, and back
using System.Numerics;
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Exploration.Encoding;

/// <summary>
/// Encodes a <see cref="ModelState"/> of one configuration into a fixed-size key of bits, and back. Field widths
/// come from the configuration and an <see cref="EncodingDomain"/>: VMs first, then each host's switch header, VF
/// slots (by VFId), VPort slots (by VPortId) and filter slots (by FilterId). The encoding is exact: a state it
/// cannot hold is refused with the name of the field, never truncated. Keys compare lexicographically word by word.
/// </summary>
public sealed partial class StateEncoder
{
    private const int DeviceWidthBits = 3;

    /// <summary>A VPort's parameters: name index 0 … 3, moderation by its index, affinity mask 0 … 3, split, lookahead 0 or 128.</summary>
    private const int VPortParameterBits = 2 + 3 + 2 + 1 + 1;

    /// <summary>The lookahead sizes the encoding holds (index = code).</summary>
    private static readonly int[] LookaheadSizes = [0, 128];

    /// <summary>A VF's spoof counter, 0 … <see cref="SriovModel.SpoofCounterSaturation"/>.</summary>
    private const int SpoofWidthBits = 2;

    private readonly ModelConfig config;
    private readonly int hostCount;
    private readonly int vmCount;
    private readonly int vfSlots;
    private readonly int vportSlots;
    private readonly int filterSlots;
    private readonly int blockCount;
    private readonly int vmHostBits;
    private readonly int destinationBits;
    private readonly int ownerBits;
    private readonly int numVfsBits;
    private readonly int fillBits;
    private readonly int maskBits;
    private readonly int attachBits;
    private readonly int queuePairBits;
    private readonly int vportRefBits;
    private readonly int macBits;

    /// <summary>1 when the VLAN domain has a VLAN id, so a filter may be VLAN-only (MAC index −1 stored as 0); else 0.</summary>
    private readonly int macOffset;
    private readonly int vlanBits;
    private readonly int vmRecordBits;
    private readonly int vfRecordBits;
    private readonly int hostHeaderBits;
    private readonly int vportRecordBits;
    private readonly int filterRecordBits;
    private readonly int[] vlans;
    private readonly byte[] fills;
    private readonly short[] fillIndexOfByte;
    private readonly int[] rids;

    /// <summary>Creates the encoder of <paramref name="config"/> over <paramref name="domain"/>.</summary>
    public StateEncoder(ModelConfig config, EncodingDomain domain)
    {
        this.config = config;
        Domain = domain;
        hostCount = config.HostCount;
        vmCount = config.VmCount;
        vfSlots = domain.VfSlotCount;
        vportSlots = config.MaxNumVPorts;
        filterSlots = config.MaxReceiveFilters;
        blockCount = config.ConfigBlocks.Length;
        vlans = [.. domain.Vlans];
        fills = [.. domain.ConfigBlockFills];
        fillIndexOfByte = new short[256];
        Array.Fill(fillIndexOfByte, (short)-1);
        for (var i = 0; i < fills.Length; i++)
        {
            fillIndexOfByte[fills[i]] = (short)i;
        }
        rids = new int[vfSlots];
        for (var i = 0; i < vfSlots; i++)
        {
            rids[i] = config.RidOf(i);
        }

        vmHostBits = BitsFor(hostCount - 1);
        destinationBits = BitsFor(hostCount);
        ownerBits = BitsFor(vmCount);
        numVfsBits = BitsFor(vfSlots);
        fillBits = BitsFor(fills.Length - 1);
        maskBits = domain.InvalidationMaskBits;
        attachBits = BitsFor(vfSlots);
        queuePairBits = BitsFor(Math.Max(config.MaxNumQueuePairsPerNonDefaultVPort, config.DefaultVPortQueuePairs));
        vportRefBits = BitsFor(vportSlots);
        macOffset = vlans.Length > 1 ? 1 : 0;
        macBits = BitsFor(vmCount + macOffset);
        vlanBits = BitsFor(vlans.Length - 1);

        vmRecordBits = vmHostBits + 1 + destinationBits + 1 + 1;
        vfRecordBits = ownerBits + 1 + DeviceWidthBits + 7 + SpoofWidthBits + (blockCount * fillBits) + maskBits;
        hostHeaderBits = 1 + 1 + numVfsBits + numVfsBits + 1 + numVfsBits + 1;
        vportRecordBits = 1 + attachBits + 1 + queuePairBits + VPortParameterBits;
        filterRecordBits = vportRefBits + macBits + vlanBits + ownerBits;
        HostSectionBits = hostHeaderBits + (vfSlots * vfRecordBits) + (vportSlots * vportRecordBits) + (filterSlots * filterRecordBits);
        VmSectionBits = vmCount * vmRecordBits;
        KeyBits = VmSectionBits + (hostCount * HostSectionBits);
        KeyWords = Math.Max(1, (KeyBits + 63) / 64);
        if (vfRecordBits - maskBits > 64 || vfRecordBits > 128)
        {
            throw new ArgumentException($"a VF record needs {vfRecordBits} bits; at most 64 besides the invalidation mask ({maskBits} bits) are supported", nameof(domain));
        }
    }

    /// <summary>The domain the widths were computed from.</summary>
    public EncodingDomain Domain { get; }

    /// <summary>Bits of a key.</summary>
    public int KeyBits { get; }

    /// <summary>64-bit words of a key.</summary>
    public int KeyWords { get; }

    /// <summary>Bits of the VM section (the start of the key).</summary>
    public int VmSectionBits { get; }

    /// <summary>Bits of one host's section.</summary>
    public int HostSectionBits { get; }

    /// <summary>A human-readable account of the widths, e.g. for the explorer's summary.</summary>
    public string DescribeLayout() =>
        $"{KeyBits} bits ({KeyWords} words): {vmCount} VMs × {vmRecordBits} + {hostCount} hosts × ({hostHeaderBits} header + "
        + $"{vfSlots} VFs × {vfRecordBits} + {vportSlots} VPorts × {vportRecordBits} + {filterSlots} filters × {filterRecordBits})";

    /// <summary>Bits needed for the values 0 … <paramref name="maxValue"/>.</summary>
    public static int BitsFor(int maxValue) => maxValue <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)maxValue);

    /// <summary>
    /// Encodes <paramref name="state"/> into <paramref name="key"/> (<see cref="KeyWords"/> words, overwritten).
    /// Returns false, with the field that does not fit in <paramref name="exceededField"/>, when the state lies outside the domain.
    /// </summary>
    public bool TryEncode(ModelState state, Span<ulong> key, out string? exceededField) =>
        TryEncode(state, null, key, out exceededField);

    /// <summary>The encoding of <paramref name="state"/>; throws when it lies outside the domain.</summary>
    public ulong[] Encode(ModelState state)
    {
        var key = new ulong[KeyWords];
        if (!TryEncode(state, key, out var field))
        {
            throw new InvalidOperationException($"bound exceeded: {field}");
        }

        return key;
    }

    /// <summary>Encodes the image of <paramref name="state"/> under <paramref name="permutation"/> (identity when null).</summary>
    internal bool TryEncode(ModelState state, StatePermutation? permutation, Span<ulong> key, out string? exceededField, UInt128[]? packedVfs = null)
    {
        key[..KeyWords].Clear();
        if (state.Hosts.Length != hostCount || state.Vms.Length != vmCount)
        {
            exceededField = $"Hosts.Length {state.Hosts.Length} / Vms.Length {state.Vms.Length} (configuration: {hostCount} / {vmCount})";
            return false;
        }

        var writer = new BitWriter(key);
        if (!TryWriteVms(state, permutation, ref writer, out exceededField))
        {
            return false;
        }

        for (var h = 0; h < hostCount; h++)
        {
            if (!TryWriteHost(state, h, permutation, ref writer, out exceededField, packedVfs))
            {
                return false;
            }
        }

        writer.Flush();
        return true;
    }

    /// <summary>A VF record packed without its owner (<see cref="TryPackVf"/> with includeOwner false) with owner <paramref name="owner"/> added.</summary>
    internal UInt128 WithOwner(UInt128 packedWithoutOwner, int owner) =>
        packedWithoutOwner | ((UInt128)(ulong)(uint)(owner + 1) << (vfRecordBits - ownerBits));

    /// <summary>The bits of VM <paramref name="vm"/>'s record, for ordering VMs.</summary>
    internal bool TryPackVm(VmState vm, out ulong bits, out string? exceededField)
    {
        bits = 0;
        if ((uint)vm.Host >= (uint)hostCount)
        {
            exceededField = $"VmState.Host {vm.Host}";
            return false;
        }

        if (vm.MigrationDestination < -1 || vm.MigrationDestination >= hostCount)
        {
            exceededField = $"VmState.MigrationDestination {vm.MigrationDestination}";
            return false;
        }

        if ((uint)vm.DataPath > 1)
        {
            exceededField = $"VmState.DataPath {vm.DataPath}";
            return false;
        }

        bits = (uint)vm.Host;
        bits = (bits << 1) | (vm.Migrating ? 1UL : 0);
        bits = (bits << destinationBits) | (uint)(vm.MigrationDestination + 1);
        bits = (bits << 1) | (uint)vm.DataPath;
        bits = (bits << 1) | (vm.Connected ? 1UL : 0);
        exceededField = null;
        return true;
    }

    /// <summary>The bits of a VF record whose VFId is <paramref name="vfId"/>, with its owner renamed by <paramref name="permutation"/>.</summary>
    internal bool TryPackVf(VfState vf, int vfId, StatePermutation? permutation, bool includeOwner, out UInt128 bits, out string? exceededField)
    {
        bits = 0;
        if (vf.OwnerVm < -1 || vf.OwnerVm >= vmCount)
        {
            exceededField = $"VfState.OwnerVm {vf.OwnerVm} (VF {vfId})";
            return false;
        }

        ulong ridBit;
        if (vf.Rid == rids[vfId])
        {
            ridBit = 1;
        }
        else if (vf.Rid == 0)
        {
            ridBit = 0;
        }
        else
        {
            exceededField = $"VfState.Rid 0x{vf.Rid:X4} (VF {vfId}: neither 0 nor the formula's 0x{rids[vfId]:X4})";
            return false;
        }

        if (!InVfDomain(vf, vfId, out exceededField))
        {
            return false;
        }

        var owner = vf.OwnerVm < 0 || permutation is null ? vf.OwnerVm : permutation.VmNewOfOld[vf.OwnerVm];
        var head = includeOwner ? (ulong)(uint)(owner + 1) : 0UL;
        head = (head << 1) | ridBit;
        head = (head << DeviceWidthBits) | (uint)vf.Device;
        head = (head << 1) | (vf.RemovalRequested ? 1UL : 0);
        head = (head << 1) | (vf.CommandRegister != 0 ? 1UL : 0);
        head = (head << 1) | (vf.MsixEnabled ? 1UL : 0);
        head = (head << 1) | (vf.MsiEnabled ? 1UL : 0);
        head = (head << SpoofWidthBits) | (uint)vf.SpoofedFrames;
        head = (head << 1) | (vf.InterruptPending ? 1UL : 0);
        head = (head << 1) | (vf.DmaActive ? 1UL : 0);
        head = (head << 1) | (vf.PowerD3 ? 1UL : 0);
        for (var b = 0; b < blockCount; b++)
        {
            var index = fillIndexOfByte[vf.ConfigBlocks[b]];
            if (index < 0)
            {
                exceededField = $"VfState.ConfigBlocks[{b}] 0x{vf.ConfigBlocks[b]:X2} (VF {vfId}: not in the fill domain)";
                return false;
            }

            head = (head << fillBits) | (ushort)index;
        }

        var value = maskBits == 0 ? (UInt128)head : ((UInt128)head << maskBits) | vf.PendingInvalidation;
        bits = value;
        exceededField = null;
        return true;
    }

    /// <summary>Whether the VF's spoof counter, device state, Command register, config blocks and pending mask fit the layout's domains.</summary>
    private bool InVfDomain(VfState vf, int vfId, out string? exceededField)
    {
        if ((uint)vf.SpoofedFrames >= 1u << SpoofWidthBits)
        {
            exceededField = $"VfState.SpoofedFrames {vf.SpoofedFrames} (VF {vfId}: domain has {SpoofWidthBits} bits)";
            return false;
        }

        if ((uint)vf.Device >= 1u << DeviceWidthBits)
        {
            exceededField = $"VfState.Device {vf.Device} (VF {vfId})";
            return false;
        }

        if ((vf.CommandRegister & ~0x0004) != 0)
        {
            exceededField = $"VfState.CommandRegister 0x{vf.CommandRegister:X4} (VF {vfId}: only Bus Master 0x0004 is read-write)";
            return false;
        }

        if (vf.ConfigBlocks.Length != blockCount)
        {
            exceededField = $"VfState.ConfigBlocks.Length {vf.ConfigBlocks.Length} (VF {vfId})";
            return false;
        }

        if (maskBits < 64 && (vf.PendingInvalidation >> maskBits) != 0)
        {
            exceededField = $"VfState.PendingInvalidation 0x{vf.PendingInvalidation:X} (VF {vfId}: domain has {maskBits} bits)";
            return false;
        }

        exceededField = null;
        return true;
    }
}
