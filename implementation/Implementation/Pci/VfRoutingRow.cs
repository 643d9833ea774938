// PCI room: one row of the device's First VF Offset / VF Stride table.
namespace SriovVerification.Implementation.Pci;

/// <summary>One row of the device's First VF Offset / VF Stride table: the values from <paramref name="NumVfs"/> on.</summary>
/// <param name="NumVfs">The smallest NumVFs the row holds for.</param>
/// <param name="FirstVfOffset">First VF Offset.</param>
/// <param name="VfStride">VF Stride.</param>
public sealed record VfRoutingRow(int NumVfs, int FirstVfOffset, int VfStride);
