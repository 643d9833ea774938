// Where a frame command's frame is addressed, read off its command and the state before it.
namespace SriovVerification.Model;

/// <summary>The address of a frame a command carries (<see cref="CommandDescriptor.FrameOf"/>): INV-12.</summary>
/// <param name="Host">The host whose NIC switch forwards it (-1: unknown).</param>
/// <param name="MacIndex">Its destination MAC, by index.</param>
/// <param name="Vlan">Its VLAN.</param>
/// <param name="SenderVm">The sending VM (-1: the wire).</param>
public readonly record struct FrameAddress(int Host, int MacIndex, int Vlan, int SenderVm)
{
    /// <summary>No frame.</summary>
    public static FrameAddress None { get; } = new(-1, -1, -1, -1);
}
