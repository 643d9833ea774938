// One row of the command descriptor table: everything that varies by command kind outside Apply and the driver.
namespace SriovVerification.Model;

/// <summary>
/// What one command kind (one case of <see cref="Command"/>) is: who performs it, its trace name, the kernel triggers it
/// fires, the exploration profiles it belongs to, the explorer's gate for it, its generation weight and the arguments
/// the invariants read. <see cref="CommandDescriptors"/> holds one per kind; <see cref="SriovModel.Apply"/> and the
/// harness's driver are the only places that switch over command kinds, everything else reads its row.
/// </summary>
/// <param name="Kind">The case of <see cref="Command"/> this row describes.</param>
/// <param name="Actor">Who performs it: the column "actor" of a trace line.</param>
/// <param name="TraceNames">Its operation name in trace files (one per <see cref="EnumerationKind"/> for <see cref="Command.Enumerate"/>).</param>
public sealed record CommandDescriptor(Type Kind, Actor Actor, IReadOnlyList<string> TraceNames)
{
    /// <summary>The kind's name (the case's type name).</summary>
    public string Name => Kind.Name;

    /// <summary>Which of <see cref="TraceNames"/> a command of this kind is printed with (0 but for enumerations).</summary>
    public Func<Command, int> TraceNameIndexOf { get; init; } = static _ => 0;

    /// <summary>The host a command addresses (its <c>Host</c> field), or null when the kind has none.</summary>
    public Func<Command, int>? HostOf { get; init; }

    /// <summary>The VM a command concerns (its <c>Vm</c> field), or null when the kind has none.</summary>
    public Func<Command, int>? VmOf { get; init; }

    /// <summary>The VF a command addresses through its PF (its <c>VfId</c> field), or null when the kind has none.</summary>
    public Func<Command, int>? VfIdOf { get; init; }

    /// <summary>What invariants and coverage need to know of the kind.</summary>
    public CommandTraits Traits { get; init; }

    /// <summary>The one VF lifecycle trigger the command fires, or null (composite host-stack commands fire several).</summary>
    public VfTrigger? VfTrigger { get; init; }

    /// <summary>The NIC switch trigger a command fires, or null.</summary>
    public Func<Command, SwitchTrigger?> SwitchTriggerOf { get; init; } = static _ => null;

    /// <summary>The VM attachment machine's trigger a command fires, or null.</summary>
    public Func<Command, VmTrigger?> VmTriggerOf { get; init; } = static _ => null;

    /// <summary>The kernel-machine triggers (VF lifecycle, NIC switch) a command of this kind may fire, composite host-stack commands included.</summary>
    public IReadOnlyList<string> KernelTriggers { get; init; } = [];

    /// <summary>
    /// The VF lifecycle trigger an accepted command takes as a self-loop on the VF it addresses (by <see cref="VfIdOf"/>,
    /// else the VF its VM owns) when that VF's phase does not change, or null.
    /// </summary>
    public VfTrigger? SelfLoopTrigger { get; init; }

    /// <summary>The NIC switch trigger an accepted command takes as a self-loop on its host's switch when the switch's phase does not change, or null.</summary>
    public SwitchTrigger? SwitchSelfLoopTrigger { get; init; }

    /// <summary>The exploration profiles every command of the kind belongs to, whatever its arguments.</summary>
    public ProfileSet Profiles { get; init; }

    /// <summary>The profiles a command belongs to beyond <see cref="Profiles"/> as a representative of its kind, or null when none.</summary>
    public Func<Command, ProfileSet>? RepresentativeProfilesOf { get; init; }

    /// <summary>What the full profile leaves out of the kind, for the profile's description; null when nothing.</summary>
    public string? FullExclusion { get; init; }

    /// <summary>The kind's representatives in the conformance profile (beyond the lifecycle), for its description; null when none.</summary>
    public string? ConformanceRepresentative { get; init; }

    /// <summary>The kind's accepted representatives the kinds profile adds, for its description; null when none.</summary>
    public string? KindsRepresentative { get; init; }

    /// <summary>The explorer's cheap necessary condition for a candidate command.</summary>
    public Func<Command, CandidateGateClass> GateOf { get; init; } = static _ => CandidateGateClass.Always;

    /// <summary>The config-space access a command makes (INV-19), or null when the kind makes none.</summary>
    public Func<Command, ConfigAccess>? ConfigAccessOf { get; init; }

    /// <summary>The address of the frame a command carries, given the state before it (INV-12), or null when the kind carries none.</summary>
    public Func<Command, ModelState, FrameAddress>? FrameOf { get; init; }

    /// <summary>The block mask a command posts as an invalidation (INV-20), or null when the kind posts none.</summary>
    public Func<Command, ulong>? InvalidationMaskOf { get; init; }

    /// <summary>The NumVFs a command creates a switch with (the widest VF slots a state can hold), or null when the kind creates none.</summary>
    public Func<Command, int>? SwitchNumVfsOf { get; init; }

    /// <summary>The VLAN id a filter the command sets tests, or null when the kind sets no filter.</summary>
    public Func<Command, int>? FilterVlanOf { get; init; }

    /// <summary>The byte a command fills a config block with, or null when the kind writes no config block.</summary>
    public Func<Command, byte>? ConfigBlockFillOf { get; init; }

    /// <summary>
    /// The same command over a live filter of its host (the generator's filter steering): given the filter and a draw of a
    /// destination VPortId (called only by kinds that move the filter); null when the kind names no filter to steer.
    /// </summary>
    public Func<Command, FilterState, Func<int>, Command>? OnLiveFilter { get; init; }

    /// <summary>How often the randomized generator chooses the kind (≥ 1): a kind is chosen first, then one of its candidates.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Eighths of a weight the kind counts with: <see cref="Weight"/> · 8 unless finer (kinds accepted almost always).</summary>
    public int WeightEighths
    {
        get => weightEighths ?? (Weight * 8);
        init => weightEighths = value;
    }

    private readonly int? weightEighths;

    /// <summary>The exploration profiles <paramref name="command"/> (of this kind) belongs to.</summary>
    public ProfileSet ProfilesOf(Command command) => Profiles | (RepresentativeProfilesOf?.Invoke(command) ?? ProfileSet.None);

    /// <summary>The trace name of <paramref name="command"/> (of this kind).</summary>
    public string TraceNameOf(Command command) => TraceNames[TraceNameIndexOf(command)];
}
