// The explore verb's options: the configuration, the search's bounds and engine, and where results go.
using System.CommandLine;
using ModelCommand = SriovVerification.Model.Command;

namespace SriovVerification.Cli.Commands;

/// <summary>The options of <c>explore</c>, and the configuration and search options they give.</summary>
internal sealed class ExploreOptions
{
    private static readonly ModelConfig Defaults = ModelConfig.Default;

    public ExploreOptions()
    {
        Symmetry.AcceptOnlyFromAmong("on", "off", "full");
        Profile.AcceptOnlyFromAmong([.. ExplorationProfiles.All.Select(p => p.ToName())]);
        Engine.AcceptOnlyFromAmong("auto", "packed", "generic");
        Liveness.AcceptOnlyFromAmong("on", "off");
        Store.AcceptOnlyFromAmong("memory", "disk");
    }

    public Option<int> Vfs { get; } = new("--vfs") { Description = "VFs per adapter (NumVFs)", DefaultValueFactory = _ => Defaults.NumVfs };

    public Option<int> Vms { get; } = new("--vms") { Description = "VMs", DefaultValueFactory = _ => Defaults.VmCount };

    public Option<int> Hosts { get; } = new("--hosts") { Description = "hosts", DefaultValueFactory = _ => Defaults.HostCount };

    public Option<int?> TotalVfs { get; } = new("--total-vfs") { Description = "TotalVFs of the adapter (default: the larger of 8 and --vfs)" };

    public Option<int> MaxVPorts { get; } = new("--max-vports") { Description = "VPorts per NIC switch at most", DefaultValueFactory = _ => Defaults.MaxNumVPorts };

    public Option<int> MaxFilters { get; } = new("--max-filters") { Description = "receive filters per NIC switch at most", DefaultValueFactory = _ => Defaults.MaxReceiveFilters };

    public Option<int> PfRid { get; } = new("--pf-rid") { Description = "the PF's routing id (VF RIDs follow from it, the first-VF offset and the stride)", DefaultValueFactory = _ => Defaults.PfRid };

    public Option<string> Symmetry { get; } = new("--symmetry")
    {
        Description = "symmetry reduction: on (VMs, VFs, VPort and filter ids), off, or full (on, and hosts of the same configuration; packed engine)",
        DefaultValueFactory = _ => "on",
    };

    public Option<long> StatesMax { get; } = new("--max-states") { Description = "distinct states stored at most", DefaultValueFactory = _ => 20_000_000 };

    public Option<long> MemoryMb { get; } = new("--memory-mb") { Description = "memory budget of the visited set, MiB", DefaultValueFactory = _ => 4096 };

    public Option<string> Profile { get; } = new("--profile") { Description = "command profile: full, lifecycle, conformance or hoststack", DefaultValueFactory = _ => "full" };

    public Option<bool> Conform { get; } = new("--conform") { Description = "exhaustive conformance: run every candidate command on the emulated adapter at every reachable state (symmetry off)" };

    public Option<string[]> Defect { get; } = new("--defect") { Description = "defect the adapter carries under --conform (repeatable); see the defects verb", AllowMultipleArgumentsPerToken = false };

