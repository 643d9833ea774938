// The packed engine: host-stack states as fixed-width records, for fast exhaustive search.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using SriovVerification.Exploration.Profiles;

namespace SriovVerification.Exploration.Packed;

/// <summary>A packed world's key: up to 128 bits, with a sentinel bit above the last field so that no key is zero.</summary>
/// <param name="Lo">Bits 0 … 63.</param>
/// <param name="Hi">Bits 64 … 127.</param>
internal readonly record struct PackedKey(ulong Lo, ulong Hi);

/// <summary>A successor found by <see cref="PackedHostStack.Expand"/>: its key and the candidate command that leads there.</summary>
/// <param name="Key">The successor's key (canonical under symmetry); default for a step back to the same world.</param>
/// <param name="Command">Index of the command in <see cref="PackedHostStack.Candidates"/>.</param>
/// <param name="Repeat">
/// The same key as a successor listed just before it (the same command for an interchangeable VM with the same
/// record): a transition, but never a new state.
/// </param>
internal readonly record struct PackedSuccessor(PackedKey Key, int Command, bool Repeat = false);

/// <summary>
/// Packed worlds of the hoststack profile — a switch bit per host and one <see cref="VmRecord"/> per VM — and the
/// search's successor function and invariants over them, derived from the model: every successor and every verdict
/// is one that <c>SriovModel.Apply</c> and <c>Invariants</c> computed on a decoded <see cref="ModelState"/>, memoized
/// per view (a VM's record and the facts of its host that the model reads; <c>docs/EXPLORATION.md</c>, "Packed
/// engine"). Nothing here restates a command's preconditions or effects or an invariant.
/// </summary>
internal sealed partial class PackedHostStack
{
    /// <summary>VMs a packed world holds at most.</summary>
    public const int MaxVms = 8;

    /// <summary>Hosts a packed world holds at most.</summary>
    public const int MaxHosts = 4;

    private readonly ModelConfig config;
    private readonly int[][] classes;
    private readonly int[] classOf;
    private readonly bool oneContiguousClass;
    private readonly ulong recordMask;
    private readonly int recordWidth;
    private readonly int keyBits;
    private readonly int numVfs;
    private readonly int maxQueuePairsPerVPort;
    private readonly int defaultQueuePairs;
    private readonly int[][] hostPermutations;

    private PackedHostStack(ModelConfig config, bool symmetry, bool hostSymmetry, IReadOnlyList<Command> candidates, CandidateLayout layout)
    {
        this.config = config;
        Symmetry = symmetry;
        HostSymmetry = symmetry && hostSymmetry;
        VmCount = config.VmCount;
        HostCount = config.HostCount;
        Candidates = candidates;
        this.layout = layout;
        classes = !symmetry
            ? [.. Enumerable.Range(0, VmCount).Select(v => new[] { v })]
            : HostSymmetry
                ? [.. Enumerable.Range(0, VmCount).GroupBy(v => config.VlanOf(v)).Select(g => g.ToArray())]
                : [.. Enumerable.Range(0, VmCount).GroupBy(v => (config.VlanOf(v), config.InitialHostOf(v))).Select(g => g.ToArray())];
        hostPermutations = HostSymmetry ? HostPermutations(config) : [];
        oneContiguousClass = symmetry && classes.Length == 1;
        classOf = new int[VmCount];
        for (var k = 0; k < classes.Length; k++)
        {
            foreach (var v in classes[k])
            {
                classOf[v] = k;
            }
        }

        numVfs = config.NumVfs;
        maxQueuePairsPerVPort = config.MaxNumQueuePairsPerNonDefaultVPort;
        defaultQueuePairs = config.DefaultVPortQueuePairs;

        var hostBits = BitsFor(HostCount - 1);
        var mask = Field(VmRecord.HostShift, hostBits) | Field(VmRecord.DestinationShift, hostBits)
            | VmRecord.DataPathVf | VmRecord.Connected | VmRecord.FilterOnVf | VmRecord.HasVf | Field(VmRecord.DeviceShift, 3)
            | VmRecord.RemovalRequested | VmRecord.Initialized | VmRecord.Dma | Field(VmRecord.QueuePairsShift, BitsFor(maxQueuePairsPerVPort - 1));
        if (HostCount > 1)
        {
            mask |= VmRecord.Migrating;
        }

        if (!symmetry)
        {
            mask |= Field(VmRecord.VfIdShift, BitsFor(numVfs - 1)) | Field(VmRecord.VPortIdShift, BitsFor(config.MaxNumVPorts - 1))
                | Field(VmRecord.FilterIdShift, BitsFor(config.MaxReceiveFilters));
        }

        recordMask = mask;
        recordWidth = BitOperations.PopCount(mask);
        keyBits = HostCount + (VmCount * recordWidth);
        KeyWords = keyBits + 1 <= 64 ? 1 : 2;
        ViewWords = symmetry ? 2 : 6;
        vmViews = new ViewTable(ViewWords);
        hostViews = new ViewTable(ViewWords);
    }

