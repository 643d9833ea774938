// Switch room: everything the adapter holds about one VF, read back for a harness.

namespace SriovVerification.Implementation.Switch;

/// <summary>Everything the adapter holds about one VF, read back for a harness.</summary>
/// <param name="VfId">The VFId.</param>
/// <param name="OwnerVmName">The VM it is allocated to; empty when free.</param>
/// <param name="Rid">Its RequestorId while allocated; 0 when free.</param>
/// <param name="MacAddress">The MAC address programmed for it.</param>
/// <param name="NicName">The VM network adapter it was allocated for (<c>NicName</c> of ALLOCATE_VF); empty when free.</param>
/// <param name="VPortId">Its nondefault VPort, or null.</param>
/// <param name="Device">The VF device in the owner's guest.</param>
/// <param name="RemovalRequested">A graceful removal was requested and has not completed.</param>
/// <param name="RemovalDeadlineTicks">The virtual tick its removal time-out expires, while requested.</param>
/// <param name="CommandRegister">The Command register of its configuration space.</param>
/// <param name="MsixEnabled">The MSI-X Enable bit of its MSI-X capability.</param>
/// <param name="InterruptPending">An interrupt is pending.</param>
/// <param name="DmaActive">DMA is in flight.</param>
/// <param name="PowerD3">The VF is in D3.</param>
/// <param name="ConfigBlocks">The bytes of each configuration block, in the order of <see cref="AdapterOptions.ConfigBlocks"/>.</param>
/// <param name="PendingInvalidation">OR of the invalidation masks posted and not yet delivered.</param>
/// <remarks><see cref="MsiEnabled"/>: the MSI Enable bit of its MSI capability.</remarks>
public sealed record VfSnapshot(
    int VfId,
    string OwnerVmName,
    int Rid,
    MacAddress MacAddress,
    string NicName,
    int? VPortId,
    VfDeviceState Device,
    bool RemovalRequested,
    long? RemovalDeadlineTicks,
    int CommandRegister,
    bool MsixEnabled,
    bool InterruptPending,
    bool DmaActive,
    bool PowerD3,
    IReadOnlyList<byte[]> ConfigBlocks,
    ulong PendingInvalidation)
{
    /// <summary>The MSI Enable bit of its MSI capability.</summary>
    public bool MsiEnabled { get; init; }

    /// <summary>Frames the VF's anti-spoofing check dropped since its allocation.</summary>
    public int SpoofedFrames { get; init; }

    /// <summary>Whether the VF is allocated.</summary>
    public bool IsAllocated => OwnerVmName.Length > 0;
}
