// The explorer's cheap necessary condition for a candidate command, read from the descriptor table.

namespace SriovVerification.Exploration.Profiles;

/// <summary>
/// A cheap necessary condition for each candidate command of a run, so that <see cref="SriovModel.Apply"/> is not
/// called for commands it would certainly refuse: the VM commands' first checks (connected, migrating, owning a VF
/// on its host, data path) and, for the events of a VM's VF, whether the VF lifecycle machine configures the
/// trigger at all in the VF's phase. Commands without a gate always pass. The enabled set is unchanged: a command
/// that fails its gate is refused by <see cref="SriovModel.Apply"/> (checked over every reachable state of small
/// configurations in the tests). Each command's gate is its kind's <see cref="CommandDescriptor.GateOf"/>.
/// </summary>
internal sealed class CandidateGate
{
    private static readonly int[] ConfiguredTriggersOfPhase = ConfiguredTriggers();

    private readonly CandidateGateKind[] kinds;
    private readonly int[] vms;
    private readonly int[] arguments;
    private readonly int[] vfOfVm;
    private readonly int[] triggersOfVm;
    private ModelState? state;

    public CandidateGate(ModelConfig config, IReadOnlyList<Command> candidates)
    {
        kinds = new CandidateGateKind[candidates.Count];
        vms = new int[candidates.Count];
        arguments = new int[candidates.Count];
        vfOfVm = new int[config.VmCount];
        triggersOfVm = new int[config.VmCount];
        for (var i = 0; i < candidates.Count; i++)
        {
            (kinds[i], vms[i], arguments[i]) = CommandDescriptors.Of(candidates[i]).GateOf(candidates[i]);
            if (kinds[i] != CandidateGateKind.Always && (uint)vms[i] >= (uint)config.VmCount)
            {
                kinds[i] = CandidateGateKind.Always;
            }
        }
    }

    /// <summary>Reads what the gates of <paramref name="current"/> need; once per state, before <see cref="MayBeEnabled"/>.</summary>
    public void Prepare(ModelState current)
    {
        state = current;
        var hosts = current.Hosts;
        for (var v = 0; v < vfOfVm.Length; v++)
        {
            var h = current.Vms[v].Host;
            var vfId = (uint)h < (uint)hosts.Length ? SriovModel.VfIdOwnedBy(hosts[h], v) : -1;
            vfOfVm[v] = vfId;
            triggersOfVm[v] = vfId < 0 ? 0 : ConfiguredTriggersOfPhase[(int)ModelMachines.PhaseOf(hosts[h], vfId)];
        }
    }

    /// <summary>False only when <see cref="SriovModel.Apply"/> certainly refuses candidate <paramref name="index"/> in the prepared state.</summary>
    public bool MayBeEnabled(int index)
    {
        var kind = kinds[index];
        if (kind == CandidateGateKind.Always)
        {
            return true;
        }

        var v = vms[index];
        var vm = state!.Vms[v];
        var hasVf = vfOfVm[v] >= 0;
        return kind switch
        {
            CandidateGateKind.VmConnect => !vm.Migrating && !vm.Connected,
            CandidateGateKind.VmDisconnect => vm.Connected && !hasVf,
            CandidateGateKind.HostAttachVf => !vm.Migrating && vm.Connected && !hasVf,
            CandidateGateKind.LiveMigrationStart => !vm.Migrating && arguments[index] != vm.Host && !hasVf,
            CandidateGateKind.LiveMigrationResume => vm.Migrating,
            CandidateGateKind.MoveVmFilterToVf => vm.Connected && hasVf,
            CandidateGateKind.MoveVmFilterToSynthetic => vm.Connected && vm.DataPath != DataPath.Vf,
            CandidateGateKind.VfEvent => (triggersOfVm[v] & (1 << arguments[index])) != 0,
            CandidateGateKind.HostDetachVf => hasVf,
            CandidateGateKind.SwitchDataPathToVf => vm.DataPath == DataPath.Synthetic && (triggersOfVm[v] & (1 << (int)VfTrigger.SwitchToVf)) != 0,
            CandidateGateKind.SwitchDataPathToSynthetic => vm.DataPath == DataPath.Vf,
            _ => true,
        };
    }

    /// <summary>Per <see cref="VfPhase"/>, the bit set of the triggers the VF lifecycle machine configures (a transition or an ignore).</summary>
    private static int[] ConfiguredTriggers()
    {
        var phases = Enum.GetValues<VfPhase>();
        var result = new int[phases.Max(p => (int)p) + 1];
        foreach (var stateInfo in ModelMachines.VfLifecycle.GetInfo().States)
        {
            if (!Enum.TryParse<VfPhase>(stateInfo.Name, out var phase))
            {
                continue;
            }

            foreach (var transition in stateInfo.Transitions)
            {
                result[(int)phase] |= 1 << (int)Enum.Parse<VfTrigger>(transition.Trigger);
            }

            foreach (var ignored in stateInfo.IgnoredTriggers)
            {
                result[(int)phase] |= 1 << (int)Enum.Parse<VfTrigger>(ignored);
            }
        }

        return result;
    }
}
