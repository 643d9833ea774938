// Harness/Conformance: field-level differences between two model states, one line each
using System.Globalization;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance;

/// <summary>Field-level differences between two model states, one line each: <c>host0.vf1.OwnerVm: expected 2, actual -1</c>.</summary>
public static class StateDiff
{
    /// <summary>Upper bound on the lines reported for one pair of states.</summary>
    public const int LineCountMax = 64;

    /// <summary>The differences of <paramref name="actual"/> from <paramref name="expected"/>; empty when equal.</summary>
    public static ValueArray<string> Of(ModelState expected, ModelState actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Equals(actual))
        {
            return ValueArray<string>.Empty;
        }

        var lines = new List<string>();
        Compare(lines, "Hosts.Count", expected.Hosts.Length, actual.Hosts.Length);
        for (var h = 0; h < expected.Hosts.Length && h < actual.Hosts.Length; h++)
        {
            Host(lines, "host" + Text(h), expected.Hosts[h], actual.Hosts[h]);
        }

        Compare(lines, "Vms.Count", expected.Vms.Length, actual.Vms.Length);
        for (var v = 0; v < expected.Vms.Length && v < actual.Vms.Length; v++)
        {
            var e = expected.Vms[v];
            var a = actual.Vms[v];
            var at = "vm" + Text(v);
            Compare(lines, at + ".Host", e.Host, a.Host);
            Compare(lines, at + ".Migrating", e.Migrating, a.Migrating);
            Compare(lines, at + ".MigrationDestination", e.MigrationDestination, a.MigrationDestination);
            Compare(lines, at + ".DataPath", e.DataPath, a.DataPath);
            Compare(lines, at + ".Connected", e.Connected, a.Connected);
        }

        if (lines.Count > LineCountMax)
        {
            var more = lines.Count - LineCountMax;
            lines.RemoveRange(LineCountMax, more);
            lines.Add($"… {more.ToString(CultureInfo.InvariantCulture)} more differences");
        }

        return ValueArray.Create<string>(lines.ToArray());
    }

    private static void Host(List<string> lines, string at, HostState e, HostState a)
    {
        if (e.Equals(a))
        {
            return;
        }

        Compare(lines, at + ".Switches", Join(e.Switches), Join(a.Switches));
        Compare(lines, at + ".NumVfs", e.NumVfs, a.NumVfs);
        Compare(lines, at + ".VfEnable", e.VfEnable, a.VfEnable);
        Compare(lines, at + ".Halted", e.Halted, a.Halted);
        Compare(lines, at + ".Vfs.Count", e.Vfs.Length, a.Vfs.Length);
        for (var i = 0; i < e.Vfs.Length && i < a.Vfs.Length; i++)
        {
            var ev = e.Vfs[i];
            var av = a.Vfs[i];
            if (ev.Equals(av))
            {
                continue;
            }

            var vf = at + ".vf" + Text(i);
            Compare(lines, vf + ".VfId", ev.VfId, av.VfId);
            Compare(lines, vf + ".OwnerVm", ev.OwnerVm, av.OwnerVm);
            Compare(lines, vf + ".Rid", Hex(ev.Rid), Hex(av.Rid));
            Compare(lines, vf + ".Device", ev.Device, av.Device);
            Compare(lines, vf + ".RemovalRequested", ev.RemovalRequested, av.RemovalRequested);
            Compare(lines, vf + ".CommandRegister", Hex(ev.CommandRegister), Hex(av.CommandRegister));
            Compare(lines, vf + ".MsixEnabled", ev.MsixEnabled, av.MsixEnabled);
            Compare(lines, vf + ".MsiEnabled", ev.MsiEnabled, av.MsiEnabled);
            Compare(lines, vf + ".SpoofedFrames", ev.SpoofedFrames, av.SpoofedFrames);
            Compare(lines, vf + ".InterruptPending", ev.InterruptPending, av.InterruptPending);
            Compare(lines, vf + ".DmaActive", ev.DmaActive, av.DmaActive);
            Compare(lines, vf + ".PowerD3", ev.PowerD3, av.PowerD3);
            Compare(lines, vf + ".ConfigBlocks", string.Join(",", ev.ConfigBlocks.Items), string.Join(",", av.ConfigBlocks.Items));
            Compare(lines, vf + ".PendingInvalidation", "0x" + ev.PendingInvalidation.ToString("X", CultureInfo.InvariantCulture), "0x" + av.PendingInvalidation.ToString("X", CultureInfo.InvariantCulture));
        }

        Keyed(lines, at, "vport", e.VPorts, a.VPorts, p => p.VPortId, p => string.Create(CultureInfo.InvariantCulture, $"{(p.IsOnPf ? "pf" : "vf" + Text(p.AttachedVfId))} {(p.Activated ? "activated" : "deactivated")} qp={p.QueuePairs} {ChangeSummary.VPortParameters(p)}"));
        Keyed(lines, at, "filter", e.Filters, a.Filters, f => f.FilterId, f => string.Create(CultureInfo.InvariantCulture, $"vport{f.VPortId} mac={(f.MacIndex == Command.SetFilter.NoMac ? "none" : Text(f.MacIndex))} vlan={f.Vlan} owner={(f.OwnerVm >= 0 ? "vm" + Text(f.OwnerVm) : "none")}"));
    }

    private static void Keyed<T>(List<string> lines, string at, string name, ValueArray<T> expected, ValueArray<T> actual, Func<T, int> id, Func<T, string> describe)
    {
        var ids = new SortedSet<int>();
        foreach (var item in expected)
        {
            ids.Add(id(item));
        }

        foreach (var item in actual)
        {
            ids.Add(id(item));
        }

        foreach (var key in ids)
        {
            var e = Find(expected, id, key);
            var a = Find(actual, id, key);
            Compare(lines, at + "." + name + Text(key), e is null ? "absent" : describe(e), a is null ? "absent" : describe(a));
        }
    }

    private static T? Find<T>(ValueArray<T> items, Func<T, int> id, int key)
    {
        foreach (var item in items)
        {
            if (id(item) == key)
            {
                return item;
            }
        }

        return default;
    }

    private static string Join(ValueArray<NicSwitchState> switches)
    {
        if (switches.Length == 0)
        {
            return "none";
        }

        var parts = new string[switches.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var s = switches[i];
            parts[i] = string.Create(CultureInfo.InvariantCulture, $"switch{s.SwitchId} {(s.External ? "External" : "Internal")} numvfs={s.NumVfs}");
        }

        return string.Join(",", parts);
    }

    private static void Compare<T>(List<string> lines, string field, T expected, T actual)
        where T : notnull
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: expected {Format(expected)}, actual {Format(actual)}"));
        }
    }

    private static string Format<T>(T value)
        where T : notnull => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Hex(int value) => "0x" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
