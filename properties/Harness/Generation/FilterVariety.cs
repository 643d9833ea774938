// Harness/Generation: candidates the randomized generator adds to the model's own (SriovModel.CandidateCommands) so that every configuration, one whose VMs ..
using SriovVerification.Model;

namespace SriovVerification.Harness.Generation;

/// <summary>
/// Candidates the randomized generator adds to the model's own (<see cref="SriovModel.CandidateCommands"/>) so that every
/// configuration, one whose VMs are all untagged included, sets MAC+VLAN and VLAN-only filters and receives frames that
/// test them: SET_FILTER of every MAC, and with no MAC, on <see cref="ExtraVlan"/> on every VPort id, and frames to every
/// MAC on it. The exhaustive explorer does not take them (its profiles keep the model's small domain; docs/EXPLORATION.md).
/// </summary>
public static class FilterVariety
{
    /// <summary>The first VLAN id tried for <see cref="ExtraVlan"/>.</summary>
    public const int ExtraVlanFirst = 7;

    /// <summary>A VLAN id no VM of <paramref name="config"/> is on: the smallest from <see cref="ExtraVlanFirst"/> on.</summary>
    public static int ExtraVlan(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var vlan = ExtraVlanFirst;
        while (Enumerable.Range(0, config.VmCount).Any(v => config.VlanOf(v) == vlan))
        {
            vlan++;
        }

        return vlan;
    }

    /// <summary>The added candidates, in a deterministic order (after the model's in <see cref="CommandKinds"/>).</summary>
    public static IEnumerable<Command> Candidates(ModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var vlan = ExtraVlan(config);
        for (var h = 0; h < config.HostCount; h++)
        {
            for (var p = 0; p <= config.MaxNumVPorts; p++)
            {
                for (var m = Command.SetFilter.NoMac; m < config.MacCount; m++)
                {
                    yield return new Command.SetFilter(h, p, m, vlan);
                }
            }

            for (var m = 0; m < config.MacCount; m++)
            {
                yield return new Command.ReceiveFrame(h, m, vlan);
            }
        }
    }
}
