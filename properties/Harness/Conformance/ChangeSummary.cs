// Harness/Conformance: the compact one-line summary of what a step changed (the trace's changes column), e.g
using System.Globalization;
using System.Text;
using SriovVerification.Model;

namespace SriovVerification.Harness.Conformance;

/// <summary>
/// The compact one-line summary of what a step changed (the trace's changes column), e.g.
/// <c>+vf0(vm2) +vport1(vf0) filter1:vport0->vport1 vm2:synthetic->vf</c>. Host-qualified (<c>h1:</c>) off host 0.
/// </summary>
public static class ChangeSummary
{
    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>; empty when nothing did.</summary>
    public static string Of(ModelState before, ModelState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Equals(after))
        {
            return "";
        }

        var text = new StringBuilder();
        for (var h = 0; h < before.Hosts.Length && h < after.Hosts.Length; h++)
        {
            var b = before.Hosts[h];
            var a = after.Hosts[h];
            if (b.Equals(a))
            {
                continue;
            }

            var on = h == 0 ? "" : "h" + Text(h) + ":";
            if (b.Switches.Length != a.Switches.Length)
            {
                Add(text, (a.Switches.Length > 0 ? "+" : "-") + on + "switch0");
            }

            if (b.Halted != a.Halted)
            {
                Add(text, on + (a.Halted ? "pf:halted" : "pf:initialized"));
            }

            Vfs(text, on, b, a);
            VPorts(text, on, b, a);
            Filters(text, on, b, a);
        }

        for (var v = 0; v < before.Vms.Length && v < after.Vms.Length; v++)
        {
            var b = before.Vms[v];
            var a = after.Vms[v];
            if (b.Equals(a))
            {
                continue;
            }

            var vm = "vm" + Text(v);
            if (b.DataPath != a.DataPath)
            {
                Add(text, $"{vm}:{Lower(b.DataPath)}->{Lower(a.DataPath)}");
            }

            if (b.Connected != a.Connected)
            {
                Add(text, vm + (a.Connected ? ":connected" : ":disconnected"));
            }

            if (b.Migrating != a.Migrating)
            {
                Add(text, vm + (a.Migrating ? ":migrating->host" + Text(a.MigrationDestination) : ":resumed"));
            }

            if (b.Host != a.Host)
            {
                Add(text, $"{vm}:host{Text(b.Host)}->host{Text(a.Host)}");
            }
        }

