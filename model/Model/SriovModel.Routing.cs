// Which receive filter routes a frame: fields ANDed, filters ORed, the most specific wins.
namespace SriovVerification.Model;

/// <summary>Which receive filter routes a frame (<c>docs/MODEL.md</c>, "Receive filters: fields ANDed, filters ORed").</summary>
public static partial class SriovModel
{
    /// <summary>
    /// The index of the filter that routes a frame to (<paramref name="macIndex"/>, <paramref name="vlan"/>; VLAN 0: untagged
    /// or VID 0), or -1 (<c>docs/MODEL.md</c>, "Receive filters"). A filter matches when all its fields match (the MAC
    /// equal when it tests one; the VLAN id equal, or for a filter without a VLAN test the frame untagged or VID 0). Of the
    /// matching filters the most specific wins (MAC+VLAN over MAC-only over VLAN-only), then the lowest FilterId.
    /// </summary>
    public static int FilterIndexRouting(HostState host, int macIndex, int vlan)
    {
        var best = -1;
        var filters = host.Filters.Items;
        for (var i = 0; i < filters.Length; i++)
        {
            var f = filters[i];
            var testsMac = f.MacIndex != Command.SetFilter.NoMac;
            if (f.Vlan != vlan || (testsMac && f.MacIndex != macIndex) || (!testsMac && f.Vlan == 0))
            {
                continue;
            }

            if (best < 0 || Specificity(f) > Specificity(filters[best])
                || (Specificity(f) == Specificity(filters[best]) && f.FilterId < filters[best].FilterId))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>2 for a MAC+VLAN filter, 1 for MAC-only, 0 for VLAN-only.</summary>
    private static int Specificity(FilterState filter) =>
        filter.MacIndex == Command.SetFilter.NoMac ? 0 : filter.Vlan == 0 ? 1 : 2;
}
