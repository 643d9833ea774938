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

        CountVmTransition(command, before, after);
        for (var h = 0; h < before.Hosts.Length && h < after.Hosts.Length; h++)
        {
            var b = before.Hosts[h];
            var a = after.Hosts[h];
            var switchBefore = ModelMachines.SwitchPhaseOf(b);
            var switchAfter = ModelMachines.SwitchPhaseOf(a);
            if (switchBefore != switchAfter)
            {
                MarkPhaseChange("NicSwitch", switchBefore.ToString(), switchAfter.ToString(), SwitchTriggerOf(command));
            }
            else if (command is Command.PfReset reset && reset.Host == h)
            {
                Count(Key("NicSwitch", switchBefore.ToString(), nameof(SwitchTrigger.PfReset), switchBefore.ToString()));
            }

            if (command is Command.PfHalt or Command.PfReset)
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
                    MarkPhaseChange("VfLifecycle", phaseBefore.ToString(), phaseAfter.ToString(), VfTriggerOf(command));
                }
                else if (SelfLoopTrigger(command, h, vf, before) is { } trigger)
                {
                    Count(Key("VfLifecycle", phaseBefore.ToString(), trigger, phaseBefore.ToString()));
                }
            }
        }
    }

    /// <summary>Per command kind, in candidate order.</summary>
    public IReadOnlyList<CommandKindCoverage> Kinds
    {
        get
        {
            var rows = new List<CommandKindCoverage>(kindOrder.Count);
            foreach (var name in kindOrder)
            {
                var c = kinds[name];
                rows.Add(new CommandKindCoverage(name, c[0], c[1], c[2]));
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
    public static IReadOnlyList<string> TriggersOf(Command command) => command switch
    {
        Command.CreateSwitch => [nameof(SwitchTrigger.CreateSwitch)],
        Command.DeleteSwitch => [nameof(SwitchTrigger.DeleteSwitch)],
        Command.AllocateVf => [nameof(VfTrigger.Allocate)],
        Command.FreeVf => [nameof(VfTrigger.Free)],
        Command.CreateVPort => [nameof(VfTrigger.CreateVPort)],
        Command.DeleteVPort => [nameof(VfTrigger.DeleteVPort)],
        Command.HostAttachVf => [nameof(VfTrigger.Allocate), nameof(VfTrigger.CreateVPort), nameof(VfTrigger.Offer)],
        Command.HostDetachVf => [nameof(VfTrigger.DeleteVPort), nameof(VfTrigger.Free)],
        Command.GuestSwitchDataPath => [nameof(VfTrigger.SwitchToVf)],
        Command.GuestHandleInvalidation => [nameof(VfTrigger.HandleInvalidation)],
        Command.ReadVfConfigSpace or Command.WriteVfConfigSpace or Command.ReadVfConfigBlock or Command.WriteVfConfigBlock
            or Command.InvalidateConfigBlock or Command.ResetVf or Command.SetVfPowerState => [nameof(VfTrigger.PfOperation)],
        _ => VfTriggerOf(command) is { } trigger ? [trigger] : [],
    };

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

    /// <summary>The NIC switch trigger a command fires, or null (the phase change names the transition).</summary>
    private static string? SwitchTriggerOf(Command command) => command switch
    {
        Command.PfHalt => nameof(SwitchTrigger.PfHalt),
        Command.PfInitialize => nameof(SwitchTrigger.PfInitialize),
        Command.CreateSwitch or Command.FramedOid { Oid: FramedOidKind.CreateSwitch } => nameof(SwitchTrigger.CreateSwitch),
        Command.DeleteSwitch or Command.FramedOid { Oid: FramedOidKind.DeleteSwitch } => nameof(SwitchTrigger.DeleteSwitch),
        _ => null,
    };

    /// <summary>The one VF lifecycle trigger a command fires, or null (composite host-stack commands fire several).</summary>
    private static string? VfTriggerOf(Command command) => command switch
    {
        Command.OfferVf => nameof(VfTrigger.Offer),
        Command.RequestVfRemoval => nameof(VfTrigger.RequestRemoval),
        Command.RemovalTimeout => nameof(VfTrigger.RemovalTimeout),
        Command.SurpriseRemoveVf => nameof(VfTrigger.SurpriseRemove),
        Command.GuestInitializeVf => nameof(VfTrigger.Initialize),
        Command.GuestBindNetVsc or Command.GuestBindProtocol => nameof(VfTrigger.Bind),
        Command.GuestPauseVf => nameof(VfTrigger.Pause),
        Command.GuestUnbindNetVsc => nameof(VfTrigger.Unbind),
        Command.GuestHaltVf => nameof(VfTrigger.Halt),
        _ => null,
    };

    /// <summary>
    /// The VM attachment machine's transition an accepted VM command took (its own trigger, from the VM's phase before to
    /// its phase after), counted for <see cref="TimesTaken"/>; these are not among the kernel transitions of
    /// <see cref="UnexercisedTransitions"/>.
    /// </summary>
    private void CountVmTransition(Command command, ModelState before, ModelState after)
    {
        var (vm, trigger) = command switch
        {
            Command.VmConnect c => (c.Vm, VmTrigger.Connect),
            Command.VmDisconnect c => (c.Vm, VmTrigger.Disconnect),
            Command.HostAttachVf c => (c.Vm, VmTrigger.AttachVf),
            Command.MoveVmFilter c => (c.Vm, c.Target == DataPath.Vf ? VmTrigger.MoveFilterToVf : VmTrigger.MoveFilterToSynthetic),
            Command.GuestSwitchDataPath c => (c.Vm, c.Target == DataPath.Vf ? VmTrigger.SwitchToVf : VmTrigger.SwitchToSynthetic),
            Command.LiveMigrationStart c => (c.Vm, VmTrigger.MigrationStart),
            Command.LiveMigrationResume c => (c.Vm, VmTrigger.MigrationResume),
            _ => (-1, default(VmTrigger)),
        };
        if (vm >= 0 && vm < before.Vms.Length && vm < after.Vms.Length)
        {
            Count(Key("VmAttachment", ModelMachines.VmPhaseOf(before.Vms[vm]).ToString(), trigger.ToString(), ModelMachines.VmPhaseOf(after.Vms[vm]).ToString()));
        }
    }

    private static string? SelfLoopTrigger(Command command, int host, int vf, ModelState before) => command switch
    {
        Command.ReadVfConfigSpace c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.WriteVfConfigSpace c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.ReadVfConfigBlock c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.WriteVfConfigBlock c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.InvalidateConfigBlock c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.ResetVf c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.SetVfPowerState c when c.Host == host && c.VfId == vf => nameof(VfTrigger.PfOperation),
        Command.GuestHandleInvalidation c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.HandleInvalidation),
        Command.GuestSwitchDataPath c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.SwitchToVf),
        Command.RequestVfRemoval c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.RequestRemoval),
        Command.RemovalTimeout c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.RemovalTimeout),
        Command.GuestInitializeVf c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.Initialize),
        Command.SurpriseRemoveVf c when OwnsVf(before, c.Vm, host, vf) => nameof(VfTrigger.SurpriseRemove),
        _ => null,
    };

    private static bool OwnsVf(ModelState state, int vm, int host, int vf) =>
        vm >= 0 && vm < state.Vms.Length && state.Vms[vm].Host == host && vf < state.Hosts[host].Vfs.Length && state.Hosts[host].Vfs[vf].OwnerVm == vm;

    private void Count(string key) => exercised[key] = exercised.GetValueOrDefault(key) + 1;

    private static string Key(string machine, string source, string trigger, string destination) =>
        string.Create(CultureInfo.InvariantCulture, $"{machine}: {source} --{trigger}--> {destination}");
}
