using SriovVerification.Harness.Exploration;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class SymmetryReductionProperties
{
    public static TheoryData<string, ExplorationProfile> Configurations => new()
    {
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.TwoHostsTwoVmsOneVf), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Full },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.HostStack },
        { nameof(ExplorerTests.TwoHostsTwoVmsOneVf), ExplorationProfile.HostStack },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_ReducedAndUnreduced_SameVerdictAndOrbitSizesSumToUnreducedCount(string name, ExplorationProfile profile)
    {
        // Claim: symmetry reduction is sound and exact here: the same verdict (and counterexample length), and when the
        // search closes the orbits of the representatives partition the unreduced reachable set (closed under the group).
        var config = ConfigNamed(name);
        var representatives = new List<ModelState>();
        var reduced = Explorer.Explore(config, new ExplorationOptions
        {
            Profile = profile,
            Symmetry = true,
            StepHook = (path, _, _) =>
            {
                if (representatives.Count == path.StateNumber)
                {
                    representatives.Add(path.State);
                }

                return null;
            },
        });
        var unreduced = Explorer.Explore(config, new ExplorationOptions { Profile = profile, Symmetry = false });

        Assert.Equal(unreduced.Verdict, reduced.Verdict);
        Assert.Equal(unreduced.Violation?.InvariantId, reduced.Violation?.InvariantId);
        Assert.Equal(unreduced.Counterexample?.Steps.Count, reduced.Counterexample?.Steps.Count);
        if (reduced.Verdict != ExplorationVerdict.Closed)
        {
            return;
        }

        Assert.Equal(reduced.States, representatives.Count);
        var symmetry = new SymmetryReduction(config, Explorer.EncoderFor(config));
        var orbitSum = representatives.Sum(s => (long)symmetry.OrbitSize(s));
        Assert.Equal(unreduced.States, orbitSum);
        Assert.True(reduced.States <= unreduced.States);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void TryCanonicalize_EveryImageOfAReachableState_GivesTheSameKey(string name, ExplorationProfile profile)
    {
        // Claim: the canonical key is a function of the orbit: every renaming of a reachable state maps to it.
        var config = ConfigNamed(name);
        var encoder = Explorer.EncoderFor(config);
        var symmetry = new SymmetryReduction(config, encoder);
        var mismatches = new List<string>();
        Explorer.Explore(config, new ExplorationOptions
        {
            Profile = profile,
            Symmetry = false,
            StatesMax = 3_000,
            StepHook = (_, command, transition) =>
            {
                var expected = new ulong[encoder.KeyWords];
                Assert.True(symmetry.TryCanonicalize(transition.State, expected, out var unusedField));
                foreach (var image in symmetry.Images(transition.State))
                {
                    var actual = new ulong[encoder.KeyWords];
                    Assert.True(symmetry.TryCanonicalize(encoder.Decode(image), actual, out var imageField));
                    if (!actual.AsSpan().SequenceEqual(expected))
                    {
                        mismatches.Add($"after {command}: {transition.State}");
                    }
                }

                return mismatches.Count > 0 ? mismatches[0] : null;
            },
        });

        Assert.Empty(mismatches);
    }

    [Fact]
    public void VmClasses_DifferentVlanOrHost_AreNotInterchangeable()
    {
        // Claim: only VMs with the same VLAN and initial host are renamed into each other.
        var config = ModelConfig.Default with { VmVlans = [0, 0, 7, 7], VmInitialHosts = [0, 1, 0, 0] };

        var symmetry = new SymmetryReduction(config, Explorer.EncoderFor(config));

        var classes = symmetry.VmClasses.Select(c => string.Join(",", c)).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        Assert.Equal(["0", "1", "2,3"], classes);
    }

    internal static ModelConfig ConfigNamed(string name) => name switch
    {
        nameof(ExplorerTests.OneVmOneVf) => ExplorerTests.OneVmOneVf,
        nameof(ExplorerTests.TwoVmsTwoVfs) => ExplorerTests.TwoVmsTwoVfs,
        nameof(ExplorerTests.TwoHostsTwoVmsOneVf) => ExplorerTests.TwoHostsTwoVmsOneVf,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such configuration"),
    };
}