    /// <summary>Whether states are canonicalised under VM permutations and VF, VPort and filter ids are forgotten.</summary>
    public bool Symmetry { get; }

    /// <summary>Whether hosts of the same configuration are interchangeable too (<see cref="ExplorationOptions.HostSymmetry"/>).</summary>
    public bool HostSymmetry { get; }

    /// <summary>Number of VMs.</summary>
    public int VmCount { get; }

    /// <summary>Number of hosts.</summary>
    public int HostCount { get; }

    /// <summary>The hoststack profile's candidate commands, in <c>SriovModel.CandidateCommands</c> order.</summary>
    public IReadOnlyList<Command> Candidates { get; }

    /// <summary>64-bit words per key (1 or 2).</summary>
    public int KeyWords { get; }

    /// <summary>Bits of one key, sentinel included.</summary>
    public int KeyBits => keyBits + 1;

    /// <summary>Bits of one VM record in a key.</summary>
    public int RecordWidth => recordWidth;

    /// <summary>
    /// The packed engine for <paramref name="config"/>, or null with the reason it does not apply: the hoststack
    /// profile only, at most <see cref="MaxVms"/> VMs and <see cref="MaxHosts"/> hosts, keys of at most 127 bits.
    /// </summary>
    public static PackedHostStack? TryCreate(ModelConfig config, ExplorationProfile profile, bool symmetry, out string reason) =>
        TryCreate(config, profile, symmetry, hostSymmetry: false, out reason);

    /// <summary>As above, with hosts of the same configuration interchangeable when <paramref name="hostSymmetry"/> (and <paramref name="symmetry"/>).</summary>
    public static PackedHostStack? TryCreate(ModelConfig config, ExplorationProfile profile, bool symmetry, bool hostSymmetry, out string reason)
    {
        reason = "";
        if (profile != ExplorationProfile.HostStack)
        {
            reason = $"the packed engine covers the hoststack profile only (asked: {profile.ToName()})";
            return null;
        }

        if (config.VmCount > MaxVms || config.HostCount > MaxHosts || config.NumVfs > 63 || config.MaxNumVPorts > 63
            || config.MaxReceiveFilters > 64 || config.MaxNumQueuePairsPerNonDefaultVPort > 16 || config.MaxNumQueuePairs > 0xFFFF)
        {
            reason = $"the packed engine holds at most {MaxVms} VMs, {MaxHosts} hosts, 63 VFs and VPorts, 64 filters, 16 queue pairs per VPort and 65,535 in all";
            return null;
        }

        var candidates = SriovModel.CandidateCommands(config, SriovModel.Initial(config))
            .Where(c => ExplorationProfiles.Includes(profile, c))
            .ToArray();
        if (CandidateLayout.TryCreate(candidates, config, out reason) is not { } layout)
        {
            return null;
        }

        var engine = new PackedHostStack(config, symmetry, hostSymmetry, candidates, layout);
        if (engine.KeyBits > 128)
        {
            reason = $"a packed key of this configuration needs {engine.KeyBits} bits; the packed engine holds 128 (turn symmetry on, or use the generic engine)";
            return null;
        }

        return engine;
    }

    /// <summary>The records and switch bits of the initial world: every VM on its initial host, nothing else.</summary>
    public uint Initial(Span<ulong> records)
    {
        for (var v = 0; v < VmCount; v++)
        {
            records[v] = (ulong)config.InitialHostOf(v) << VmRecord.HostShift;
        }

        Canonicalize(records);
        return 0;
    }

