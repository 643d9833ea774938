// Frames room: one delivery of a frame to a VM.

namespace SriovVerification.Implementation.Frames;

/// <summary>One delivery of a frame to a VM: loss, duplication and misdelivery are counted from these.</summary>
/// <param name="FrameId">The frame.</param>
/// <param name="Vm">The VM it reached.</param>
/// <param name="Path">The path it took.</param>
public sealed record FrameDelivery(long FrameId, int Vm, DataPath Path);
