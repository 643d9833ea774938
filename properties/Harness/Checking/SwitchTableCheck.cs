using System.Globalization;
using SriovVerification.Model;
using I = SriovVerification.Implementation;

namespace SriovVerification.Harness.Checking;

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
            foreach (var filter in filters)
            {
                var vports = routes.Where(r => r.FilterId == filter.FilterId).Select(r => r.VPortId).ToList();
                if (vports.Count != 1 || vports[0] != filter.VPortId)
                {
                    (violations ??= []).Add(new InvariantViolation("INV-09", string.Create(CultureInfo.InvariantCulture,
                        $"host {h} switch table: filter {filter.FilterId} (on VPort {filter.VPortId}) has entries on VPorts [{string.Join(", ", vports)}], not on exactly one")));
                }
            }

            foreach (var orphan in routes.Where(r => filters.All(f => f.FilterId != r.FilterId)).Select(r => r.FilterId).Distinct())
            {
                (violations ??= []).Add(new InvariantViolation("INV-09", string.Create(CultureInfo.InvariantCulture,
                    $"host {h} switch table: an entry of filter {orphan}, which no longer exists")));
            }
        }

        return violations ?? (IReadOnlyList<InvariantViolation>)[];
    }
}
