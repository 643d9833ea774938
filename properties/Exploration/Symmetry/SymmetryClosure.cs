// Exploration/Symmetry: the closure of a candidate set under the symmetry group SymmetryReduction quotients by
using System.Collections.Concurrent;
using System.Reflection;

namespace SriovVerification.Exploration.Symmetry;

/// <summary>
/// The closure of a candidate set under the symmetry group <see cref="SymmetryReduction"/> quotients by: the
/// reduction is sound only if renaming a state's VMs, VFIds, VPortIds or FilterIds and renaming the commands tried on
/// it the same way gives the same successors, and that needs every renamed candidate to be a candidate too. A profile
/// that keeps one representative per argument (VM 0's MAC, filter 1, VPort 1) breaks it: a state whose filter 1 is
/// another VM's is then explored with other commands than its mirror image, and an orbit's representative stands for
/// states whose successors it never produces. The closure applies the group's generators, the transpositions of
/// neighbours (two VMs next in one class; two VFIds, two nondefault VPortIds or two FilterIds next to each other on one
/// host), to every candidate's arguments until nothing new appears. The arguments are found by name on the command
/// records (Vm, MacIndex, SourceMacIndex; VfId, AttachedVfId; VPortId, SourceVPortId, DestinationVPortId, StampVPortId;
/// FilterId), so no command kind is listed here.
/// </summary>
public static class SymmetryClosure
{
    private static readonly ConcurrentDictionary<Type, (ConstructorInfo Constructor, ParameterInfo[] Parameters, PropertyInfo[] Properties, PropertyInfo? Host)> Shapes = new();

    /// <summary>
    /// The renamed images of <paramref name="candidates"/> that are not among them, repeatedly until none is missing (the
    /// closure of the set under the group, less the set), in a fixed order: candidates in order, transpositions in order.
    /// </summary>
    public static IReadOnlyList<Command> MissingImages(ModelConfig config, IReadOnlyList<Command> candidates, int vfSlots)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(candidates);
        var set = candidates.ToHashSet();
        var added = new List<Command>();
        var pending = candidates.ToList();
        var renamings = Transpositions(config, vfSlots).ToList();
        while (pending.Count > 0)
        {
            var next = new List<Command>();
            foreach (var command in pending)
            {
                foreach (var renaming in renamings)
                {
                    var image = Rename(command, renaming);
                    if (set.Add(image))
                    {
                        added.Add(image);
                        next.Add(image);
                    }
                }
            }

            pending = next;
        }

        return added;
    }

    private static IEnumerable<Renaming> Transpositions(ModelConfig config, int vfSlots)
    {
        foreach (var vmClass in Enumerable.Range(0, config.VmCount).GroupBy(v => (config.VlanOf(v), config.InitialHostOf(v))))
        {
            var members = vmClass.Order().ToArray();
            for (var k = 0; k + 1 < members.Length; k++)
            {
                yield return new Renaming(Role.Vm, -1, members[k], members[k + 1]);
            }
        }

        for (var h = 0; h < config.HostCount; h++)
        {
            foreach (var (role, first, end) in new[] { (Role.Vf, 0, vfSlots), (Role.VPort, 1, config.MaxNumVPorts), (Role.Filter, 1, config.MaxReceiveFilters + 1) })
            {
                for (var a = first; a + 1 < end; a++)
                {
                    yield return new Renaming(role, h, a, a + 1);
                }
            }
        }
    }

    private static Command Rename(Command command, Renaming renaming)
    {
        var (constructor, parameters, properties, hostProperty) = Shapes.GetOrAdd(command.GetType(), Shape);
        var host = hostProperty?.GetValue(command) as int?;
        var arguments = new object?[parameters.Length];
        var changed = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var value = properties[i].GetValue(command);
            if (value is int number && RoleOf(parameters[i].Name!) is { } role && role == renaming.Role
                && (role == Role.Vm || host is null || host == renaming.Host) && (number == renaming.First || number == renaming.Second))
            {
                value = number == renaming.First ? renaming.Second : renaming.First;
                changed = true;
            }

            arguments[i] = value;
        }

        return changed ? (Command)constructor.Invoke(arguments) : command;
    }

    private static Role? RoleOf(string parameter) => parameter switch
    {
        "Vm" or "MacIndex" or "SourceMacIndex" => Role.Vm,
        "VfId" or "AttachedVfId" => Role.Vf,
        "VPortId" or "SourceVPortId" or "DestinationVPortId" or "StampVPortId" => Role.VPort,
        "FilterId" => Role.Filter,
        _ => null,
    };

    private static (ConstructorInfo, ParameterInfo[], PropertyInfo[], PropertyInfo?) Shape(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var properties = parameters.Select(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.Name}: no property for constructor parameter {p.Name}")).ToArray();
        return (constructor, parameters, properties, properties.FirstOrDefault(p => p.Name == "Host"));
    }

    private enum Role
    {
        Vm,
        Vf,
        VPort,
        Filter,
    }

    private readonly record struct Renaming(Role Role, int Host, int First, int Second);
}
