// Properties.Tests/Conformance: the randomized generator sets every filter kind, several filters on one VPort, and frames that test them
using SriovVerification.Harness.Generation;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Conformance;

/// <summary>The randomized generator sets every filter kind, several filters on one VPort, and frames that test them.</summary>
public sealed class FilterVarietyTests
{
    [Fact]
    public void Generate_DefaultConfiguration_EveryFilterKindSeveralPerVPortAndFramesThatTestThem()
    {
        // Claim: on the default configuration (every VM untagged) 150 full-size sequences set MAC+VLAN, MAC-only and VLAN-only
        // filters, put two or more on one VPort, refuse a SET_FILTER with no field test, and receive frames routed by a
        // VLAN-only filter and frames that share only one field with a MAC+VLAN filter.
        var config = ModelConfig.Default;
        var generator = new SequenceGenerator(config);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 150; i++)
        {
            var state = SriovModel.Initial(config);
            var commands = generator.Generate((ulong)i + 1, SequenceGenerator.SizeMax, null, out var transitions);
            for (var s = 0; s < commands.Length; s++)
            {
                Observe(seen, state, commands[s], transitions[s]);
                state = transitions[s].State;
            }
        }

        string[] expected = ["accepted MAC+VLAN", "accepted MAC-only", "accepted VLAN-only", "refused no field test", "two filters on one VPort", "frame routed by VLAN-only", "frame sharing one field of a MAC+VLAN filter"];
        Assert.All(expected, what => Assert.Contains(what, seen));
    }

    private static void Observe(HashSet<string> seen, ModelState state, Command command, Transition transition)
    {
        switch (command)
        {
            case Command.SetFilter { MacIndex: Command.SetFilter.NoMac, Vlan: 0 } when !transition.Outcome.IsSuccess:
                seen.Add("refused no field test");
                break;
            case Command.SetFilter set when transition.Outcome.IsSuccess:
                seen.Add("accepted " + (set.MacIndex == Command.SetFilter.NoMac ? "VLAN-only" : set.Vlan == 0 ? "MAC-only" : "MAC+VLAN"));
                var filters = transition.State.Hosts[set.Host].Filters;
                if (filters.Count(f => f.VPortId == set.VPortId) >= 2)
                {
                    seen.Add("two filters on one VPort");
                }

                break;
            case Command.ReceiveFrame frame when state.Hosts[frame.Host].Switches.Length > 0:
                var host = state.Hosts[frame.Host];
                var routing = SriovModel.FilterIndexRouting(host, frame.MacIndex, frame.Vlan);
                if (routing >= 0 && host.Filters[routing].MacIndex == Command.SetFilter.NoMac)
                {
                    seen.Add("frame routed by VLAN-only");
                }

                if (host.Filters.Any(f => f.MacIndex >= 0 && f.Vlan != 0 && (f.MacIndex == frame.MacIndex) != (f.Vlan == frame.Vlan)))
                {
                    seen.Add("frame sharing one field of a MAC+VLAN filter");
                }

                break;
        }
    }
}
