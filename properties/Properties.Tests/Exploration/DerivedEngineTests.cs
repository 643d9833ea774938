// Properties.Tests/Exploration: the packed engine's successors and invariants are derived from SriovModel.Apply and Invariants through a memo keyed by views
using SriovVerification.Exploration.Packed;
using SriovVerification.Model;
using Xunit;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// The packed engine's successors and invariants are derived from <c>SriovModel.Apply</c> and <c>Invariants</c> through
/// a memo keyed by views: on pinned hoststack configurations it reaches exactly the generic engine's states (the whole
/// set, compared key by key), verdict, transitions and depth; and its memoized state check still reports a broken
/// world whose views were met before in worlds that passed.
/// </summary>
public sealed class DerivedEngineTests
{
    private static readonly Dictionary<string, ModelConfig> ConfigurationsByName = new()
    {
        ["1x2x2"] = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] },
        ["2x2x1 one filter"] = new() { HostCount = 2, VmCount = 2, NumVfs = 1, MaxReceiveFilters = 1 },
        ["1x2x2 guest-driven"] = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true], FilterMovePolicy = FilterMovePolicy.GuestDriven },
        ["2x2x1 SR-IOV off on host 1, VLANs"] = new() { HostCount = 2, VmCount = 2, NumVfs = 1, HostSriovEnabled = [true, false], VmVlans = [0, 7] },
    };

    public static TheoryData<string, bool, long, long, int> Pinned() => new()
    {
        { "1x2x2", false, 11_656, 89_384, 15 },
        { "1x2x2", true, 1_486, 11_387, 15 },
        { "2x2x1 one filter", false, 7_378, 54_400, 17 },
        { "2x2x1 one filter", true, 3_697, 27_236, 17 },
        { "1x2x2 guest-driven", false, 11_656, 90_248, 17 },
        { "1x2x2 guest-driven", true, 1_486, 11_497, 17 },
        { "2x2x1 SR-IOV off on host 1, VLANs", false, 1_090, 5_928, 12 },
        { "2x2x1 SR-IOV off on host 1, VLANs", true, 561, 3_016, 11 },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Explore_PinnedConfiguration_DerivedEngineReachesTheGenericEnginesStateSet(string name, bool symmetry, long states, long transitions, int depth)
    {
        // Claim: the memoized successor function is the model's: the same verdict and counts as the generic engine, and
        // the generic engine's reachable states, packed, are exactly the derived engine's stored worlds.
        var config = ConfigurationsByName[name];
        var options = new ExplorationOptions { Profile = ExplorationProfile.HostStack, Symmetry = symmetry };
        var genericStates = new List<ModelState>();
        var generic = Explorer.Explore(config, options with
        {
            Engine = ExplorationEngine.Generic,
            StepHook = (path, _, _) =>
            {
                if (genericStates.Count == path.StateNumber)
                {
                    genericStates.Add(path.State);
                }

                return null;
            },
        });
        var search = PackedExplorer.Create(config, options with { Engine = ExplorationEngine.Packed, CrossCheckEvery = 0 });
        var derived = search.Run();

        Assert.Equal((ExplorationVerdict.Closed, states, transitions, depth), (generic.Verdict, generic.States, generic.Transitions, generic.Depth));
        Assert.Equal((generic.Verdict, generic.States, generic.Transitions, generic.Depth, generic.Deadlocks), (derived.Verdict, derived.States, derived.Transitions, derived.Depth, derived.Deadlocks));
        Assert.Equal(generic.States, genericStates.Count);

        var layout = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry, out _)!;
        var records = new ulong[PackedHostStack.MaxVms];
        var fromGeneric = genericStates.Select(state =>
        {
            Assert.True(layout.TryFromModel(state, records, out var switches, out var reason), reason);
            return layout.Pack(records, switches);
        }).ToHashSet();
        var stored = search.StoredWorlds().Select(w => layout.Pack(w.Records, w.Switches)).ToHashSet();

        Assert.Equal(derived.States, stored.Count);
        Assert.True(fromGeneric.SetEquals(stored));
    }

    [Fact]
    public void CheckState_BrokenWorldMadeOfViewsSeenInPassingWorlds_ReportsTheModelsInvariant()
    {
        // Two VMs on one host with its switch: VM 0 connected, VM 1 on the VF data path without a VF (INV-10 / INV-29).
        var config = new ModelConfig { HostCount = 1, VmCount = 2, NumVfs = 1, HostSriovEnabled = [true] };
        var engine = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry: false, out _)!;
        var connected = VmRecord.Connected | (1UL << VmRecord.FilterIdShift);

        Assert.Null(engine.CheckState([connected, 0], 1));
        Assert.Null(engine.CheckState([0, 0], 1));
        var violation = engine.CheckState([connected, VmRecord.DataPathVf], 1);

        var expected = Invariants.CheckState(config, engine.ToModel([connected, VmRecord.DataPathVf], 1));
        Assert.NotNull(violation);
        Assert.NotEmpty(expected);
        Assert.Equal(expected[0].InvariantId, violation.InvariantId);
    }
}