    /// <summary>Orders the records of every class of interchangeable VMs (symmetry on); leaves them as they are otherwise.</summary>
    public void Canonicalize(Span<ulong> records)
    {
        if (!Symmetry)
        {
            return;
        }

        if (oneContiguousClass)
        {
            InsertionSort(records[..VmCount]);
            return;
        }

        Span<ulong> members = stackalloc ulong[MaxVms];
        foreach (var positions in classes)
        {
            if (positions.Length < 2)
            {
                continue;
            }

            for (var i = 0; i < positions.Length; i++)
            {
                members[i] = records[positions[i]];
            }

            InsertionSort(members[..positions.Length]);
            for (var i = 0; i < positions.Length; i++)
            {
                records[positions[i]] = members[i];
            }
        }
    }

    /// <summary>
    /// Canonicalises <paramref name="records"/> in place and packs them with <paramref name="switches"/> into a key; with
    /// host symmetry, the smallest key over the host permutations (the records are left as the identity's).
    /// </summary>
    public PackedKey Pack(Span<ulong> records, uint switches)
    {
        var key = PackCanonical(records, switches);
        if (hostPermutations.Length == 0)
        {
            return key;
        }

        Span<ulong> permuted = stackalloc ulong[MaxVms];
        foreach (var permutation in hostPermutations)
        {
            var permutedSwitches = 0u;
            for (var h = 0; h < HostCount; h++)
            {
                permutedSwitches |= ((switches >> h) & 1u) << permutation[h];
            }

            for (var v = 0; v < VmCount; v++)
            {
                var r = records[v];
                var moved = (r & ~((3UL << VmRecord.HostShift) | (3UL << VmRecord.DestinationShift))) | ((ulong)permutation[VmRecord.Host(r)] << VmRecord.HostShift);
                if (VmRecord.Is(r, VmRecord.Migrating))
                {
                    moved |= (ulong)permutation[VmRecord.Destination(r)] << VmRecord.DestinationShift;
                }

                permuted[v] = moved;
            }

            var candidate = PackCanonical(permuted, permutedSwitches);
            if (candidate.Hi < key.Hi || (candidate.Hi == key.Hi && candidate.Lo < key.Lo))
            {
                key = candidate;
            }
        }

        return key;
    }

    /// <summary>Every permutation of the hosts but the identity that maps each host to one of the same configuration.</summary>
    private static int[][] HostPermutations(ModelConfig config)
    {
        var result = new List<int[]>();
        var hosts = Enumerable.Range(0, config.HostCount).ToArray();
        void Permute(int at)
        {
            if (at == hosts.Length)
            {
                if (hosts.Where((h, i) => h != i).Any())
                {
                    result.Add([.. hosts]);
                }

                return;
            }

            for (var i = at; i < hosts.Length; i++)
            {
                (hosts[at], hosts[i]) = (hosts[i], hosts[at]);
                if (config.IsSriovEnabled(at) == config.IsSriovEnabled(hosts[at]))
                {
                    Permute(at + 1);
                }

                (hosts[at], hosts[i]) = (hosts[i], hosts[at]);
            }
        }

        Permute(0);
        return [.. result];
    }

    private PackedKey PackCanonical(Span<ulong> records, uint switches)
    {
        Canonicalize(records);
        ulong lo = switches;
        ulong hi = 0;
        var pos = HostCount;
        var width = recordWidth;
        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            if ((r & ~recordMask) != 0)
            {
                throw new InvalidOperationException($"packed record 0x{r:X} of VM {v} has bits outside the key layout 0x{recordMask:X}");
            }

            var bits = Extract(r, recordMask);
            if (pos >= 64)
            {
                hi |= bits << (pos - 64);
            }
            else
            {
                lo |= bits << pos;
                if (pos + width > 64)
                {
                    hi |= bits >> (64 - pos);
                }
            }

            pos += width;
        }

        if (pos >= 64)
        {
            hi |= 1UL << (pos - 64);
        }
        else
        {
            lo |= 1UL << pos;
        }

        return new PackedKey(lo, hi);
    }

    /// <summary>The records and switch bits of <paramref name="key"/>.</summary>
    public uint Unpack(PackedKey key, Span<ulong> records)
    {
        var pos = HostCount;
        var width = recordWidth;
        var fieldMask = (1UL << width) - 1;
        for (var v = 0; v < VmCount; v++)
        {
            ulong bits;
            if (pos >= 64)
            {
                bits = key.Hi >> (pos - 64);
            }
            else
            {
                bits = key.Lo >> pos;
                if (pos + width > 64)
                {
                    bits |= key.Hi << (64 - pos);
                }
            }

            records[v] = Deposit(bits & fieldMask, recordMask);
            pos += width;
        }

        return (uint)(key.Lo & ((1UL << HostCount) - 1));
    }
}
