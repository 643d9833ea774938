// Harness/Reliability: everything a datacenter shows through its read-backs, flattened to key = value entries
using System.Globalization;
using SriovVerification.Implementation;
using SriovVerification.Implementation.Switch;

namespace SriovVerification.Harness.Reliability;

/// <summary>
/// Everything a datacenter shows through its read-backs, flattened to <c>key = value</c> entries: per host the switch,
/// the SR-IOV capability, the PF's configuration space, every VF (snapshot and configuration-space bytes), VPort and
/// filter, the VM ports; per VM its snapshot and the invalidations received. The OID log and the frame log are left
/// out (they grow by design). Keys are stable, so two snapshots compare entry by entry.
/// </summary>
public sealed class RawSnapshot
{
    private RawSnapshot(SortedDictionary<string, string> entries) => Entries = entries;

    /// <summary>The entries, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>Reads every read-back of <paramref name="datacenter"/>.</summary>
    public static RawSnapshot Capture(Datacenter datacenter)
    {
        ArgumentNullException.ThrowIfNull(datacenter);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var h = 0; h < datacenter.Hosts.Count; h++)
        {
            var host = $"host{h}";
            entries[$"{host}.switch"] = datacenter.QuerySwitchExists(h).ToString();
            entries[$"{host}.capability"] = datacenter.QueryCapability(h).ToString();
            entries[$"{host}.pf.configspace"] = Convert.ToHexString(datacenter.Hosts[h].Miniport.ReadPfConfigSpace(0, 4096));
            entries[$"{host}.queuepairs"] = datacenter.Hosts[h].Miniport.QueuePairsInUse.ToString(CultureInfo.InvariantCulture);
            foreach (var vf in datacenter.QueryVfs(h))
            {
                var key = $"{host}.vf{vf.VfId}";
                entries[key] = (vf with { ConfigBlocks = [] }).ToString();
                for (var b = 0; b < vf.ConfigBlocks.Count; b++)
                {
                    entries[$"{key}.block{b}"] = Convert.ToHexString(vf.ConfigBlocks[b]);
                }

                entries[$"{key}.configspace"] = Convert.ToHexString(datacenter.Hosts[h].Miniport.VfConfigSpaceBytes(vf.VfId));
            }

            foreach (var vport in datacenter.QueryVPorts(h))
            {
                entries[$"{host}.vport{vport.VPortId}"] = vport.ToString();
            }

            foreach (var filter in datacenter.QueryFilters(h))
            {
                entries[$"{host}.filter{filter.FilterId}"] = filter.ToString() + " owner=" + datacenter.QueryFilterOwner(h, filter.FilterId).ToString(CultureInfo.InvariantCulture);
            }
        }

        for (var vm = 0; vm < datacenter.Options.VmCount; vm++)
        {
            entries[$"vm{vm}"] = datacenter.QueryVm(vm).ToString();
            entries[$"vm{vm}.invalidations"] = string.Join(",", datacenter.QueryInvalidationsReceived(vm).Select(m => m.ToString("X", CultureInfo.InvariantCulture)));
        }

        return new RawSnapshot(entries);
    }

    /// <summary>
    /// The entries that differ between this snapshot and <paramref name="after"/>, as <c>key: before → after</c>
    /// (<c>(none)</c> for a missing entry); only keys that <paramref name="include"/> accepts, when given.
    /// </summary>
    public IReadOnlyList<string> Diff(RawSnapshot after, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(after);
        var differences = new List<string>();
        foreach (var key in Entries.Keys.Union(after.Entries.Keys).Order(StringComparer.Ordinal))
        {
            if (include is not null && !include(key))
            {
                continue;
            }

            var before = Entries.GetValueOrDefault(key);
            var now = after.Entries.GetValueOrDefault(key);
            if (!string.Equals(before, now, StringComparison.Ordinal))
            {
                differences.Add(before is not null && now is not null && before.Length == now.Length && before.Length > 160
                    ? $"{key}: {FirstDifference(before, now)}"
                    : $"{key}: {Shorten(before)} → {Shorten(now)}");
            }
        }

        return differences;
    }

    /// <summary>For long values (hex dumps): where they first differ, and eight characters of each from there.</summary>
    private static string FirstDifference(string before, string after)
    {
        var at = 0;
        while (at < before.Length && before[at] == after[at])
        {
            at++;
        }

        var count = Math.Min(8, before.Length - at);
        return string.Create(CultureInfo.InvariantCulture, $"from character {at} (byte 0x{at / 2:X} of a hex dump): {before.Substring(at, count)}… → {after.Substring(at, count)}…");
    }

    private static string Shorten(string? value)
    {
        const int lengthMax = 160;
        if (value is null)
        {
            return "(none)";
        }

        return value.Length <= lengthMax ? value : value[..lengthMax] + $"… ({value.Length} chars)";
    }
}
