using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using SriovVerification.Model;

namespace SriovVerification.Harness.Exploration.Packed;

/// <summary>A packed world's key: up to 128 bits, with a sentinel bit above the last field so that no key is zero.</summary>
/// <param name="Lo">Bits 0 … 63.</param>
/// <param name="Hi">Bits 64 … 127.</param>
internal readonly record struct PackedKey(ulong Lo, ulong Hi);

/// <summary>A successor found by <see cref="PackedHostStack.Expand"/>: its key and the candidate command that leads there.</summary>
/// <param name="Key">The successor's key (canonical under symmetry).</param>
/// <param name="Command">Index of the command in <see cref="PackedHostStack.Candidates"/>.</param>
/// <param name="Repeat">
/// The same key as a successor listed just before it (the same command for an interchangeable VM with the same
/// record): a transition, but never a new state.
/// </param>
internal readonly record struct PackedSuccessor(PackedKey Key, int Command, bool Repeat = false);

/// <summary>
/// The model under the hoststack profile compiled to a transition function over packed worlds: a switch bit per host
/// and one <see cref="VmRecord"/> per VM. It is a second implementation of what <c>SriovModel.Apply</c> does for the
/// profile's commands (<c>docs/MODEL.md</c>), written for speed: no allocation, no object graph, a few bit operations
/// per command. It is checked against <c>SriovModel.Apply</c> — state for state and command for command — by the tests
/// and, during every run, on a sample of the states it reaches (<see cref="PackedExplorer"/>).
/// </summary>
internal sealed partial class PackedHostStack
{
    /// <summary>VMs a packed world holds at most.</summary>
    public const int MaxVms = 8;

    /// <summary>Hosts a packed world holds at most.</summary>
    public const int MaxHosts = 4;

    private readonly ModelConfig config;
    private readonly PackedMove[] moves;
    private readonly int[][] classes;
    private readonly int[] classOf;
    private readonly bool oneContiguousClass;
    private readonly ulong recordMask;
    private readonly int recordWidth;
    private readonly int keyBits;
    private readonly uint sriovHosts;
    private readonly int numVfs;
    private readonly int maxVPorts;
    private readonly int maxQueuePairs;
    private readonly int maxQueuePairsPerVPort;
    private readonly int defaultQueuePairs;
    private readonly int maxFilters;
    private readonly bool guestDriven;

    private readonly int[][] hostPermutations;
    private readonly int vmMovesStart;
    private readonly int vmBlockLength;
    private readonly ulong localMask;
    private readonly int[] plausible;

    private PackedHostStack(ModelConfig config, bool symmetry, bool hostSymmetry, IReadOnlyList<Command> candidates)
    {
        this.config = config;
        Symmetry = symmetry;
        HostSymmetry = symmetry && hostSymmetry;
        VmCount = config.VmCount;
        HostCount = config.HostCount;
        Candidates = candidates;
        moves = new PackedMove[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            moves[c] = Compile(config, candidates[c]);
        }

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

        for (var h = 0; h < HostCount; h++)
        {
            sriovHosts |= config.IsSriovEnabled(h) ? 1u << h : 0;
        }

        numVfs = config.NumVfs;
        maxVPorts = config.MaxNumVPorts;
        maxQueuePairs = config.MaxNumQueuePairs;
        maxQueuePairsPerVPort = config.MaxNumQueuePairsPerNonDefaultVPort;
        defaultQueuePairs = config.DefaultVPortQueuePairs;
        maxFilters = config.MaxReceiveFilters;
        guestDriven = config.FilterMovePolicy == FilterMovePolicy.GuestDriven;

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
            mask |= Field(VmRecord.VfIdShift, BitsFor(numVfs - 1)) | Field(VmRecord.VPortIdShift, BitsFor(maxVPorts - 1))
                | Field(VmRecord.FilterIdShift, BitsFor(maxFilters));
        }

