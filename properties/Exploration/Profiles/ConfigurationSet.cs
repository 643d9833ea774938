// Exploration/Profiles: named sets of small configurations for explore --conform --config-set NAME, chosen so that every command kind is accepted by the model ..

namespace SriovVerification.Exploration.Profiles;

/// <summary>
/// Named sets of small configurations for <c>explore --conform --config-set NAME</c>, chosen so that every command kind
/// is accepted by the model on at least one of them (<c>ConfigurationSetTests</c> holds the set to it): one small
/// configuration cannot reach what needs two VMs, two VFs, two hosts or a queue-pair budget used up. Each entry is
/// explored with the <see cref="ExplorationProfile.Kinds"/> profile and a depth bound (the states within it are checked
/// exhaustively; the bound keeps the larger entries to minutes). <c>docs/EXPLORATION.md</c> lists what each adds.
/// </summary>
public static class ConfigurationSet
{
    /// <summary>The name of the set below.</summary>
    public const string SmallName = "small";

    /// <summary>The depth every entry is explored to, at most.</summary>
    public const int DepthMax = 8;

    private static readonly ModelConfig Base = new()
    {
        HostCount = 1,
        VmCount = 1,
        NumVfs = 1,
        TotalVfs = 1,
        MaxNumVPorts = 2,
        MaxReceiveFilters = 2,
        HostSriovEnabled = [true],
    };

    /// <summary>The set <c>small</c>, in the order it is run.</summary>
    public static IReadOnlyList<ConfigurationSetEntry> Small { get; } =
    [
        new("1h-1vm-1vf", Base,
            "the defect table's configuration: every single-VM, single-VF kind, in-range config-space id writes, VPort deactivation, framed OIDs"),
        new("1h-2vm-1vf", Base with { VmCount = 2, MaxReceiveFilters = 3 },
            "two VMs: management filters on the default VPort beside a second VM's filter, a VF handed from one VM to the other"),
        new("1h-1vm-2vf", Base with { NumVfs = 2, TotalVfs = 2, MaxNumVPorts = 3 },
            "two VFs: a VF allocated beside another (INV-14), a second VPort, FREE_VF and RESET_VF of the other VF"),
        new("2h-1vm-1vf", Base with { HostCount = 2, HostSriovEnabled = [true, true] },
            "two hosts: live migration start and resume, a switch and a VF on each side"),
        new("1h-1vm-1vf-qp2", Base with { MaxNumQueuePairs = 2 },
            "a queue-pair budget of 2: the default VPort and one VPort with one queue pair use it up, so CREATE_VPORT and HostAttachVf with two are refused for want of queue pairs"),
    ];

    /// <summary>The set called <paramref name="name"/>, or null.</summary>
    public static IReadOnlyList<ConfigurationSetEntry>? Find(string name) =>
        string.Equals(name, SmallName, StringComparison.OrdinalIgnoreCase) ? Small : null;

    /// <summary>The exploration options of an entry: the kinds profile, symmetry off (conformance), the depth bound.</summary>
    public static ExplorationOptions OptionsFor(ExplorationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Profile = ExplorationProfile.Kinds, Symmetry = false, DepthMax = DepthMax };
    }
}

/// <summary>One configuration of a <see cref="ConfigurationSet"/>.</summary>
/// <param name="Name">Its name (also the counterexample file's configuration part).</param>
/// <param name="Config">The configuration.</param>
/// <param name="Adds">What it reaches that the others do not.</param>
public sealed record ConfigurationSetEntry(string Name, ModelConfig Config, string Adds);