    public Option<string> Engine { get; } = new("--engine")
    {
        Description = "search engine: auto (packed for the hoststack profile, generic otherwise), packed, or generic (the reference: every invariant on every state)",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string> Liveness { get; } = new("--liveness")
    {
        Description = "liveness of a closed search, AG EF recovered (from every state a recovered state is reachable): on or off",
        DefaultValueFactory = _ => "on",
    };

    public Option<int> CrossCheck { get; } = new("--cross-check")
    {
        Description = "packed engine: check every N-th stored state in full against SriovModel.Apply and every invariant (0: off, 1: every state)",
        DefaultValueFactory = _ => 4096,
    };

    public Option<string?> VmVlans { get; } = new(VmVlansOption.Name) { Description = "VLAN id of each VM's network adapter, separated by commas (5 or 5,0; missing VMs untagged)" };

    public Option<int> MaxQueuePairs { get; } = new("--max-queue-pairs") { Description = "queue pairs per NIC switch at most (all VPorts)", DefaultValueFactory = _ => Defaults.MaxNumQueuePairs };

    public Option<string> OutDir { get; } = new("--out") { Description = "directory for counterexample traces", DefaultValueFactory = _ => "counterexamples" };

    public Option<int> Workers { get; } = new("--workers")
    {
        Description = $"worker threads expanding each round of the frontier (default: the processor count, {IndexedWorkers.WorkersDefault} here); verdict, counts, depth and counterexample do not depend on it (--conform checks each level's states on them)",
        DefaultValueFactory = _ => IndexedWorkers.WorkersDefault,
    };

    public Option<string> Store { get; } = new("--store")
    {
        Description = "visited set of the packed engine: memory, or disk (FASTER hash index in memory over a log on disk, the breadth-first order in mapped files; --memory-mb sizes the index and the log's memory)",
        DefaultValueFactory = _ => "memory",
    };

    public Option<string?> StoreDir { get; } = new("--store-dir") { Description = "directory under which --store disk makes its files (deleted at the end; default: the temporary directory)" };

    public Option<long> DiskMb { get; } = new("--disk-mb") { Description = "disk budget of --store disk, MiB (reaching it ends the search as bounded)", DefaultValueFactory = _ => 64L << 10 };

    public Option<string?> ConfigSet { get; } = new("--config-set")
    {
        Description = $"with --conform: run over the named set of small configurations instead of the one given ({ConfigurationSet.SmallName}: every command kind accepted on one of them; profile kinds, depth {ConfigurationSet.DepthMax}; see docs/EXPLORATION.md)",
    };

    public Option<bool> Cluster { get; } = new("--cluster") { Description = "explore on the cluster (silos of `sriov cluster silo`): states partitioned by hash over partition grains; the same verdict and counts; liveness not checked" };

    public Option<string> Silos { get; } = new("--silos") { Description = "gateways of the cluster, host:port separated by commas", DefaultValueFactory = _ => "localhost:30000" };

    public Option<int> Partitions { get; } = new("--partitions") { Description = "partitions of --cluster, placed on the silos in turn", DefaultValueFactory = _ => SriovVerification.Cluster.ClusterExplorer.PartitionsDefault };

    public Option<string?> Report { get; } = new("--report") { Description = "also write an HTML report (verdict, shortest counterexample as a sequence diagram, the state machines, states per depth) into this directory" };

    /// <summary>Every option, in the order the help lists them.</summary>
    public IReadOnlyList<Option> All =>
        [
            Vfs,
            Vms,
            Hosts,
            TotalVfs,
            MaxVPorts,
            MaxFilters,
            MaxQueuePairs,
            VmVlans,
            PfRid,
            Symmetry,
            StatesMax,
            MemoryMb,
            Profile,
            Engine,
            Liveness,
            CrossCheck,
            OutDir,
            Conform,
            Defect,
            Workers,
            Store,
            StoreDir,
            DiskMb,
            Report,
            ConfigSet,
            Cluster,
            Silos,
            Partitions,
        ];

    /// <summary>The configuration the options give; <paramref name="vlanProblem"/> says what is wrong with <c>--vm-vlans</c>, or null.</summary>
    public ModelConfig Config(ParseResult parseResult, out string? vlanProblem) =>
        Defaults with
        {
            HostCount = parseResult.GetValue(Hosts),
            VmCount = parseResult.GetValue(Vms),
            NumVfs = parseResult.GetValue(Vfs),
            TotalVfs = parseResult.GetValue(TotalVfs) ?? Math.Max(Defaults.TotalVfs, parseResult.GetValue(Vfs)),
            MaxNumVPorts = parseResult.GetValue(MaxVPorts),
            MaxReceiveFilters = parseResult.GetValue(MaxFilters),
            MaxNumQueuePairs = parseResult.GetValue(MaxQueuePairs),
            PfRid = parseResult.GetValue(PfRid),
            VmVlans = VmVlansOption.Parse(parseResult.GetValue(VmVlans), out vlanProblem) ?? [],
        };

    /// <summary>The search options the options give, under <paramref name="profile"/> with <paramref name="stepHook"/>.</summary>
    public ExplorationOptions Search(ParseResult parseResult, ExplorationProfile profile, Func<ExplorationPath, ModelCommand, Transition, string?>? stepHook) =>
        new()
        {
            Profile = profile,
            Symmetry = parseResult.GetValue(Symmetry) != "off",
            HostSymmetry = parseResult.GetValue(Symmetry) == "full",
            StatesMax = parseResult.GetValue(StatesMax),
            MemoryBudgetBytes = parseResult.GetValue(MemoryMb) << 20,
            StepHook = stepHook,
            CheckLiveness = parseResult.GetValue(Liveness) != "off",
            Engine = parseResult.GetValue(Engine) switch { "packed" => ExplorationEngine.Packed, "generic" => ExplorationEngine.Generic, _ => ExplorationEngine.Auto },
            CrossCheckEvery = parseResult.GetValue(CrossCheck),
            Workers = parseResult.GetValue(Workers),
            Store = parseResult.GetValue(Store) == "disk" ? Exploration.Storage.VisitedStore.Disk : Exploration.Storage.VisitedStore.Memory,
            StoreDirectory = parseResult.GetValue(StoreDir),
            DiskBudgetBytes = parseResult.GetValue(DiskMb) << 20,
        };
}
