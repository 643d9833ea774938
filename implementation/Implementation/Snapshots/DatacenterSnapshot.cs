// Snapshots room: A stored state of a Datacenter.
using SriovVerification.Implementation.Concurrency;

namespace SriovVerification.Implementation.Snapshots;

/// <summary>
/// A stored state of a <see cref="Datacenter"/>: a deep copy of its whole object graph (hosts, PF miniports, VFs,
/// VPorts, filters, config spaces, guests, the clock and the seeded generator, the OID, frame and data-path logs),
/// taken by <see cref="Datacenter.Snapshot"/> or by <see cref="Freeze"/>. <see cref="Restore"/> returns a new,
/// independent datacenter in exactly that state as often as asked; nothing done to one changes the others. A harness's
/// <see cref="IScheduler"/> is shared, not copied.
/// </summary>
public sealed class DatacenterSnapshot
{
    private readonly Datacenter frozen;

    private DatacenterSnapshot(Datacenter frozen) => this.frozen = frozen;

    /// <summary>
    /// The snapshot of <paramref name="datacenter"/> without copying it: the datacenter becomes the stored state and
    /// must not be used again by its owner.
    /// </summary>
    public static DatacenterSnapshot Freeze(Datacenter datacenter)
    {
        ArgumentNullException.ThrowIfNull(datacenter);
        return new DatacenterSnapshot(datacenter);
    }

    /// <summary>A new datacenter in the stored state.</summary>
    public Datacenter Restore() => ObjectGraphCopy.Of(frozen);
}
