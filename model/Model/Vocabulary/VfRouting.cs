// A device's First VF Offset / VF Stride table row.
namespace SriovVerification.Model;

/// <summary>One row of a device's First VF Offset / VF Stride table: the values the SR-IOV capability shows from <paramref name="NumVfs"/> on.</summary>
/// <param name="NumVfs">The smallest NumVFs the row holds for.</param>
/// <param name="FirstVfOffset">First VF Offset.</param>
/// <param name="VfStride">VF Stride.</param>
public sealed record VfRouting(int NumVfs, int FirstVfOffset, int VfStride);
