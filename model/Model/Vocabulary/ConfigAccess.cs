// The bounds of one VF config-space access, read off its command.
namespace SriovVerification.Model;

/// <summary>A config-space access (<see cref="CommandDescriptor.ConfigAccessOf"/>): INV-19's bounds.</summary>
/// <param name="Offset">The offset in the VF's config space.</param>
/// <param name="Length">Bytes accessed.</param>
/// <param name="BufferOffset">The offset in the caller's buffer.</param>
/// <param name="BufferLength">The caller's buffer's length.</param>
public readonly record struct ConfigAccess(int Offset, int Length, int BufferOffset, int BufferLength);
