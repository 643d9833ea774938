// Coverage of a randomized run: command kinds, kernel transitions and self-loops, from the descriptor table.
using System.Globalization;
using SriovVerification.Exploration.Vacuity;
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// What a run exercised: per command kind how often it was generated, accepted and refused, and which transitions of the
/// model's kernel machines (<see cref="ModelMachines.VfLifecycle"/>, <see cref="ModelMachines.NicSwitch"/>) were seen.
/// A phase-changing transition counts when a step moved a VF (or a switch) from its source to its destination phase;
/// a self-loop counts when a command of its trigger was accepted in that phase.
/// </summary>
public sealed partial class Coverage
{
    private readonly Dictionary<string, long[]> kinds = new(StringComparer.Ordinal);
    private readonly List<string> kindOrder = [];
    private readonly Dictionary<string, long> exercised = new(StringComparer.Ordinal);
    private readonly List<string> transitions = [];
    private readonly long[] premiseSteps = new long[InvariantPremises.InvariantIds.Count];
    private readonly Dictionary<string, int> premisesEstablished = new(StringComparer.Ordinal);

    /// <summary>Empty coverage over <paramref name="kindNames"/> and the kernel machines' transitions.</summary>
    public Coverage(IEnumerable<string> kindNames)
    {
        ArgumentNullException.ThrowIfNull(kindNames);
        foreach (var name in kindNames)
        {
            kindOrder.Add(name);
            kinds[name] = new long[3];
        }

        foreach (var t in ModelMachines.VfLifecycle.GetInfo().Transitions)
        {
            transitions.Add(Key("VfLifecycle", t.Source, t.Trigger, t.Destination));
        }

        foreach (var t in ModelMachines.NicSwitch.GetInfo().Transitions)
        {
            transitions.Add(Key("NicSwitch", t.Source, t.Trigger, t.Destination));
        }
    }

    /// <summary>Records one checked step.</summary>
    public void Record(Command command, ModelState before, ModelState after, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var name = command.GetType().Name;
        if (!kinds.TryGetValue(name, out var counts))
        {
            counts = new long[3];
            kinds[name] = counts;
            kindOrder.Add(name);
        }

        counts[0]++;
        counts[accepted ? 1 : 2]++;
        var factsAfter = InvariantPremises.Facts(after);
        InvariantPremises.CountFacts(factsAfter, premiseSteps);
        if (accepted && (factsAfter & ~InvariantPremises.Facts(before)) is var established and not 0)
        {
            premisesEstablished[name] = premisesEstablished.GetValueOrDefault(name) | established;
        }
        if (!accepted)
        {
            return;
        }

        var descriptor = CommandDescriptors.Of(command);
        CountVmTransition(descriptor, command, before, after);
        for (var h = 0; h < before.Hosts.Length && h < after.Hosts.Length; h++)
        {
            var b = before.Hosts[h];
            var a = after.Hosts[h];
            var switchBefore = ModelMachines.SwitchPhaseOf(b);
            var switchAfter = ModelMachines.SwitchPhaseOf(a);
            if (switchBefore != switchAfter)
            {
                MarkPhaseChange("NicSwitch", switchBefore.ToString(), switchAfter.ToString(), descriptor.SwitchTriggerOf(command)?.ToString());
            }
            else if (descriptor.SwitchSelfLoopTrigger is { } switchLoop && descriptor.HostOf!(command) == h)
            {
                Count(Key("NicSwitch", switchBefore.ToString(), switchLoop.ToString(), switchBefore.ToString()));
            }

            if (descriptor.Traits.HasFlag(CommandTraits.TearsDownPf))
            {
                // The VFs vanish with the switch: no VF lifecycle transition is taken.
                continue;
            }

            var vfCount = Math.Max(b.Vfs.Length, a.Vfs.Length);
            for (var vf = 0; vf < vfCount; vf++)
            {
                var phaseBefore = vf < b.Vfs.Length ? ModelMachines.PhaseOf(b, vf) : VfPhase.Free;
                var phaseAfter = vf < a.Vfs.Length ? ModelMachines.PhaseOf(a, vf) : VfPhase.Free;
                if (phaseBefore != phaseAfter)
                {
                    MarkPhaseChange("VfLifecycle", phaseBefore.ToString(), phaseAfter.ToString(), descriptor.VfTrigger?.ToString());
                }
                else if (SelfLoopTrigger(descriptor, command, h, vf, before) is { } trigger)
                {
                    Count(Key("VfLifecycle", phaseBefore.ToString(), trigger, phaseBefore.ToString()));
                }
            }
        }
    }

    /// <summary>Per command kind, in candidate order.</summary>
    public IReadOnlyList<GeneratedKindCoverage> Kinds
    {
        get
        {
            var rows = new List<GeneratedKindCoverage>(kindOrder.Count);
            foreach (var name in kindOrder)
            {
                var c = kinds[name];
                rows.Add(new GeneratedKindCoverage(name, c[0], c[1], c[2]));
            }

            return rows;
        }
    }

    /// <summary>Kernel transitions never exercised, as <c>Machine: Source --Trigger--> Destination</c>.</summary>
    public IReadOnlyList<string> UnexercisedTransitions
    {
        get
        {
            var missing = new List<string>();
            foreach (var t in transitions)
            {
                if (!exercised.ContainsKey(t))
                {
                    missing.Add(t);
                }
            }

            return missing;
        }
    }

    /// <summary>
    /// How often a kernel transition was taken (<c>Machine: Source --Trigger--> Destination</c>; a phase change counts once
    /// per VF or switch that made it: the command's own trigger when it fires exactly one, else every trigger of the table
    /// between those two phases); 0 for one never taken.
    /// </summary>
    public long TimesTaken(string machine, string source, string trigger, string destination) =>
        exercised.GetValueOrDefault(Key(machine, source, trigger, destination));

