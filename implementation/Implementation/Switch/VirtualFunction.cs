// Switch room: one VF of the adapter as the PF miniport tracks it.

namespace SriovVerification.Implementation.Switch;

/// <summary>One VF of the adapter as the PF miniport tracks it.</summary>
internal sealed class VirtualFunction(int vfId, int routingId, IReadOnlyList<ConfigBlockDefinition> blocks)
{
    public int VfId { get; } = vfId;

    /// <summary>The RID the hardware gave the function when VF Enable was set.</summary>
    public int RoutingId { get; } = routingId;

    public string OwnerVmName { get; set; } = "";

    /// <summary>The VM network adapter the VF was allocated for (<c>NicName</c>).</summary>
    public string NicName { get; set; } = "";

    public bool IsAllocated => OwnerVmName.Length > 0;

    /// <summary>The RequestorId reported while allocated (0 when free).</summary>
    public int Rid { get; set; }

    public MacAddress MacAddress { get; set; }

    // Read by the data path without the request lock: volatile fields, each written as a whole.
    private volatile VfDeviceState device;
    private volatile bool interruptPending;
    private volatile bool powerD3;

    public VfDeviceState Device { get => device; set => device = value; }

    public bool InterruptPending { get => interruptPending; set => interruptPending = value; }

    public bool DmaActive { get; set; }

    private int spoofedFrames;

    /// <summary>Frames the VF's anti-spoofing check dropped (a source MAC not the one programmed at ALLOCATE_VF); scrubbed by FREE_VF.</summary>
    public int SpoofedFrames => Volatile.Read(ref spoofedFrames);

    /// <summary>Counts one spoofed frame, from the lock-free data path.</summary>
    public void CountSpoofedFrame() => Interlocked.Increment(ref spoofedFrames);

    /// <summary>Clears the spoof counter (the slot's scrub).</summary>
    public void ClearSpoofedFrames() => Volatile.Write(ref spoofedFrames, 0);

    /// <summary>Whether the VF was surprise removed since it was last allocated (cleared when its slot is scrubbed).</summary>
    public bool SurpriseRemovedSinceAllocation { get; set; }

    public bool PowerD3 { get => powerD3; set => powerD3 = value; }

    public byte[][] ConfigBlocks { get; } = blocks.Select(b => new byte[b.SizeBytes]).ToArray();

    public ulong PendingInvalidation { get; set; }

    /// <summary>When a graceful removal was requested: the tick its time-out expires; null otherwise.</summary>
    public long? RemovalDeadlineTicks { get; set; }
}
