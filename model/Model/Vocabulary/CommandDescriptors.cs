// The command descriptor table: one row per command kind, and its lookup.
using System.Collections.Frozen;
using System.Reflection;

namespace SriovVerification.Model;

/// <summary>
/// The command descriptor table: one <see cref="CommandDescriptor"/> per case of <see cref="Command"/>, in trace-table
/// order (PF OIDs, host-stack events, guest events, frames, then framed OIDs and the PF's own lifecycle). Profiles, the
/// explorer's gate, coverage, the trace vocabulary, the generator's weights and the transition invariants read it.
/// </summary>
public static partial class CommandDescriptors
{
    /// <summary>Every profile a host-stack kind belongs to.</summary>
    private const ProfileSet HostStackKind = ProfileSet.Full | ProfileSet.Lifecycle | ProfileSet.Conformance | ProfileSet.HostStack | ProfileSet.Kinds;

    /// <summary>Every profile a lifecycle OID belongs to.</summary>
    private const ProfileSet LifecycleKind = ProfileSet.Full | ProfileSet.Lifecycle | ProfileSet.Conformance | ProfileSet.Kinds;

    private static readonly CommandDescriptor[] Rows = [.. PfRows(), .. HostRows(), .. GuestRows(), .. PfLifecycleRows()];

    private static readonly FrozenDictionary<Type, CommandDescriptor> ByKind = Rows.ToFrozenDictionary(r => r.Kind);

    /// <summary>Every row, in table order.</summary>
    public static IReadOnlyList<CommandDescriptor> All => Rows;

    /// <summary>The row of <paramref name="command"/>'s kind.</summary>
    public static CommandDescriptor Of(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ByKind[command.GetType()];
    }

    /// <summary>The row of the case <paramref name="kind"/>.</summary>
    public static CommandDescriptor Of(Type kind) => ByKind[kind];

    /// <summary>
    /// A row for case <typeparamref name="T"/>: <see cref="CommandDescriptor.HostOf"/>, <see cref="CommandDescriptor.VmOf"/>
    /// and <see cref="CommandDescriptor.VfIdOf"/> read the case's own <c>Host</c>, <c>Vm</c> and <c>VfId</c> fields.
    /// </summary>
    private static CommandDescriptor Row<T>(Actor actor, string traceName, ProfileSet profiles = ProfileSet.Full)
        where T : Command =>
        new(typeof(T), actor, [traceName])
        {
            HostOf = Field<T>("Host"),
            VmOf = Field<T>("Vm"),
            VfIdOf = Field<T>("VfId"),
            Profiles = profiles,
        };

    /// <summary>Reads a command of kind <typeparamref name="T"/> as one.</summary>
    private static Func<Command, TResult> On<T, TResult>(Func<T, TResult> read)
        where T : Command =>
        c => read((T)c);

    /// <summary>
    /// The profiles of a representative of a kind outside the lifecycle: the conformance profile (and so the kinds profile)
    /// for the data-plane representatives, the kinds profile for the accepted representatives.
    /// </summary>
    private static Func<Command, ProfileSet> Representatives<T>(Func<T, bool>? conformance, Func<T, bool>? kinds = null)
        where T : Command =>
        c => (conformance is not null && conformance((T)c) ? ProfileSet.Conformance | ProfileSet.Kinds : ProfileSet.None)
            | (kinds is not null && kinds((T)c) ? ProfileSet.Kinds : ProfileSet.None);

    /// <summary>The gate of a VM command: <paramref name="kind"/> for the command's VM.</summary>
    private static Func<Command, CandidateGateClass> VmGate<T>(CandidateGateKind kind, Func<T, int> vm)
        where T : Command =>
        c => new(kind, vm((T)c), 0);

    /// <summary>The gate of a VM's VF event: whether the VF lifecycle machine configures <paramref name="trigger"/> in the VF's phase.</summary>
    private static Func<Command, CandidateGateClass> VfEventGate<T>(VfTrigger trigger, Func<T, int> vm)
        where T : Command =>
        c => new(CandidateGateKind.VfEvent, vm((T)c), (int)trigger);

    private static Func<Command, int>? Field<T>(string name)
        where T : Command
    {
        if (typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is not { PropertyType: var type, GetMethod: { } getter } || type != typeof(int))
        {
            return null;
        }

        var read = getter.CreateDelegate<Func<T, int>>();
        return c => read((T)c);
    }
}
