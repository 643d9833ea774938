// explore's --vm-vlans option: the VLAN id of each VM's network adapter.
using System.Globalization;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>--vm-vlans</c> option of <c>explore</c>: the VLAN id of each VM's network adapter, separated by commas
/// (<c>5</c>, <c>5,0</c>); missing VMs are untagged (VLAN 0). A VM on a VLAN makes its filter a MAC+VLAN filter and puts
/// that VLAN in the candidate domain of the filters and frames (MAC+VLAN and VLAN-only filters).
/// </summary>
public static class VmVlansOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--vm-vlans";

    /// <summary>
    /// Parses <paramref name="text"/>: the VLAN ids, or null with <paramref name="problem"/> naming the character where
    /// the list goes wrong. Empty or null text is the empty list.
    /// </summary>
    public static ValueArray<int>? Parse(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return ValueArray<int>.Empty;
        }

        var vlans = new List<int>();
        var start = 0;
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var vlan) || vlan > 4094)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{Name} '{text}' at character {start + 1}: expected a VLAN id 0 … 4094, found '{part}'");
                return null;
            }

            vlans.Add(vlan);
            start += part.Length + 1;
        }

        return ValueArray.Create<int>([.. vlans]);
    }
}
