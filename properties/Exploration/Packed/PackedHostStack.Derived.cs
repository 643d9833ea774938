// The packed engine: successors derived from SriovModel.Apply, memoized per VM and host view.
using SriovVerification.Exploration.Vacuity;
using P = SriovVerification.Exploration.Vacuity.InvariantPremises;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// The successor function, derived: the first time a view is met, the world is decoded (<see cref="ToModel"/>) and
/// every candidate command of the view's VM (or host) is run through <c>SriovModel.Apply</c> and checked by
/// <c>Invariants.CheckTransition</c>; the successors are packed back (<see cref="TryFromModel"/>) and kept as the VM's
/// new record (the host's new switch bit). From then on the view's successors are table look-ups.
/// </summary>
internal sealed partial class PackedHostStack
{
    private const ulong RefusedSwitch = 2;

    private readonly CandidateLayout layout;
    private readonly ViewTable vmViews;
    private readonly ViewTable hostViews;
    private ViewEntry[] vmEntries = new ViewEntry[1024];
    private ViewEntry[] hostEntries = new ViewEntry[64];
    private int[] successorSlots = new int[4096];
    private ulong[] successorRecords = new ulong[4096];
    private int successorCount;
    private ulong[] hostResults = new ulong[256];
    private int hostResultCount;
    private readonly List<(int Command, InvariantViolation Violation)> violations = [];

    /// <summary>The first transition invariant broken on a step of the last worlds expanded, or null (then the search stops).</summary>
    public InvariantViolation? StepViolation { get; private set; }

    /// <summary>The candidate index of <see cref="StepViolation"/>'s command.</summary>
    public int StepViolationCommand { get; private set; }

    /// <summary>Why a successor could not be derived (it does not pack, or changes more than its view), or null.</summary>
    public string? DerivationFailure { get; private set; }

    /// <summary>The candidate index of <see cref="DerivationFailure"/>'s command.</summary>
    public int DerivationFailureCommand { get; private set; }

    /// <summary>The premise facts (<see cref="InvariantPremises"/>) of the world the last <see cref="Expand"/> expanded.</summary>
    public int ExpandedFacts { get; private set; }

    /// <summary>Views met so far (VM views, host views): the memo's size.</summary>
    public (int Vms, int Hosts) ViewCounts => (vmViews.Count, hostViews.Count);

    /// <summary>
    /// Writes every successor of the world (<paramref name="records"/>, <paramref name="switches"/>) reached by an
    /// accepted candidate command, in candidate order, to <paramref name="output"/>; returns their number.
    /// </summary>
    public int Expand(ReadOnlySpan<ulong> records, uint switches, Span<PackedSuccessor> output)
    {
        Summarize(records);
        Span<ulong> key = stackalloc ulong[ViewWords];
        Span<int> hostEntry = stackalloc int[MaxHosts];
        Span<ulong> next = stackalloc ulong[MaxVms];
        ModelState? decoded = null;
        var facts = P.Always;
        var violation = int.MaxValue;
        if (!DeriveHosts(records, switches, key, hostEntry, ref decoded, ref facts, ref violation))
        {
            return 0;
        }

        var count = HostSuccessors(records, switches, hostEntry, next, output);
        var previousStart = count;
        for (var v = 0; v < VmCount; v++)
        {
            var r = records[v];
            var start = count;
            if (Symmetry && v > 0 && r == records[v - 1] && classOf[v] == classOf[v - 1])
            {
                // VM v and VM v − 1 are interchangeable and alike: the same commands lead to the same orbits.
                for (var i = previousStart; i < start; i++)
                {
                    output[count++] = new PackedSuccessor(output[i].Key, output[i].Command + layout.BlockLength, Repeat: true);
                }

                previousStart = start;
                continue;
            }

            previousStart = start;
            VmKey(records, switches, v, key);
            var e = VmEntry(key);
            if (!vmEntries[e].Computed && !DeriveVm(e, v, records, switches, decoded ??= ToModel(records[..VmCount], switches)))
            {
                return 0;
            }

            ref readonly var entry = ref vmEntries[e];
            facts |= entry.Facts;
            if (entry.ViolationSlot >= 0)
            {
                violation = Math.Min(violation, layout.VmCommand(v, entry.ViolationSlot));
            }

            for (var i = entry.Start; i < entry.Start + entry.Count; i++)
            {
                var c = layout.VmCommand(v, successorSlots[i]);
                var changed = successorRecords[i];
                if (changed == r)
                {
                    output[count++] = new PackedSuccessor(default, c);
                    continue;
                }

                records.CopyTo(next);
                next[v] = changed;
                output[count++] = new PackedSuccessor(Pack(next, switches), c);
            }
        }

        Conclude(facts, violation);
        return count;
    }

