namespace SriovVerification.Implementation;

/// <summary>One VF of the adapter as the PF miniport tracks it.</summary>
internal sealed class VirtualFunction(int vfId, int routingId, IReadOnlyList<ConfigBlockDefinition> blocks)
{
    public int VfId { get; } = vfId;

    /// <summary>The RID the hardware gave the function when VF Enable was set.</summary>
    public int RoutingId { get; } = routingId;

    public string OwnerVmName { get; set; } = "";

    public bool IsAllocated => OwnerVmName.Length > 0;

    /// <summary>The RequestorId reported while allocated (0 when free).</summary>
    public int Rid { get; set; }

    public MacAddress MacAddress { get; set; }

    public int VlanId { get; set; }

    public VfDeviceState Device { get; set; }

    public bool InterruptPending { get; set; }

    public bool DmaActive { get; set; }

    public bool PowerD3 { get; set; }

    public byte[][] ConfigBlocks { get; } = blocks.Select(b => new byte[b.SizeBytes]).ToArray();

    public ulong PendingInvalidation { get; set; }

    /// <summary>When a graceful removal was requested: the tick its time-out expires; null otherwise.</summary>
    public long? RemovalDeadlineTicks { get; set; }
}
