// The datacenter's snapshot seam: a deep copy of the whole datacenter, to restore a stored state without replaying its history.
using SriovVerification.Implementation.Snapshots;

namespace SriovVerification.Implementation;

/// <content>Snapshots: a deep copy of the whole datacenter, to restore a stored state without replaying its history.</content>
public sealed partial class Datacenter
{
    /// <summary>
    /// A snapshot of the current state (a deep copy; this datacenter stays usable). Taken between operations, never from
    /// inside one (no lock may be held).
    /// </summary>
    public DatacenterSnapshot Snapshot() => DatacenterSnapshot.Freeze(ObjectGraphCopy.Of(this));
}
