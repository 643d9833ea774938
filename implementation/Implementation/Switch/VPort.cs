// Switch room: A VPort of the NIC switch.

namespace SriovVerification.Implementation.Switch;

/// <summary>A VPort of the NIC switch.</summary>
internal sealed class VPort(int vportId, int attachedVfId, bool activated, int queuePairs)
{
    /// <summary>Attachment value meaning the PF.</summary>
    public const int AttachedToPf = -1;

    public int VPortId { get; } = vportId;

    /// <summary>The VF it is attached to, or <see cref="AttachedToPf"/>.</summary>
    public int AttachedVfId { get; } = attachedVfId;

    public bool IsOnPf => AttachedVfId == AttachedToPf;

    public bool Activated { get; set; } = activated;

    public int QueuePairs { get; } = queuePairs;

    /// <summary>The VPort's name (<c>VPortName</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The <c>NdisNicSwitchVPortInterruptModeration*</c> value.</summary>
    public uint InterruptModeration { get; set; } = NdisConstants.VPortInterruptModerationAdaptive;

    /// <summary>The processors of its interrupts.</summary>
    public GroupAffinity ProcessorAffinity { get; set; }

    /// <summary>Whether lookahead split is enabled (<c>NDIS_NIC_SWITCH_VPORT_PARAMS_LOOKAHEAD_SPLIT_ENABLED</c>).</summary>
    public bool LookaheadSplit { get; set; }

    /// <summary>The lookahead split size.</summary>
    public uint LookaheadSize { get; set; }

    /// <summary>Unique per adapter: tells this VPort from an earlier or later one with the same id.</summary>
    public long Incarnation { get; init; }
}
