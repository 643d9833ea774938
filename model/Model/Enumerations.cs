// The canonical text of enumeration entries, shared by model and harness so lines compare as strings.
using System.Collections.Immutable;
using System.Globalization;

namespace SriovVerification.Model;

/// <summary>
/// The canonical text of enumeration entries (<c>docs/MODEL.md</c>, "Enumerations"): one line per live object, sorted by
/// id. The model and the harness format adapter enumerations with these same functions, so lines compare as strings.
/// </summary>
public static class Enumerations
{
    /// <summary><c>switch=0 type=External numvfs=3</c>.</summary>
    public static string Switch(int switchId, bool external, int numVfs) =>
        string.Create(CultureInfo.InvariantCulture, $"switch={switchId} type={(external ? "External" : "Internal")} numvfs={numVfs}");

    /// <summary><c>vf=0 vm=1 rid=0x01FC mac=00-15-5D-00-00-02</c> (the MAC of the owner VM).</summary>
    public static string Vf(int vfId, int ownerVm, int rid, ulong mac) =>
        string.Create(CultureInfo.InvariantCulture, $"vf={vfId} vm={ownerVm} rid=0x{rid:X4} mac={Mac(mac)}");

    /// <summary><c>vport=1 function=VF0 state=Activated queuepairs=1</c>; the PF's VPorts say <c>function=PF</c>.</summary>
    public static string VPort(int vportId, int attachedVfId, bool activated, int queuePairs) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"vport={vportId} function={(attachedVfId == Command.CreateVPort.PfFunctionId ? "PF" : "VF" + attachedVfId.ToString(CultureInfo.InvariantCulture))} state={(activated ? "Activated" : "Deactivated")} queuepairs={queuePairs}");

    /// <summary><c>filter=1 vport=0 mac=00-15-5D-00-00-01 vlan=0</c>.</summary>
    public static string Filter(int filterId, int vportId, ulong? mac, int vlan) =>
        string.Create(CultureInfo.InvariantCulture, $"filter={filterId} vport={vportId} mac={(mac is { } m ? Mac(m) : "none")} vlan={vlan}");

    /// <summary>A MAC address as <c>00-15-5D-00-00-01</c> (upper-case hex, dashes).</summary>
    public static string Mac(ulong mac)
    {
        Span<char> text = stackalloc char[17];
        for (var i = 0; i < 6; i++)
        {
            var b = (int)((mac >> (8 * (5 - i))) & 0xFF);
            text[i * 3] = "0123456789ABCDEF"[b >> 4];
            text[(i * 3) + 1] = "0123456789ABCDEF"[b & 0xF];
            if (i < 5)
            {
                text[(i * 3) + 2] = '-';
            }
        }

        return new string(text);
    }

    /// <summary>The entries of enumeration <paramref name="kind"/> of <paramref name="host"/>: switches, allocated VFs, VPorts, filters.</summary>
    public static ValueArray<string> Of(ModelConfig config, HostState host, EnumerationKind kind)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        switch (kind)
        {
            case EnumerationKind.Switches:
                foreach (var s in host.Switches)
                {
                    lines.Add(Switch(s.SwitchId, s.External, s.NumVfs));
                }

                break;
            case EnumerationKind.Vfs:
                foreach (var vf in host.Vfs)
                {
                    if (vf.IsAllocated)
                    {
                        lines.Add(Vf(vf.VfId, vf.OwnerVm, vf.Rid, config.MacAddress(ModelConfig.MacIndexOf(vf.OwnerVm))));
                    }
                }

                break;
            case EnumerationKind.VPorts:
                foreach (var v in host.VPorts)
                {
                    lines.Add(VPort(v.VPortId, v.AttachedVfId, v.Activated, v.QueuePairs));
                }

                break;
            case EnumerationKind.Filters:
                foreach (var f in host.Filters)
                {
                    lines.Add(Filter(f.FilterId, f.VPortId, f.MacIndex == Command.SetFilter.NoMac ? null : config.MacAddress(f.MacIndex), f.Vlan));
                }

                break;
        }

        return new ValueArray<string>(lines.ToImmutable());
    }
}
