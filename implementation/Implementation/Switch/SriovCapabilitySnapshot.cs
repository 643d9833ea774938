// Switch room: the PF's SR-IOV extended capability as read from its configuration space.
namespace SriovVerification.Implementation.Switch;

/// <summary>The PF's SR-IOV extended capability as read from its configuration space.</summary>
/// <param name="TotalVfs">TotalVFs.</param>
/// <param name="InitialVfs">InitialVFs.</param>
/// <param name="NumVfs">NumVFs.</param>
/// <param name="VfEnable">The VF Enable control bit.</param>
/// <param name="VfMemorySpaceEnable">The VF MSE control bit.</param>
/// <param name="FirstVfOffset">First VF Offset.</param>
/// <param name="VfStride">VF Stride.</param>
/// <param name="VfDeviceId">VF Device ID.</param>
/// <param name="SystemPageSize">System Page Size.</param>
public sealed record SriovCapabilitySnapshot(
    int TotalVfs, int InitialVfs, int NumVfs, bool VfEnable, bool VfMemorySpaceEnable, int FirstVfOffset, int VfStride, int VfDeviceId, int SystemPageSize)
{
    /// <summary>VF BAR0 … BAR5.</summary>
    public IReadOnlyList<uint> VfBars { get; init; } = [];

    /// <summary>The driver's accesses to the capability since VF Enable was last clear (NumVFs, FirstVFOffset, VFStride, VFEnable), in order.</summary>
    public IReadOnlyList<string> EnableAccesses { get; init; } = [];

    /// <summary>Value equality, the two lists element by element.</summary>
    public bool Equals(SriovCapabilitySnapshot? other) =>
        other is not null
        && (TotalVfs, InitialVfs, NumVfs, VfEnable, VfMemorySpaceEnable, FirstVfOffset, VfStride, VfDeviceId, SystemPageSize)
            == (other.TotalVfs, other.InitialVfs, other.NumVfs, other.VfEnable, other.VfMemorySpaceEnable, other.FirstVfOffset, other.VfStride, other.VfDeviceId, other.SystemPageSize)
        && VfBars.SequenceEqual(other.VfBars) && EnableAccesses.SequenceEqual(other.EnableAccesses);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TotalVfs, NumVfs, VfEnable, FirstVfOffset, VfStride, EnableAccesses.Count);
}
