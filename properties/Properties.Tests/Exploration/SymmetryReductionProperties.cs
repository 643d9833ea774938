// Properties.Tests/Exploration: SymmetryReductionProperties
using SriovVerification.Exploration.Encoding;
using SriovVerification.Exploration.Symmetry;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed class SymmetryReductionProperties
{
    public static TheoryData<string, ExplorationProfile> Configurations => new()
    {
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.TwoHostsTwoVmsOneVf), ExplorationProfile.Lifecycle },
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Conformance },
        { nameof(ExplorerTests.OneVmOneVf), ExplorationProfile.Kinds },
        { nameof(ExplorerTests.TwoVmsTwoVfs), ExplorationProfile.HostStack },
        { nameof(ExplorerTests.TwoHostsTwoVmsOneVf), ExplorationProfile.HostStack },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_ReducedAndUnreduced_SameVerdictAndOrbitSizesSumToUnreducedCount(string name, ExplorationProfile profile)
    {
        // Claim: symmetry reduction is sound and exact here: the same verdict (and counterexample length), and when the
        // search closes the representatives are exactly the canonical keys of the unreduced reachable set, and their
        // orbits under VM and VF renaming (VPort and filter ids factored out) partition that set with ids factored out.
        // Both searches try the profile's candidates closed under renaming (the reduced one always does: SymmetryClosure).
        var config = ConfigNamed(name);
        var representatives = Collect(config, profile, symmetry: true, out var reduced);
        var concrete = Collect(config, profile, symmetry: false, out var unreduced);

        Assert.Equal(unreduced.Verdict, reduced.Verdict);
        Assert.Equal(unreduced.Violation?.InvariantId, reduced.Violation?.InvariantId);
        Assert.Equal(unreduced.Counterexample?.Steps.Count, reduced.Counterexample?.Steps.Count);
        if (reduced.Verdict != ExplorationVerdict.Closed)
        {
            return;
        }

        Assert.Equal(reduced.States, representatives.Count);
        Assert.Equal(unreduced.States, concrete.Count);
        var encoder = Explorer.EncoderFor(config);
        var symmetry = new SymmetryReduction(config, encoder);
        var representativeKeys = representatives.Select(s => KeyText(Canonical(symmetry, encoder, s))).ToHashSet(StringComparer.Ordinal);
        var canonicalOfConcrete = concrete.Select(s => KeyText(Canonical(symmetry, encoder, s))).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(representatives.Count, representativeKeys.Count);
        Assert.True(representativeKeys.SetEquals(canonicalOfConcrete));

        var concreteModuloIds = concrete.Select(s => KeyText(symmetry.NameCanonicalKey(s))).ToHashSet(StringComparer.Ordinal);
        var orbitSum = representatives.Sum(s => (long)symmetry.OrbitSizeModuloIds(s));
        Assert.Equal(concreteModuloIds.Count, orbitSum);
        Assert.True(reduced.States <= unreduced.States);
    }

    private static List<ModelState> Collect(ModelConfig config, ExplorationProfile profile, bool symmetry, out ExplorationResult result)
    {
        var states = new List<ModelState>();
        result = Explorer.Explore(config, new ExplorationOptions
        {
            Profile = profile,
            Symmetry = symmetry,
            ClosedCandidates = true,
            StepHook = (path, _, _) =>
            {
                if (states.Count == path.StateNumber)
                {
                    states.Add(path.State);
                }

                return null;
            },
        });
        return states;
    }

    private static ulong[] Canonical(SymmetryReduction symmetry, StateEncoder encoder, ModelState state)
    {
        var key = new ulong[encoder.KeyWords];
        Assert.True(symmetry.TryCanonicalize(state, key, out _));
        return key;
    }

    private static string KeyText(ulong[] key) => string.Join(",", key);

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