        return text.ToString();
    }

    private static void Vfs(StringBuilder text, string on, HostState b, HostState a)
    {
        for (var i = 0; i < a.Vfs.Length; i++)
        {
            var after = a.Vfs[i];
            var before = i < b.Vfs.Length ? b.Vfs[i] : null;
            if (before is not null && before.Equals(after))
            {
                continue;
            }

            var vf = on + "vf" + Text(i);
            if (before is null)
            {
                continue;
            }

            if (before.OwnerVm != after.OwnerVm)
            {
                Add(text, after.IsAllocated ? $"+{vf}(vm{Text(after.OwnerVm)})" : $"-{vf}(vm{Text(before.OwnerVm)})");
                if (before.IsAllocated && after.IsAllocated)
                {
                    Add(text, $"{vf}:vm{Text(before.OwnerVm)}->vm{Text(after.OwnerVm)}");
                }

                continue;
            }

            VfFields(text, vf, before, after);
        }
    }

    private static void VfFields(StringBuilder text, string vf, VfState before, VfState after)
    {
        if (before.Device != after.Device)
        {
            Add(text, vf + ":" + Lower(after.Device));
        }

        if (before.RemovalRequested != after.RemovalRequested)
        {
            Add(text, vf + (after.RemovalRequested ? ":removal-requested" : ":removal-done"));
        }

        if (before.CommandRegister != after.CommandRegister)
        {
            Add(text, $"{vf}:command=0x{after.CommandRegister.ToString("X4", CultureInfo.InvariantCulture)}");
        }

        if (before.MsixEnabled != after.MsixEnabled)
        {
            Add(text, vf + (after.MsixEnabled ? ":msix-on" : ":msix-off"));
        }

        if (before.MsiEnabled != after.MsiEnabled)
        {
            Add(text, vf + (after.MsiEnabled ? ":msi-on" : ":msi-off"));
        }

        if (before.SpoofedFrames != after.SpoofedFrames)
        {
            Add(text, string.Create(CultureInfo.InvariantCulture, $"{vf}:spoofed={after.SpoofedFrames}"));
        }

        if (before.InterruptPending != after.InterruptPending)
        {
            Add(text, vf + (after.InterruptPending ? ":interrupt" : ":no-interrupt"));
        }

        if (before.DmaActive != after.DmaActive)
        {
            Add(text, vf + (after.DmaActive ? ":dma" : ":no-dma"));
        }

        if (before.PowerD3 != after.PowerD3)
        {
            Add(text, vf + (after.PowerD3 ? ":D3" : ":D0"));
        }

        if (before.ConfigBlocks != after.ConfigBlocks)
        {
            Add(text, vf + ":blocks=" + string.Join(",", after.ConfigBlocks.Items));
        }

        if (before.PendingInvalidation != after.PendingInvalidation)
        {
            Add(text, $"{vf}:pending=0x{after.PendingInvalidation.ToString("X", CultureInfo.InvariantCulture)}");
        }
    }

    private static void VPorts(StringBuilder text, string on, HostState b, HostState a)
    {
        foreach (var p in a.VPorts)
        {
            var old = FindVPort(b, p.VPortId);
            if (old is null)
            {
                Add(text, $"+{on}vport{Text(p.VPortId)}({(p.IsOnPf ? "pf" : "vf" + Text(p.AttachedVfId))})");
            }
            else
            {
                if (old.Activated != p.Activated)
                {
                    Add(text, $"{on}vport{Text(p.VPortId)}:{(p.Activated ? "activated" : "deactivated")}");
                }

                if (VPortParameters(old) != VPortParameters(p))
                {
                    Add(text, $"{on}vport{Text(p.VPortId)}:{VPortParameters(p)}");
                }
            }
        }

        foreach (var p in b.VPorts)
        {
            if (FindVPort(a, p.VPortId) is null)
            {
                Add(text, $"-{on}vport{Text(p.VPortId)}");
            }
        }
    }

    /// <summary>A VPort's parameters as the trace shows them: <c>name=1 moderation=2 affinity=0x1 split=on lookahead=128</c>.</summary>
    internal static string VPortParameters(VPortState p) => string.Create(
        CultureInfo.InvariantCulture,
        $"name={p.NameIndex} moderation={p.InterruptModeration} affinity=0x{p.AffinityMask:X} split={(p.LookaheadSplit ? "on" : "off")} lookahead={p.LookaheadSize}");

    private static void Filters(StringBuilder text, string on, HostState b, HostState a)
    {
        foreach (var f in a.Filters)
        {
            var old = FindFilter(b, f.FilterId);
            if (old is null)
            {
                Add(text, $"+{on}filter{Text(f.FilterId)}{(f.OwnerVm >= 0 ? "(vm" + Text(f.OwnerVm) + ")" : "")}@vport{Text(f.VPortId)}");
            }
            else if (old.VPortId != f.VPortId)
            {
                Add(text, $"{on}filter{Text(f.FilterId)}:vport{Text(old.VPortId)}->vport{Text(f.VPortId)}");
            }
        }

        foreach (var f in b.Filters)
        {
            if (FindFilter(a, f.FilterId) is null)
            {
                Add(text, $"-{on}filter{Text(f.FilterId)}");
            }
        }
    }

    private static VPortState? FindVPort(HostState host, int id)
    {
        foreach (var p in host.VPorts)
        {
            if (p.VPortId == id)
            {
                return p;
            }
        }

        return null;
    }

    private static FilterState? FindFilter(HostState host, int id)
    {
        foreach (var f in host.Filters)
        {
            if (f.FilterId == id)
            {
                return f;
            }
        }

        return null;
    }

    private static void Add(StringBuilder text, string item)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(item);
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
