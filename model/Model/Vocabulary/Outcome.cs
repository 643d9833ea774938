// What a command's step answered: status, reason and data.
namespace SriovVerification.Model;

/// <summary>What happened to a frame.</summary>
public enum FrameFate
{
    /// <summary>Delivered to a VM (over the path in <see cref="OutcomeData.Frame.Path"/>).</summary>
    DeliveredToVm,
    /// <summary>Delivered to the management OS through the default VPort (no VM owns the MAC).</summary>
    DeliveredToHost,
    /// <summary>Sent out of the physical port.</summary>
    SentToWire,
    /// <summary>Dropped (reason in <see cref="OutcomeData.Frame.DropReason"/>).</summary>
    Dropped,
}

/// <summary>
/// The result of applying one command: the NDIS status, the reason for a refusal (empty on
/// success), and the data a successful command returns.
/// </summary>
/// <param name="Status">The status.</param>
/// <param name="Reason">Why it was refused, naming the unmet precondition; empty on success.</param>
/// <param name="Data">What it returned (ids assigned, bytes read, where a frame went), if anything.</param>
public sealed record Outcome(NdisStatus Status, string Reason, OutcomeData? Data = null)
{
    /// <summary>A success without data.</summary>
    public static Outcome Ok { get; } = new(NdisStatus.Success, "");

    /// <summary>A success with data.</summary>
    public static Outcome OkWith(OutcomeData data) => new(NdisStatus.Success, "", data);

    /// <summary>A refusal.</summary>
    public static Outcome Refused(NdisStatus status, string reason) => new(status, reason);

    /// <summary>A refusal that returns data (<c>INVALID_LENGTH</c> with its <see cref="OutcomeData.LengthNeeded"/>).</summary>
    public static Outcome RefusedWith(NdisStatus status, string reason, OutcomeData data) => new(status, reason, data);

    /// <summary>Whether the command was accepted.</summary>
    public bool IsSuccess => Status == NdisStatus.Success;
}

/// <summary>Data returned by a successful command. A closed union.</summary>
public abstract record OutcomeData
{
    private protected OutcomeData()
    {
    }

    /// <summary>ALLOCATE_VF: the VFId and RequestorId assigned.</summary>
    public sealed record VfAllocated(int VfId, int Rid) : OutcomeData;

    /// <summary>CREATE_VPORT: the VPortId assigned.</summary>
    public sealed record VPortCreated(int VPortId) : OutcomeData;

    /// <summary>SET_FILTER (or VmConnect): the FilterId assigned.</summary>
    public sealed record FilterCreated(int FilterId) : OutcomeData;

    /// <summary>HostAttachVf: the VF, its RID and its VPort.</summary>
    public sealed record VfAttached(int VfId, int Rid, int VPortId) : OutcomeData;

    /// <summary>READ_VF_CONFIG_SPACE: the value read (little endian), or null where the model does not define those bytes.</summary>
    public sealed record ConfigSpaceRead(uint? Value) : OutcomeData;

    /// <summary>READ_VF_CONFIG_BLOCK: the bytes read are all <paramref name="Value"/>.</summary>
    public sealed record ConfigBlockRead(byte Value) : OutcomeData;

    /// <summary>The VF miniport received this invalidation mask.</summary>
    public sealed record InvalidationDelivered(ulong Mask) : OutcomeData;

    /// <summary>Where a frame went.</summary>
    public sealed record Frame(FrameFate Fate, int Vm, DataPath Path, string DropReason) : OutcomeData;

    /// <summary>An enumeration: one canonical line per object, sorted by id.</summary>
    public sealed record Enumerated(ValueArray<string> Entries) : OutcomeData;

    /// <summary>An <c>INVALID_LENGTH</c> refusal: the <c>BytesNeeded</c> the request completed with.</summary>
    public sealed record LengthNeeded(int BytesNeeded) : OutcomeData;
}

/// <summary>A command's outcome and the state it leads to.</summary>
/// <param name="Outcome">Status, reason and data.</param>
/// <param name="State">The next state (the same value when refused).</param>
public sealed record Transition(Outcome Outcome, ModelState State);

/// <summary>A violated invariant.</summary>
/// <param name="InvariantId">Stable id, <c>INV-nn</c>.</param>
/// <param name="Message">What does not hold, with the values involved.</param>
public sealed record InvariantViolation(string InvariantId, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{InvariantId}: {Message}";
}