    /// <summary>Finds (deriving when new) each host's view entry; adds its facts and first violating command.</summary>
    private bool DeriveHosts(ReadOnlySpan<ulong> records, uint switches, Span<ulong> key, Span<int> hostEntry, ref ModelState? decoded, ref int facts, ref int violation)
    {
        for (var h = 0; h < HostCount; h++)
        {
            HostKey(switches, h, key);
            var e = hostEntry[h] = HostEntry(key);
            if (!hostEntries[e].Computed && !DeriveHost(e, h, records, switches, decoded ??= ToModel(records[..VmCount], switches)))
            {
                return false;
            }

            facts |= hostEntries[e].Facts;
            violation = Math.Min(violation, hostEntries[e].ViolationSlot < 0 ? int.MaxValue : layout.HostCommands[h][hostEntries[e].ViolationSlot]);
        }

        return true;
    }

    /// <summary>Writes the successors of the host commands (index &lt; <c>VmStart</c>) to <paramref name="output"/>; returns their number.</summary>
    private int HostSuccessors(ReadOnlySpan<ulong> records, uint switches, ReadOnlySpan<int> hostEntry, Span<ulong> next, Span<PackedSuccessor> output)
    {
        var count = 0;
        for (var c = 0; c < layout.VmStart; c++)
        {
            var h = layout.HostOf[c];
            var result = hostResults[hostEntries[hostEntry[h]].Start + layout.SlotOf[c]];
            if (result == RefusedSwitch)
            {
                continue;
            }

            var after = (switches & ~(1u << h)) | ((uint)result << h);
            records.CopyTo(next);
            output[count++] = new PackedSuccessor(after == switches ? default : Pack(next, after), c);
        }

        return count;
    }

    /// <summary>Keeps the expansion's facts and, the first time, the step violation it found.</summary>
    private void Conclude(int facts, int violation)
    {
        ExpandedFacts = facts;
        if (violation != int.MaxValue && StepViolation is null)
        {
            StepViolationCommand = violation;
            StepViolation = violations.First(p => p.Command == violation).Violation;
        }
    }

    /// <summary>Runs VM <paramref name="v"/>'s commands on the decoded world and keeps their successors as records of VM <paramref name="v"/>.</summary>
    private bool DeriveVm(int e, int v, ReadOnlySpan<ulong> records, uint switches, ModelState state)
    {
        Span<ulong> after = stackalloc ulong[MaxVms];
        var start = successorCount;
        var violationSlot = -1;
        for (var slot = 0; slot < layout.BlockLength; slot++)
        {
            var c = layout.VmCommand(v, slot);
            var command = Candidates[c];
            var transition = SriovModel.Apply(config, state, command);
            if (violationSlot < 0 && Invariants.CheckTransition(config, state, command, transition) is [var broken, ..])
            {
                violationSlot = slot;
                violations.Add((c, broken));
            }

            if (!transition.Outcome.IsSuccess)
            {
                continue;
            }

            if (!TryFromModel(transition.State, after, out var afterSwitches, out var reason) || !OnlyChanged(records, after, v) || afterSwitches != switches)
            {
                return Fail(c, reason.Length > 0 ? $"the model's successor does not pack: {reason}" : "the model's successor changes more than the VM's record");
            }

            Reserve(ref successorSlots, successorCount + 1);
            Reserve(ref successorRecords, successorCount + 1);
            successorSlots[successorCount] = slot;
            successorRecords[successorCount++] = after[v];
        }

        // The VM's premise facts: those of the world where every other VM holds nothing; the host-wide ones come from the hosts.
        for (var w = 0; w < VmCount; w++)
        {
            after[w] = w == v ? records[w] : records[w] & (3UL << VmRecord.HostShift);
        }

        vmEntries[e] = vmEntries[e] with
        {
            Computed = true,
            Start = start,
            Count = successorCount - start,
            ViolationSlot = violationSlot,
            Facts = P.Facts(ToModel(after[..VmCount], switches)) & ~(P.Switch | P.SwitchDeletable),
        };
        return true;
    }

