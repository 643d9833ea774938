// Properties.Tests/Exploration: Configuration, the profile whose reachable states are visited, and the profile whose candidates are gated there
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class CandidateGateTests
{
    /// <summary>
    /// Configuration, the profile whose reachable states are visited, and the profile whose candidates are gated there. The
    /// smallest configuration's full profile has millions of states; its states under the conformance profile (every command
    /// kind, tens of thousands of states) are where every full candidate is gated.
    /// </summary>
    public static TheoryData<string, ExplorationProfile, ExplorationProfile> Configurations => new()
    {
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Conformance, ExplorationProfile.Full },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.Lifecycle, ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.HostStack, ExplorationProfile.HostStack },
        { nameof(ExplorerTests.TwoHostsTwoVmsOneVf), ExplorationProfile.HostStack, ExplorationProfile.HostStack },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void MayBeEnabled_EveryReachableState_RulesOutOnlyRefusedCommands(string name, ExplorationProfile reached, ExplorationProfile gated)
    {
        // Claim: the gate is a necessary condition: at every reachable state, a candidate it rules out is refused by
        // the model, and the refusal changes nothing (so skipping it loses no step and no INV-25 finding).
        var config = SymmetryReductionProperties.ConfigNamed(name);
        var candidates = SriovModel.CandidateCommands(config, SriovModel.Initial(config)).Where(c => ExplorationProfiles.Includes(gated, c)).ToList();
        var gate = new CandidateGate(config, candidates);
        var states = new List<ModelState>();
        var result = Explorer.Explore(config, new ExplorationOptions
        {
            Profile = reached,
            Symmetry = false,
            GateCandidates = false,
            StepHook = (path, _, _) =>
            {
                if (states.Count == path.StateNumber)
                {
                    states.Add(path.State);
                }

                return null;
            },
        });
        Assert.Equal(ExplorationVerdict.Closed, result.Verdict);
        Assert.Equal(result.States, states.Count);

        var wrong = new List<string>();
        var ruledOut = 0L;
        foreach (var state in states)
        {
            gate.Prepare(state);
            for (var c = 0; c < candidates.Count && wrong.Count < 5; c++)
            {
                if (gate.MayBeEnabled(c))
                {
                    continue;
                }

                ruledOut++;
                var transition = SriovModel.Apply(config, state, candidates[c]);
                if (transition.Outcome.IsSuccess || !transition.State.Equals(state) || Invariants.CheckTransition(config, state, candidates[c], transition).Count > 0)
                {
                    wrong.Add($"{candidates[c]} at {state}: {transition.Outcome}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.True(ruledOut > 0);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_GatedAndUngated_SameCountsAndEnabledCommands(string name, ExplorationProfile profile, ExplorationProfile _)
    {
        // Claim: gating changes no count: states, transitions, depth, and the enabled and taken commands of each kind.
        var config = SymmetryReductionProperties.ConfigNamed(name);

        var withGate = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = true, GateCandidates = true });
        var ungated = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = true, GateCandidates = false });

        Assert.Equal((ungated.Verdict, ungated.States, ungated.Transitions, ungated.Depth), (withGate.Verdict, withGate.States, withGate.Transitions, withGate.Depth));
        Assert.Equal(ungated.Coverage.CommandKinds.Select(k => (k.Kind, k.Offered, k.Enabled, k.Taken)), withGate.Coverage.CommandKinds.Select(k => (k.Kind, k.Offered, k.Enabled, k.Taken)));
    }
}
