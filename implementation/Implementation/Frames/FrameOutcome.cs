// Frames room: where one frame went.

namespace SriovVerification.Implementation.Frames;

/// <summary>Where one frame went.</summary>
/// <param name="FrameId">The frame's unique identity.</param>
/// <param name="Host">The host whose switch resolved it.</param>
/// <param name="Destination">Its destination MAC address.</param>
/// <param name="Vlan">Its VLAN id (0: untagged).</param>
/// <param name="SenderVm">The VM that sent it, or -1 for a frame from the wire.</param>
/// <param name="Fate">What happened to it.</param>
/// <param name="Vm">The VM it was delivered to, or -1.</param>
/// <param name="Path">The path it was delivered on (Synthetic when not delivered to a VM).</param>
/// <param name="DropReason">Why it was dropped (see <see cref="DropReasons"/>); empty otherwise.</param>
public sealed record FrameOutcome(
    long FrameId, int Host, MacAddress Destination, int Vlan, int SenderVm, FrameFate Fate, int Vm, DataPath Path, string DropReason);
