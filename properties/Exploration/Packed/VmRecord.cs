// Exploration/Packed: one VM of the hoststack profile packed into a ulong
namespace SriovVerification.Exploration.Packed;

/// <summary>
/// One VM of the hoststack profile packed into a <c>ulong</c>: everything the model holds about the VM, its receive
/// filter, its VF and the VF's VPort. Under the hoststack profile every object of a host belongs to exactly one VM
/// (the default VPort and the free, scrubbed VFs follow from the switch bit), so a world is a switch bit per host
/// and one record per VM. The VF, VPort and filter ids are kept only when symmetry is off; with symmetry on they
/// are names the reduction forgets.
/// </summary>
internal static class VmRecord
{
    /// <summary>The host the VM runs on (the source while it migrates), 2 bits.</summary>
    public const int HostShift = 0;

    /// <summary>Paused on the source by a live migration.</summary>
    public const ulong Migrating = 1UL << 2;

    /// <summary>The migration's destination host, 2 bits (0 unless migrating).</summary>
    public const int DestinationShift = 3;

    /// <summary>The VM's data path is Vf.</summary>
    public const ulong DataPathVf = 1UL << 5;

    /// <summary>The VM's network adapter is connected: its filter exists on its host's switch.</summary>
    public const ulong Connected = 1UL << 6;

    /// <summary>The VM's filter is on its VF's VPort (otherwise on the default VPort).</summary>
    public const ulong FilterOnVf = 1UL << 7;

    /// <summary>A VF of the VM's host is allocated to the VM (and has a VPort).</summary>
    public const ulong HasVf = 1UL << 8;

    /// <summary>The VF's guest device (<c>VfDeviceState</c>), 3 bits.</summary>
    public const int DeviceShift = 9;

    /// <summary>A graceful removal of the VF was requested and has not completed.</summary>
    public const ulong RemovalRequested = 1UL << 12;

    /// <summary>The VF miniport initialized the VF once: Bus Master set and MSI-X enabled.</summary>
    public const ulong Initialized = 1UL << 13;

    /// <summary>The VF has DMA in flight.</summary>
    public const ulong Dma = 1UL << 14;

    /// <summary>The VF VPort's NumQueuePairs − 1, 4 bits.</summary>
    public const int QueuePairsShift = 15;

    /// <summary>The VF's VFId, 6 bits (symmetry off).</summary>
    public const int VfIdShift = 19;

    /// <summary>The VF VPort's VPortId, 6 bits (symmetry off).</summary>
    public const int VPortIdShift = 25;

    /// <summary>The VM filter's FilterId, 7 bits, 0 when there is none (symmetry off).</summary>
    public const int FilterIdShift = 31;

    /// <summary>Every bit that describes the VF (cleared when it is freed).</summary>
    public const ulong VfFields = HasVf | (7UL << DeviceShift) | RemovalRequested | Initialized | Dma | (0xFUL << QueuePairsShift)
        | (0x3FUL << VfIdShift) | (0x3FUL << VPortIdShift) | FilterOnVf;

    /// <summary>The id bits (VFId, VPortId, FilterId).</summary>
    public const ulong IdFields = (0x3FUL << VfIdShift) | (0x3FUL << VPortIdShift) | (0x7FUL << FilterIdShift);

    public static int Host(ulong r) => (int)(r >> HostShift) & 3;

    public static int Destination(ulong r) => (int)(r >> DestinationShift) & 3;

    public static int Device(ulong r) => (int)(r >> DeviceShift) & 7;

    public static int QueuePairs(ulong r) => ((int)(r >> QueuePairsShift) & 0xF) + 1;

    public static int VfId(ulong r) => (int)(r >> VfIdShift) & 0x3F;

    public static int VPortId(ulong r) => (int)(r >> VPortIdShift) & 0x3F;

    public static int FilterId(ulong r) => (int)(r >> FilterIdShift) & 0x7F;

    public static ulong WithDevice(ulong r, int device) => (r & ~(7UL << DeviceShift)) | ((ulong)device << DeviceShift);

    public static ulong WithFilterId(ulong r, int id) => (r & ~(0x7FUL << FilterIdShift)) | ((ulong)id << FilterIdShift);

    public static bool Is(ulong r, ulong flag) => (r & flag) != 0;
}
