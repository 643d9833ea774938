// Snapshots room: A type that makes its own deep copy for ObjectGraphCopy.
namespace SriovVerification.Implementation.Snapshots;

/// <summary>
/// A type that makes its own deep copy for <see cref="ObjectGraphCopy"/>: cheaper than the field-by-field copy when the
/// copy can share parts that neither side will write again (an append-only log shares its filled chunks of immutable
/// entries). The copier registers the copy under the original's identity and does not look into it.
/// </summary>
internal interface ISnapshotCopy
{
    /// <summary>An independent copy: nothing done to it changes the original, and nothing done to the original changes it.</summary>
    object SnapshotCopy();
}