        recordMask = mask;
        localMask = mask & ~VmRecord.IdFields;
        (vmMovesStart, vmBlockLength) = VmBlocks(candidates, moves, VmCount);
        plausible = vmBlockLength > 0 ? new int[1 << BitOperations.PopCount(localMask)] : [];
        recordWidth = BitOperations.PopCount(mask);
        keyBits = HostCount + (VmCount * recordWidth);
        KeyWords = keyBits + 1 <= 64 ? 1 : 2;
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

    /// <summary>The first INV-22 violation the last <see cref="Expand"/> found on a removal step, or null.</summary>
    public InvariantViolation? StepViolation { get; private set; }

    /// <summary>The candidate index of <see cref="StepViolation"/>'s command.</summary>
    public int StepViolationCommand { get; private set; }

    /// <summary>The compiled form of every candidate command, by index.</summary>
    public IReadOnlyList<PackedMove> Moves => moves;

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
            || config.MaxReceiveFilters > 127 || config.MaxNumQueuePairsPerNonDefaultVPort > 16)
        {
            reason = $"the packed engine holds at most {MaxVms} VMs, {MaxHosts} hosts, 63 VFs and VPorts, 127 filters and 16 queue pairs per VPort";
            return null;
        }

        var candidates = SriovModel.CandidateCommands(config, SriovModel.Initial(config))
            .Where(c => ExplorationProfiles.Includes(profile, c))
            .ToArray();
        var engine = new PackedHostStack(config, symmetry, hostSymmetry, candidates);
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

    /// <summary>
    /// Writes every successor of the world (<paramref name="records"/>, <paramref name="switches"/>) reached by an
    /// accepted candidate command, in candidate order, to <paramref name="output"/>; returns their number.
    /// </summary>
    public int Expand(ReadOnlySpan<ulong> records, uint switches, Span<PackedSuccessor> output)
    {
        var n = VmCount;
        Span<int> vfCount = stackalloc int[MaxHosts];
        Span<int> filterCount = stackalloc int[MaxHosts];
        Span<int> queuePairs = stackalloc int[MaxHosts];
        Span<ulong> vfIds = stackalloc ulong[MaxHosts];
        Span<ulong> vportIds = stackalloc ulong[MaxHosts];
        Span<ulong> filterIds = stackalloc ulong[MaxHosts];
        for (var h = 0; h < MaxHosts; h++)
        {
            queuePairs[h] = defaultQueuePairs;
            vportIds[h] = 1;
            filterIds[h] = 1;
        }

        for (var v = 0; v < n; v++)
        {
            var r = records[v];
            var h = VmRecord.Host(r);
            if (VmRecord.Is(r, VmRecord.HasVf))
            {
                vfCount[h]++;
                queuePairs[h] += VmRecord.QueuePairs(r);
                vfIds[h] |= 1UL << VmRecord.VfId(r);
                vportIds[h] |= 1UL << VmRecord.VPortId(r);
            }

            if (VmRecord.Is(r, VmRecord.Connected))
            {
                filterCount[h]++;
                filterIds[h] |= 1UL << VmRecord.FilterId(r);
            }
        }

        Span<ulong> next = stackalloc ulong[MaxVms];
        var count = 0;
        var hostEnd = vmBlockLength > 0 ? vmMovesStart : moves.Length;
        for (var c = 0; c < hostEnd; c++)
        {
            var move = moves[c];
            var s = move.Subject;
            switch (move.Kind)
            {
                case PackedMoveKind.CreateSwitch:
                    if ((sriovHosts & (1u << s)) == 0 || (switches & (1u << s)) != 0)
                    {
                        continue;
                    }

                    records.CopyTo(next);
                    output[count++] = new PackedSuccessor(Pack(next, switches | (1u << s)), c);
                    continue;
                case PackedMoveKind.DeleteSwitch:
                    if ((sriovHosts & (1u << s)) == 0 || (switches & (1u << s)) == 0 || vfCount[s] != 0 || filterCount[s] != 0)
                    {
                        continue;
                    }

                    records.CopyTo(next);
                    output[count++] = new PackedSuccessor(Pack(next, switches & ~(1u << s)), c);
                    continue;
                case PackedMoveKind.Never:
                    continue;
            }

            if (TryMove(move, records[s], switches, vfCount, filterCount, queuePairs, vfIds, vportIds, filterIds, out var changed))
            {
                count = Emit(records, next, s, changed, c, switches, output, count);
            }
        }

        if (vmBlockLength == 0)
        {
            return count;
        }

        // VM commands: per VM, only the slots its record alone does not rule out (cached per record), in candidate order.
        var previousStart = count;
        for (var v = 0; v < n; v++)
        {
            var r = records[v];
            var start = count;
            if (Symmetry && v > 0 && r == records[v - 1] && classOf[v] == classOf[v - 1])
            {
                // VM v and VM v − 1 are interchangeable and alike: the same commands lead to the same orbits.
                for (var i = previousStart; i < start; i++)
                {
                    output[count++] = new PackedSuccessor(output[i].Key, output[i].Command + vmBlockLength, Repeat: true);
                }

                previousStart = start;
                continue;
            }

            previousStart = start;
            var local = (int)Extract(r, localMask);
            var slots = plausible[local];
            if (slots == 0)
            {
                slots = plausible[local] = PlausibleSlots(r);
            }

            var mask = (uint)slots & int.MaxValue;
            var blockStart = vmMovesStart + (v * vmBlockLength);
            while (mask != 0)
            {
                var c = blockStart + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (TryMove(moves[c], r, switches, vfCount, filterCount, queuePairs, vfIds, vportIds, filterIds, out var changed))
                {
                    count = Emit(records, next, v, changed, c, switches, output, count);
                }
            }
        }

        return count;
    }

    /// <summary>Writes the successor in which VM <paramref name="vm"/>'s record became <paramref name="changed"/>; checks INV-22 on removals.</summary>
    private int Emit(ReadOnlySpan<ulong> records, Span<ulong> next, int vm, ulong changed, int command, uint switches, Span<PackedSuccessor> output, int count)
    {
        var kind = moves[command].Kind;
        if (kind is PackedMoveKind.RemovalTimeout or PackedMoveKind.HostDetachVf && StepViolation is null && CheckStep(kind, vm, changed) is { } violation)
        {
            StepViolation = violation;
            StepViolationCommand = command;
        }

        if (changed == records[vm])
        {
            output[count] = new PackedSuccessor(default, command);
            return count + 1;
        }

        records.CopyTo(next);
        next[vm] = changed;
        output[count] = new PackedSuccessor(Pack(next, switches), command);
        return count + 1;
    }

    /// <summary>
    /// The slots of a VM's command block that a VM with record <paramref name="r"/> may have enabled: <see cref="TryMove"/>
    /// under the most permissive host (switch present, nothing allocated, no filter, no queue pair used). A superset of
    /// the enabled slots in any world, marked with bit 31 so that 0 means "not computed yet".
    /// </summary>
    private int PlausibleSlots(ulong r)
    {
        Span<int> zeros = stackalloc int[MaxHosts];
        Span<int> queuePairs = stackalloc int[MaxHosts];
        Span<ulong> none = stackalloc ulong[MaxHosts];
        Span<ulong> reserved = stackalloc ulong[MaxHosts];
        queuePairs.Fill(defaultQueuePairs);
        reserved.Fill(1);
        var slots = 1 << 31;
        for (var slot = 0; slot < vmBlockLength; slot++)
        {
            if (TryMove(moves[vmMovesStart + slot], r & ~VmRecord.IdFields, uint.MaxValue, zeros, zeros, queuePairs, none, reserved, reserved, out _))
            {
                slots |= 1 << slot;
            }
        }

        return slots;
    }

    /// <summary>
    /// Where the VM commands start and how many each VM has, when the candidates are host commands followed by one
    /// block per VM in VM order, every block with the same commands; (0, 0) otherwise (then every candidate is tried).
    /// </summary>
    private static (int Start, int Length) VmBlocks(IReadOnlyList<Command> candidates, PackedMove[] moves, int vmCount)
    {
        var start = 0;
        while (start < candidates.Count && candidates[start] is Command.CreateSwitch or Command.DeleteSwitch)
        {
            start++;
        }

        var total = candidates.Count - start;
        if (vmCount == 0 || total % vmCount != 0 || total / vmCount > 31)
        {
            return (0, 0);
        }

        var length = total / vmCount;
        for (var v = 0; v < vmCount; v++)
        {
            for (var slot = 0; slot < length; slot++)
            {
                var move = moves[start + (v * length) + slot];
                var first = moves[start + slot];
                if (candidates[start + (v * length) + slot] is Command.CreateSwitch or Command.DeleteSwitch
                    || move.Subject != v || move.Kind != first.Kind || move.Parameter != first.Parameter)
                {
                    return (0, 0);
                }
            }
        }

        return (start, length);
    }

    /// <summary>
    /// Whether VM command <paramref name="move"/> is accepted for the VM with record <paramref name="r"/>, given its
    /// host's aggregates; the VM's record afterwards in <paramref name="changed"/>.
    /// </summary>
    private bool TryMove(
        PackedMove move, ulong r, uint switches, ReadOnlySpan<int> vfCount, ReadOnlySpan<int> filterCount, ReadOnlySpan<int> queuePairs,
        ReadOnlySpan<ulong> vfIds, ReadOnlySpan<ulong> vportIds, ReadOnlySpan<ulong> filterIds, out ulong changed)
    {
        changed = r;
        var h = VmRecord.Host(r);
        var hasVf = VmRecord.Is(r, VmRecord.HasVf);
        var device = VmRecord.Device(r);
        var removal = VmRecord.Is(r, VmRecord.RemovalRequested);
        switch (move.Kind)
        {
            case PackedMoveKind.VmConnect:
                if (VmRecord.Is(r, VmRecord.Migrating | VmRecord.Connected) || (switches & (1u << h)) == 0 || filterCount[h] >= maxFilters)
                {
                    return false;
                }

                changed = VmRecord.WithFilterId(r | VmRecord.Connected, Symmetry ? 0 : SmallestFree(filterIds[h]));
                break;
            case PackedMoveKind.VmDisconnect:
                if (!VmRecord.Is(r, VmRecord.Connected) || hasVf)
                {
                    return false;
                }

                changed = VmRecord.WithFilterId(r & ~(VmRecord.Connected | VmRecord.FilterOnVf), 0);
                break;
            case PackedMoveKind.HostAttachVf:
                var qp = move.Parameter;
                if ((sriovHosts & (1u << h)) == 0 || VmRecord.Is(r, VmRecord.Migrating) || !VmRecord.Is(r, VmRecord.Connected) || hasVf
                    || (switches & (1u << h)) == 0 || vfCount[h] >= numVfs || qp < 1 || qp > maxQueuePairsPerVPort
                    || 1 + vfCount[h] >= maxVPorts || queuePairs[h] + qp > maxQueuePairs)
                {
                    return false;
                }

                changed = r | VmRecord.HasVf | ((ulong)VfDeviceState.Offered << VmRecord.DeviceShift) | ((ulong)(qp - 1) << VmRecord.QueuePairsShift);
                if (!Symmetry)
                {
                    changed |= ((ulong)SmallestFree(vfIds[h]) << VmRecord.VfIdShift) | ((ulong)SmallestFree(vportIds[h]) << VmRecord.VPortIdShift);
                }

                if (!guestDriven)
                {
                    changed |= VmRecord.FilterOnVf;
                }

                break;
            case PackedMoveKind.MoveVmFilterToVf:
                if (!VmRecord.Is(r, VmRecord.Connected) || !hasVf)
                {
                    return false;
                }

                changed = r | VmRecord.FilterOnVf;
                break;
            case PackedMoveKind.MoveVmFilterToSynthetic:
                if (!VmRecord.Is(r, VmRecord.Connected) || VmRecord.Is(r, VmRecord.DataPathVf))
                {
                    return false;
                }

                changed = r & ~VmRecord.FilterOnVf;
                break;
            case PackedMoveKind.OfferVf:
                if (!hasVf || device != (int)VfDeviceState.Absent || removal)
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r, (int)VfDeviceState.Offered);
                break;
            case PackedMoveKind.RequestVfRemoval:
                if (!hasVf || device == (int)VfDeviceState.Absent)
                {
                    return false;
                }

                if (device == (int)VfDeviceState.Offered)
                {
                    changed = VmRecord.WithDevice(r, (int)VfDeviceState.Absent);
                }
                else if (!removal)
                {
                    changed = r | VmRecord.RemovalRequested;
                }
                else
                {
                    return false;
                }

                break;
            case PackedMoveKind.RemovalTimeout:
                if (!hasVf || device == (int)VfDeviceState.Absent || !removal)
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r & ~(VmRecord.RemovalRequested | VmRecord.FilterOnVf | VmRecord.DataPathVf), (int)VfDeviceState.SurpriseRemoved);
                break;
            case PackedMoveKind.HostDetachVf:
                if (!hasVf || device != (int)VfDeviceState.Absent)
                {
                    return false;
                }

                changed = r & ~VmRecord.VfFields;
                break;
            case PackedMoveKind.LiveMigrationStart:
                var destination = move.Parameter;
                if (VmRecord.Is(r, VmRecord.Migrating) || destination == h || hasVf)
                {
                    return false;
                }

                changed = VmRecord.WithFilterId(r & ~(VmRecord.Connected | VmRecord.FilterOnVf | (3UL << VmRecord.DestinationShift)), 0)
                    | VmRecord.Migrating | ((ulong)destination << VmRecord.DestinationShift);
                break;
            case PackedMoveKind.LiveMigrationResume:
                if (!VmRecord.Is(r, VmRecord.Migrating))
                {
                    return false;
                }

                var to = VmRecord.Destination(r);
                changed = (r & VmRecord.VfFields & ~VmRecord.FilterOnVf) | ((ulong)to << VmRecord.HostShift);
                if ((switches & (1u << to)) != 0 && filterCount[to] < maxFilters)
                {
                    changed = VmRecord.WithFilterId(changed | VmRecord.Connected, Symmetry ? 0 : SmallestFree(filterIds[to]));
                }

                break;
            case PackedMoveKind.GuestInitializeVf:
                if (!hasVf || device != (int)VfDeviceState.Offered)
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r | VmRecord.Initialized | VmRecord.Dma, (int)VfDeviceState.Initialized);
                break;
            case PackedMoveKind.GuestBindNetVsc:
                if (!hasVf || device != (int)VfDeviceState.Initialized || removal)
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r, (int)VfDeviceState.Bound);
                break;
            case PackedMoveKind.GuestSwitchToVf:
                if (VmRecord.Is(r, VmRecord.DataPathVf) || !hasVf || device != (int)VfDeviceState.Bound || removal
                    || !VmRecord.Is(r, VmRecord.Connected) || !(guestDriven || VmRecord.Is(r, VmRecord.FilterOnVf)))
                {
                    return false;
                }

                changed = r | VmRecord.DataPathVf | (guestDriven ? VmRecord.FilterOnVf : 0);
                break;
            case PackedMoveKind.GuestSwitchToSynthetic:
                if (!VmRecord.Is(r, VmRecord.DataPathVf))
                {
                    return false;
                }

                changed = r & ~(VmRecord.DataPathVf | (guestDriven ? VmRecord.FilterOnVf : 0));
                break;
            case PackedMoveKind.GuestPauseVf:
                if (!hasVf || !removal || VmRecord.Is(r, VmRecord.DataPathVf)
                    || (device != (int)VfDeviceState.Initialized && device != (int)VfDeviceState.Bound))
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r, device == (int)VfDeviceState.Bound ? (int)VfDeviceState.Paused : (int)VfDeviceState.Unbound);
                break;
            case PackedMoveKind.GuestUnbindNetVsc:
                if (!hasVf || device != (int)VfDeviceState.Paused)
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r, (int)VfDeviceState.Unbound);
                break;
            case PackedMoveKind.GuestHaltVf:
                if (!hasVf || (device != (int)VfDeviceState.Unbound && device != (int)VfDeviceState.SurpriseRemoved))
                {
                    return false;
                }

                changed = VmRecord.WithDevice(r & ~(VmRecord.RemovalRequested | VmRecord.Dma), (int)VfDeviceState.Absent);
                break;
            default:
                return false;
        }

        return true;
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

    private static void InsertionSort(Span<ulong> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && items[j] > item)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static int SmallestFree(ulong used) => BitOperations.TrailingZeroCount(~used);

    private static int BitsFor(int maxValue) => maxValue <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)maxValue);

    private static ulong Field(int shift, int bits) => bits == 0 ? 0 : ((1UL << bits) - 1) << shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Extract(ulong value, ulong mask)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitExtract(value, mask);
        }

        ulong result = 0;
        var bit = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            var lowest = m & (~m + 1);
            if ((value & lowest) != 0)
            {
                result |= 1UL << bit;
            }

            bit++;
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Deposit(ulong value, ulong mask)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitDeposit(value, mask);
        }

        ulong result = 0;
        var bit = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            var lowest = m & (~m + 1);
            if ((value & (1UL << bit)) != 0)
            {
                result |= lowest;
            }

            bit++;
        }

        return result;
    }

    private static PackedMove Compile(ModelConfig config, Command command) => command switch
    {
        Command.CreateSwitch c when c.SwitchId == 0 && c.External && c.NumVfs == config.NumVfs => new(PackedMoveKind.CreateSwitch, c.Host, 0),
        Command.CreateSwitch c when c.SwitchId != 0 || !c.External || c.NumVfs < 1 || c.NumVfs > config.TotalVfs => new(PackedMoveKind.Never, c.Host, 0),
        Command.DeleteSwitch c => new(c.SwitchId == 0 ? PackedMoveKind.DeleteSwitch : PackedMoveKind.Never, c.Host, 0),
        Command.VmConnect c => new(PackedMoveKind.VmConnect, c.Vm, 0),
        Command.VmDisconnect c => new(PackedMoveKind.VmDisconnect, c.Vm, 0),
        Command.HostAttachVf c => new(PackedMoveKind.HostAttachVf, c.Vm, c.QueuePairs),
        Command.MoveVmFilter c => new(c.Target == DataPath.Vf ? PackedMoveKind.MoveVmFilterToVf : PackedMoveKind.MoveVmFilterToSynthetic, c.Vm, 0),
        Command.OfferVf c => new(PackedMoveKind.OfferVf, c.Vm, 0),
        Command.RequestVfRemoval c => new(PackedMoveKind.RequestVfRemoval, c.Vm, 0),
        Command.RemovalTimeout c => new(PackedMoveKind.RemovalTimeout, c.Vm, 0),
        Command.HostDetachVf c => new(PackedMoveKind.HostDetachVf, c.Vm, 0),
        Command.LiveMigrationStart c => new(
            c.DestinationHost >= 0 && c.DestinationHost < config.HostCount ? PackedMoveKind.LiveMigrationStart : PackedMoveKind.Never, c.Vm, c.DestinationHost),
        Command.LiveMigrationResume c => new(PackedMoveKind.LiveMigrationResume, c.Vm, 0),
        Command.GuestInitializeVf c => new(PackedMoveKind.GuestInitializeVf, c.Vm, 0),
        Command.GuestBindNetVsc c => new(PackedMoveKind.GuestBindNetVsc, c.Vm, 0),
        Command.GuestSwitchDataPath c => new(c.Target == DataPath.Vf ? PackedMoveKind.GuestSwitchToVf : PackedMoveKind.GuestSwitchToSynthetic, c.Vm, 0),
        Command.GuestPauseVf c => new(PackedMoveKind.GuestPauseVf, c.Vm, 0),
        Command.GuestUnbindNetVsc c => new(PackedMoveKind.GuestUnbindNetVsc, c.Vm, 0),
        Command.GuestHaltVf c => new(PackedMoveKind.GuestHaltVf, c.Vm, 0),
        _ => throw new NotSupportedException($"the packed engine has no compiled form of {command}"),
    };
}
