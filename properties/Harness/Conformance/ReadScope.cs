// Harness/Conformance: the hosts a step can have changed, as a bit mask
using System.Collections.Concurrent;
using System.Linq.Expressions;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The hosts a step can have changed, as a bit mask: the host a PF OID names (<c>Host</c>), the hosts a VM event's VM
/// is on or migrating to, before and after the step, on the model's side and on the adapter's (<c>Vm</c>, and a
/// migration's <c>DestinationHost</c>). A command with neither argument, or a VM outside the configuration, scopes
/// every host. The arguments are found by name on each command type once (a command kind added later is scoped by the
/// same rule, or read in full when it has neither argument). The VMs are always read back.
/// </summary>
public readonly record struct ReadScope(ulong HostMask)
{
    private static readonly ConcurrentDictionary<Type, Func<Command, int>?[]> Accessors = new();

    /// <summary>Every host.</summary>
    public static ReadScope All => new(ulong.MaxValue);

    /// <summary>Whether host <paramref name="h"/> is read back.</summary>
    public bool Includes(int h) => h >= 64 || (HostMask & (1UL << h)) != 0;

    /// <summary>The scope of <paramref name="command"/> run from <paramref name="modelBefore"/> and <paramref name="adapterBefore"/> to <paramref name="modelAfter"/>.</summary>
    public static ReadScope Of(Command command, ModelState modelBefore, ModelState modelAfter, ModelState adapterBefore)
    {
        ArgumentNullException.ThrowIfNull(command);
        var accessors = Accessors.GetOrAdd(command.GetType(), Build);
        var mask = 0UL;
        if (accessors[0] is { } host)
        {
            mask |= Bit(host(command));
        }

        if (accessors[1] is { } vmOf)
        {
            var vm = vmOf(command);
            if (vm < 0 || vm >= modelBefore.Vms.Length || vm >= adapterBefore.Vms.Length || vm >= modelAfter.Vms.Length)
            {
                return All;
            }

            mask |= Hosts(modelBefore.Vms[vm]) | Hosts(modelAfter.Vms[vm]) | Hosts(adapterBefore.Vms[vm]);
        }

        if (accessors[2] is { } destination)
        {
            mask |= Bit(destination(command));
        }

        return mask == 0 ? All : new ReadScope(mask);
    }

    private static ulong Hosts(VmState vm) => Bit(vm.Host) | Bit(vm.MigrationDestination);

    private static ulong Bit(int h) => h is >= 0 and < 64 ? 1UL << h : 0;

    private static Func<Command, int>?[] Build(Type type) => [Accessor(type, "Host"), Accessor(type, "Vm"), Accessor(type, "DestinationHost")];

    private static Func<Command, int>? Accessor(Type type, string name)
    {
        var property = type.GetProperty(name);
        if (property is null || property.PropertyType != typeof(int))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(Command));
        return Expression.Lambda<Func<Command, int>>(Expression.Property(Expression.Convert(parameter, type), property), parameter).Compile();
    }
}