    /// <summary>Per invariant, its premise and the checked steps after which it held (0: the invariant was only checked vacuously).</summary>
    public IReadOnlyList<(string InvariantId, string Premise, long Steps)> Premises =>
        [.. InvariantPremises.InvariantIds.Select((id, i) => (id, InvariantPremises.PremiseOf(id) ?? "", premiseSteps[i]))];

    /// <summary>How many kernel transitions there are.</summary>
    public int TransitionCount => transitions.Count;

    /// <summary>Adds <paramref name="other"/>'s counts to this one.</summary>
    public void Add(Coverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var name in other.kindOrder)
        {
            if (!kinds.TryGetValue(name, out var counts))
            {
                counts = new long[3];
                kinds[name] = counts;
                kindOrder.Add(name);
            }

            var o = other.kinds[name];
            for (var i = 0; i < 3; i++)
            {
                counts[i] += o[i];
            }
        }

        for (var i = 0; i < premiseSteps.Length; i++)
        {
            premiseSteps[i] += other.premiseSteps[i];
        }

        foreach (var (key, count) in other.exercised)
        {
            exercised[key] = exercised.GetValueOrDefault(key) + count;
        }

        foreach (var (name, facts) in other.premisesEstablished)
        {
            premisesEstablished[name] = premisesEstablished.GetValueOrDefault(name) | facts;
        }
    }

    /// <summary>
    /// The kinds whose accepted steps made an invariant premise hold that held after fewer than
    /// <paramref name="fraction"/> of the checked steps (the steps that lead toward what the run rarely checks).
    /// </summary>
    public IReadOnlySet<string> RarePremiseMakers(double fraction)
    {
        long total = 0;
        foreach (var counts in kinds.Values)
        {
            total += counts[0];
        }

        var rare = 0;
        for (var i = 0; i < premiseSteps.Length; i++)
        {
            rare |= premiseSteps[i] < fraction * total ? InvariantPremises.FactOf(i) : 0;
        }

        var makers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, facts) in premisesEstablished)
        {
            if ((facts & rare) != 0)
            {
                makers.Add(name);
            }
        }

        return makers;
    }

    /// <summary>The kernel-machine triggers (VF lifecycle, NIC switch) a command of this kind may fire, composite host-stack commands included.</summary>
    public static IReadOnlyList<string> TriggersOf(Command command) => CommandDescriptors.Of(command).KernelTriggers;

    /// <summary>Sets every count back to zero and forgets what was exercised (the kinds stay, in their order).</summary>
    public void Clear()
    {
        foreach (var counts in kinds.Values)
        {
            Array.Clear(counts);
        }

        exercised.Clear();
        Array.Clear(premiseSteps);
    }

    /// <summary>Marks the transitions from source to destination: only the one of <paramref name="trigger"/> when the command fires exactly one.</summary>
    private void MarkPhaseChange(string machine, string source, string destination, string? trigger = null)
    {
        if (trigger is not null && transitions.Contains(Key(machine, source, trigger, destination)))
        {
            Count(Key(machine, source, trigger, destination));
            return;
        }

        var prefix = machine + ": " + source + " --";
        var suffix = "--> " + destination;
        foreach (var t in transitions)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal) && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                Count(t);
            }
        }
    }

    /// <summary>
    /// The VM attachment machine's transition an accepted VM command took (its own trigger, from the VM's phase before to
    /// its phase after), counted for <see cref="TimesTaken"/>; these are not among the kernel transitions of
    /// <see cref="UnexercisedTransitions"/>.
    /// </summary>
    private void CountVmTransition(CommandDescriptor descriptor, Command command, ModelState before, ModelState after)
    {
        if (descriptor.VmTriggerOf(command) is not { } trigger)
        {
            return;
        }

        var vm = descriptor.VmOf!(command);
        if (vm >= 0 && vm < before.Vms.Length && vm < after.Vms.Length)
        {
            Count(Key("VmAttachment", ModelMachines.VmPhaseOf(before.Vms[vm]).ToString(), trigger.ToString(), ModelMachines.VmPhaseOf(after.Vms[vm]).ToString()));
        }
    }

    /// <summary>
    /// The self-loop an accepted command took on VF <paramref name="vf"/> of host <paramref name="host"/>: its kind's
    /// <see cref="CommandDescriptor.SelfLoopTrigger"/>, when the command addresses that VF (by VFId, else through its VM).
    /// </summary>
    private static string? SelfLoopTrigger(CommandDescriptor descriptor, Command command, int host, int vf, ModelState before)
    {
        if (descriptor.SelfLoopTrigger is not { } trigger)
        {
            return null;
        }

        var addressed = descriptor.VfIdOf is { } vfIdOf
            ? descriptor.HostOf!(command) == host && vfIdOf(command) == vf
            : OwnsVf(before, descriptor.VmOf!(command), host, vf);
        return addressed ? trigger.ToString() : null;
    }

    private static bool OwnsVf(ModelState state, int vm, int host, int vf) =>
        vm >= 0 && vm < state.Vms.Length && state.Vms[vm].Host == host && vf < state.Hosts[host].Vfs.Length && state.Hosts[host].Vfs[vf].OwnerVm == vm;

    private void Count(string key) => exercised[key] = exercised.GetValueOrDefault(key) + 1;

    private static string Key(string machine, string source, string trigger, string destination) =>
        string.Create(CultureInfo.InvariantCulture, $"{machine}: {source} --{trigger}--> {destination}");
}
