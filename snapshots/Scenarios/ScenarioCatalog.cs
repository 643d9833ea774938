// The scenario catalogue: every scenario kept as a golden trace, built on the model's documented sequences.
using static SriovVerification.Model.Command;

namespace SriovVerification.Scenarios;

/// <summary>
/// The scenario catalogue: every sequence of spec section 3 (VF initialization, data path, config space and
/// backchannel, teardown and failover, surprise removal, reassignment, live migration, the filter-move policies) and
/// each refusal of the teardown order, as commands. Each becomes one golden trace. The spec's step orders come from
/// <see cref="DocumentedSequences"/>; a scenario adds the frames, enumerations and refusals that make a trace show them.
/// </summary>
public static partial class ScenarioCatalog
{
    private const int Host0 = 0;
    private const int Host1 = 1;
    private const int Vm0 = 0;
    private const int Vm1 = 1;
    private const int Vm2 = 2;
    private const int Vm3 = 3;
    private const int Untagged = 0;

    /// <summary>Every scenario, in a stable order; names are unique.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        .. LifecycleScenarios(),
        .. DataScenarios(),
        .. TeardownScenarios(),
        .. MigrationScenarios(),
        .. RefusalScenarios(),
        .. ProtocolScenarios(),
        .. PfScenarios(),
        .. ParameterScenarios(),
    ];

    /// <summary>The names of every scenario, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>The scenario named <paramref name="name"/>, or null.</summary>
    public static Scenario? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The scenario named <paramref name="name"/>; throws when there is none.</summary>
    public static Scenario Get(string name) =>
        Find(name) ?? throw new ArgumentException($"no scenario named '{name}'; known: {string.Join(", ", Names)}", nameof(name));

    /// <summary>VM <paramref name="vm"/> connects and gets a VF through the host stack, the guest brings it up and switches to the VF path (the documented VF initialization without the switch).</summary>
    private static IEnumerable<Command> AttachAndUseVf(int vm) => Commands(DocumentedSequences.Initialize(Host0, vm, createSwitch: false));

    /// <summary>The guest side of a graceful VF removal: NetVSC to synthetic, VF miniport paused, NetVSC unbound, miniport halted.</summary>
    private static IEnumerable<Command> GracefulGuestRemoval(int vm) => Commands(DocumentedSequences.GracefulGuestRemoval(vm));

    /// <summary>Graceful guest removal followed by the host's detach (MOVE_FILTER, DELETE_VPORT, RESET_VF, FREE_VF).</summary>
    private static IEnumerable<Command> GracefulTeardown(int vm) => Commands(DocumentedSequences.GracefulTeardown(vm));

    private static IEnumerable<Command> Commands(IEnumerable<SequenceStep> steps) => steps.Select(step => step.Command);
}
