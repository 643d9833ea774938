// Harness/Conformance: the abstraction's scoped reading: only the hosts a step can have changed are read again
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance;

/// <content>The scoped reading: only the hosts a step can have changed, the rest kept from the previous reading.</content>
public static partial class Abstraction
{
    /// <summary>
    /// The per-step reading of the hosts in <paramref name="scope"/> (as <see cref="Observe(I.Datacenter, ModelConfig)"/>
    /// reads them, discrepancies and capability included) and of every VM; every other host is
    /// <paramref name="previous"/>'s, unread. A full reading is this with <see cref="ReadScope.All"/>.
    /// </summary>
    public static AdapterReading Observe(I.Datacenter adapter, ModelConfig config, ModelState previous, ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return Observe(adapter, config, SnapshotParts, previous, scope);
    }
}
