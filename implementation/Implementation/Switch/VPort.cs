namespace SriovVerification.Implementation;

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
}