    /// <summary>Runs host <paramref name="h"/>'s commands on the decoded world and keeps the switch bit each leaves.</summary>
    private bool DeriveHost(int e, int h, ReadOnlySpan<ulong> records, uint switches, ModelState state)
    {
        Span<ulong> after = stackalloc ulong[MaxVms];
        var commands = layout.HostCommands[h];
        Reserve(ref hostResults, hostResultCount + commands.Length);
        var start = hostResultCount;
        var violationSlot = -1;
        for (var slot = 0; slot < commands.Length; slot++)
        {
            var command = Candidates[commands[slot]];
            var transition = SriovModel.Apply(config, state, command);
            if (violationSlot < 0 && Invariants.CheckTransition(config, state, command, transition) is [var broken, ..])
            {
                violationSlot = slot;
                violations.Add((commands[slot], broken));
            }

            hostResults[start + slot] = RefusedSwitch;
            if (!transition.Outcome.IsSuccess)
            {
                continue;
            }

            if (!TryFromModel(transition.State, after, out var afterSwitches, out var reason) || !OnlyChanged(records, after, -1)
                || (afterSwitches & ~(1u << h)) != (switches & ~(1u << h)))
            {
                return Fail(commands[slot], reason.Length > 0 ? $"the model's successor does not pack: {reason}" : "the model's successor changes more than the host's switch");
            }

            hostResults[start + slot] = (afterSwitches >> h) & 1;
        }

        hostResultCount += commands.Length;

        // The host's premise facts: the host-wide ones of the world reduced to this host and the VMs on it.
        for (var w = 0; w < VmCount; w++)
        {
            after[w] = VmRecord.Host(records[w]) == h ? records[w] : records[w] & (3UL << VmRecord.HostShift);
        }

        hostEntries[e] = hostEntries[e] with
        {
            Computed = true,
            Start = start,
            ViolationSlot = violationSlot,
            Facts = P.Facts(ToModel(after[..VmCount], switches & (1u << h))) & (P.Switch | P.SwitchDeletable),
        };
        return true;
    }

    private bool Fail(int command, string reason)
    {
        DerivationFailure ??= reason;
        DerivationFailureCommand = command;
        return false;
    }

    /// <summary>Whether <paramref name="after"/> equals <paramref name="before"/> but for VM <paramref name="vm"/>'s record (every record when −1).</summary>
    private bool OnlyChanged(ReadOnlySpan<ulong> before, ReadOnlySpan<ulong> after, int vm)
    {
        for (var w = 0; w < VmCount; w++)
        {
            if (w != vm && after[w] != before[w])
            {
                return false;
            }
        }

        return true;
    }

    private int VmEntry(ReadOnlySpan<ulong> key)
    {
        var e = vmViews.Find(key);
        if (e >= 0)
        {
            return e;
        }

        e = vmViews.Add(key);
        Reserve(ref vmEntries, e + 1);
        vmEntries[e] = new ViewEntry { ViolationSlot = -1 };
        return e;
    }

    private int HostEntry(ReadOnlySpan<ulong> key)
    {
        var e = hostViews.Find(key);
        if (e >= 0)
        {
            return e;
        }

        e = hostViews.Add(key);
        Reserve(ref hostEntries, e + 1);
        hostEntries[e] = new ViewEntry { ViolationSlot = -1 };
        return e;
    }

    private static void Reserve<T>(ref T[] array, int length)
    {
        if (length > array.Length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }

    /// <summary>What the memo knows of one view.</summary>
    private record struct ViewEntry
    {
        /// <summary>The view was part of a world that passed every state invariant.</summary>
        public bool StateChecked { get; set; }

        /// <summary>The successors (and facts, and step violation) below are filled in.</summary>
        public bool Computed { get; set; }

        /// <summary>First successor (VM views: in the successor pool; host views: in the per-slot results).</summary>
        public int Start { get; set; }

        /// <summary>Successors (VM views).</summary>
        public int Count { get; set; }

        /// <summary>Premise facts this view contributes.</summary>
        public int Facts { get; set; }

        /// <summary>The slot of the first command whose step breaks a transition invariant, or −1.</summary>
        public int ViolationSlot { get; set; }
    }
}
