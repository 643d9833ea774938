// Frames room: what happened to a frame.

namespace SriovVerification.Implementation.Frames;

/// <summary>What happened to a frame.</summary>
public enum FrameFate
{
    /// <summary>Delivered to a VM over the synthetic or the VF path.</summary>
    DeliveredToVm,
    /// <summary>Delivered to the management OS through the default VPort.</summary>
    DeliveredToHost,
    /// <summary>Sent out of the physical port.</summary>
    SentToWire,
    /// <summary>Dropped, for the reason given.</summary>
    Dropped,
}
