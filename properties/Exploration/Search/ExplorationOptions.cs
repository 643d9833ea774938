// Exploration/Search: options of an exhaustive exploration
using SriovVerification.Exploration.Liveness;
using SriovVerification.Exploration.Profiles;
using SriovVerification.Exploration.Storage;
using SriovVerification.Exploration.Symmetry;

namespace SriovVerification.Exploration.Search;

/// <summary>Options of an exhaustive exploration. Every bound, when hit, ends the search with <see cref="ExplorationVerdict.Bounded"/>.</summary>
public sealed record ExplorationOptions
{
    /// <summary>Which candidate commands are tried.</summary>
    public ExplorationProfile Profile { get; init; } = ExplorationProfile.Full;

    /// <summary>Store one representative per orbit of the configuration's symmetry group.</summary>
    public bool Symmetry { get; init; } = true;

    /// <summary>
    /// Try the closure of the profile's candidates under renaming (<see cref="SymmetryClosure"/>) even without
    /// <see cref="Symmetry"/> (with it they always are): an unreduced search over the same commands as a reduced one.
    /// </summary>
    public bool ClosedCandidates { get; init; }

    /// <summary>Distinct states stored at most.</summary>
    public long StatesMax { get; init; } = 20_000_000;

    /// <summary>Breadth-first depth expanded at most.</summary>
    public int DepthMax { get; init; } = 10_000;

    /// <summary>Bytes the visited-state structures may occupy.</summary>
    public long MemoryBudgetBytes { get; init; } = 4L << 30;

    /// <summary>Whether a state without an enabled command ends the search as <see cref="ExplorationVerdict.Deadlock"/> (else it is counted only).</summary>
    public bool DeadlockIsFailure { get; init; } = true;

    /// <summary>Whether transition invariants are also checked on refused steps (INV-25: a refusal changes nothing).</summary>
    public bool CheckRefusedSteps { get; init; } = true;

    /// <summary>
    /// Whether candidates that a cheap necessary condition (<see cref="CandidateGate"/>) rules out are skipped without
    /// calling the model: they are counted as offered, not applied, and their refusal is not checked (INV-25). The
    /// enabled commands are the same either way. Off whenever <see cref="StepHookOnRefused"/> is set.
    /// </summary>
    public bool GateCandidates { get; init; } = true;

    /// <summary>
    /// Called on every enabled step with the path to the state it leaves, the command and the model's transition;
    /// a non-null answer is a failure (e.g. an exhaustive conformance check of the adapter) and ends the search
    /// with <see cref="ExplorationVerdict.HookFailed"/> and the shortest trace.
    /// </summary>
    public Func<ExplorationPath, Command, Transition, string?>? StepHook { get; init; }

    /// <summary>
    /// Whether <see cref="StepHook"/> is also called on steps the model refuses (with the refusing transition): a
    /// conformance check needs them, since an adapter that accepts what the model refuses diverges there.
    /// </summary>
    public bool StepHookOnRefused { get; init; }

    /// <summary>Called about every <see cref="ProgressInterval"/>.</summary>
    public Action<ExplorationProgress>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is called.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Which search runs (<see cref="ExplorationEngine.Auto"/>: the packed engine where it applies).</summary>
    public ExplorationEngine Engine { get; init; } = ExplorationEngine.Auto;

    /// <summary>
    /// The packed engine decodes every this-many-th stored state and checks it in full (every invariant, every candidate
    /// command against <c>SriovModel.Apply</c>); 0 turns the cross-check off, 1 checks every state.
    /// </summary>
    public int CrossCheckEvery { get; init; } = 4096;

    /// <summary>
    /// With <see cref="Symmetry"/>: also treat hosts of the same configuration (SR-IOV on or off) as interchangeable, and
    /// VMs as interchangeable by VLAN alone (their initial host matters only in the initial state, which is
    /// canonicalised like any other). Packed engine only.
    /// </summary>
    public bool HostSymmetry { get; init; }

    /// <summary>
    /// Worker threads expanding the frontier (1: the single-threaded search). The verdict, counts, depth, coverage and
    /// shortest counterexample are the same for any count; a step hook (exhaustive conformance) runs on one worker.
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Whether a closed search also checks liveness, "AG EF recovered" (<see cref="Recovery"/>), by backward reachability
    /// over the stored graph (<see cref="ExplorationResult.Liveness"/>); not with a step hook.
    /// </summary>
    public bool CheckLiveness { get; init; } = true;

    /// <summary>
    /// Bytes the liveness check may spend keeping every stored state's successor indices (then its fixpoint passes read
    /// memory only); null: half of <see cref="MemoryBudgetBytes"/>. Beyond it each pass expands the states again: the
    /// same verdict, counts and passes, more time.
    /// </summary>
    public long? LivenessAdjacencyBytesMax { get; init; }

    /// <summary>
    /// Generic engine only, for testing the checkers against a known-bad transition system: accepted commands this
    /// refuses as well (a planted defect of the model, e.g. a step that never completes); the search runs on one worker.
    /// </summary>
    public Func<ModelState, Command, bool>? PlantedRefusal { get; init; }

    /// <summary>Where the packed engine keeps its visited set (<see cref="VisitedStore.Disk"/>: FASTER and mapped files, bounded by <see cref="DiskBudgetBytes"/>).</summary>
    public VisitedStore Store { get; init; } = VisitedStore.Memory;

    /// <summary>The directory under which a disk-backed visited set makes its own (deleted at the end); null: the system's temporary directory.</summary>
    public string? StoreDirectory { get; init; }

    /// <summary>Bytes a disk-backed visited set may write (its FASTER log and order files); reaching it ends the search as bounded.</summary>
    public long DiskBudgetBytes { get; init; } = 64L << 30;
}
