// Switch room: A VPort read back for a harness.

namespace SriovVerification.Implementation.Switch;

/// <summary>A VPort read back for a harness.</summary>
/// <param name="VPortId">Its id (0: the default VPort).</param>
/// <param name="AttachedVfId">The VF it is attached to, or -1 for the PF.</param>
/// <param name="Activated">Its state.</param>
/// <param name="QueuePairs">Its queue pairs.</param>
public sealed record VPortSnapshot(int VPortId, int AttachedVfId, bool Activated, int QueuePairs)
{
    /// <summary>Its <c>VPortName</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Its <c>InterruptModeration</c>.</summary>
    public uint InterruptModeration { get; init; }

    /// <summary>Its <c>ProcessorAffinity</c>.</summary>
    public GroupAffinity ProcessorAffinity { get; init; }

    /// <summary>Whether lookahead split is enabled.</summary>
    public bool LookaheadSplit { get; init; }

    /// <summary>Its <c>LookaheadSize</c>.</summary>
    public uint LookaheadSize { get; init; }
}
