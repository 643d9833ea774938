// Harness/Conformance/Monitors: INV-09 at run time, on the whole switch table the data path routes by (not only on the filter table the OIDs enumerate)
using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Conformance.Monitors;

/// <summary>
/// INV-09 at run time, on the whole switch table the data path routes by (not only on the filter table the OIDs
/// enumerate): every live filter has exactly one entry, on the VPort the filter table says, and no entry belongs to a
/// filter that is gone. The switch takes the first match, so a filter on two VPorts is otherwise invisible until a frame
/// shows it.
/// </summary>
public static class SwitchTableCheck
{
    /// <summary>The INV-09 violations of every host's published switch table against its filter table.</summary>
    public static IReadOnlyList<InvariantViolation> Check(I.Datacenter adapter, ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(config);
        List<InvariantViolation>? violations = null;
        for (var h = 0; h < config.HostCount; h++)
        {
            var routes = adapter.QueryFilterRoutes(h);
            var filters = adapter.QueryFilters(h);
            for (var f = 0; f < filters.Count; f++)
            {
                var filter = filters[f];
                if (!OnExactlyItsVPort(routes, filter.FilterId, filter.VPortId))
                {
                    var vports = routes.Where(r => r.FilterId == filter.FilterId).Select(r => r.VPortId);
                    (violations ??= []).Add(new InvariantViolation("INV-09", string.Create(CultureInfo.InvariantCulture,
                        $"host {h} switch table: filter {filter.FilterId} (on VPort {filter.VPortId}) has entries on VPorts [{string.Join(", ", vports)}], not on exactly one")));
                }
            }

            if (HasOrphan(routes, filters))
            {
                foreach (var orphan in routes.Where(r => filters.All(f => f.FilterId != r.FilterId)).Select(r => r.FilterId).Distinct())
                {
                    (violations ??= []).Add(new InvariantViolation("INV-09", string.Create(CultureInfo.InvariantCulture,
                        $"host {h} switch table: an entry of filter {orphan}, which no longer exists")));
                }
            }
        }

        return violations ?? (IReadOnlyList<InvariantViolation>)[];
    }

    /// <summary>Whether the table has exactly one entry of <paramref name="filterId"/>, and it is on <paramref name="vportId"/>.</summary>
    private static bool OnExactlyItsVPort(IReadOnlyList<(int FilterId, int VPortId)> routes, int filterId, int vportId)
    {
        var entries = 0;
        var onItsVPort = false;
        for (var r = 0; r < routes.Count; r++)
        {
            if (routes[r].FilterId == filterId)
            {
                entries++;
                onItsVPort = routes[r].VPortId == vportId;
            }
        }

        return entries == 1 && onItsVPort;
    }

    /// <summary>Whether some entry of the table belongs to no filter of <paramref name="filters"/>.</summary>
    private static bool HasOrphan(IReadOnlyList<(int FilterId, int VPortId)> routes, IReadOnlyList<I.Switch.FilterSnapshot> filters)
    {
        for (var r = 0; r < routes.Count; r++)
        {
            var found = false;
            for (var f = 0; f < filters.Count && !found; f++)
            {
                found = filters[f].FilterId == routes[r].FilterId;
            }

            if (!found)
            {
                return true;
            }
        }

        return false;
    }
}
