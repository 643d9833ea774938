// Properties.Tests/Exploration: the packed engine against the generic one and against SriovModel.Apply
using SriovVerification.Exploration.Packed;
using SriovVerification.Model;
using Xunit;

namespace SriovVerification.Properties.Tests.Exploration;

/// <summary>
/// The packed engine against the generic one and against <c>SriovModel.Apply</c>: the same search results on small
/// configurations (with every state cross-checked in full), and invariant checks that can fail.
/// </summary>
public sealed class PackedEngineTests
{
    public static TheoryData<string, bool> Configurations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in ConfigurationsByName.Keys)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    private static readonly ModelConfig TwoHosts = new() { HostCount = 2, VmCount = 2, NumVfs = 1, MaxReceiveFilters = 1 };

    private static readonly Dictionary<string, ModelConfig> ConfigurationsByName = new()
    {
        ["1 host, 1 VM, 1 VF"] = ExplorerTests.OneVmOneVf,
        ["1 host, 2 VMs, 2 VFs"] = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true] },
        ["2 hosts, 2 VMs, 1 VF, 1 filter"] = TwoHosts,
        ["1 host, 2 VMs, 2 VFs, guest-driven"] = new() { HostCount = 1, VmCount = 2, NumVfs = 2, HostSriovEnabled = [true], FilterMovePolicy = FilterMovePolicy.GuestDriven },
        ["2 hosts, SR-IOV off on host 1, VLANs differ"] = new() { HostCount = 2, VmCount = 2, NumVfs = 1, HostSriovEnabled = [true, false], VmVlans = [0, 7] },
        ["3 hosts, 1 VM, 1 VF, queue pairs 3"] = new() { HostCount = 3, VmCount = 1, NumVfs = 1, MaxNumQueuePairsPerNonDefaultVPort = 3, MaxNumQueuePairs = 4, VmInitialHosts = [2] },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Explore_SmallConfiguration_PackedEqualsGenericWithEveryStateCrossChecked(string name, bool symmetry)
    {
        var config = ConfigurationsByName[name];
        var generic = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Symmetry = symmetry, Engine = ExplorationEngine.Generic });
        var packed = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Symmetry = symmetry, Engine = ExplorationEngine.Packed, CrossCheckEvery = 1 });

        Assert.Equal(ExplorationEngine.Generic, generic.Engine);
        Assert.Equal(ExplorationEngine.Packed, packed.Engine);
        Assert.Equal(ExplorationVerdict.Closed, generic.Verdict);
        Assert.Equal(generic.Verdict, packed.Verdict);
        Assert.Equal(generic.States, packed.States);
        Assert.Equal(generic.Transitions, packed.Transitions);
        Assert.Equal(generic.Depth, packed.Depth);
        Assert.Equal(generic.Deadlocks, packed.Deadlocks);
        Assert.Equal(packed.States, packed.CrossCheckedStates);
        Assert.Equal(generic.Coverage.Invariants, packed.Coverage.Invariants);
        if (!symmetry)
        {
            Assert.Equal(generic.Coverage.CommandKinds, packed.Coverage.CommandKinds);
            return;
        }

        // With symmetry the two engines store different members of an orbit, so which command kind discovers a state
        // first (Taken) differs; offered and enabled counts are the same for every member, and Taken sums to states − 1.
        Assert.Equal(generic.Coverage.CommandKinds.Select(k => (k.Kind, k.Offered, k.Enabled)), packed.Coverage.CommandKinds.Select(k => (k.Kind, k.Offered, k.Enabled)));
        Assert.Equal(packed.States - 1, packed.Coverage.CommandKinds.Sum(k => k.Taken));
    }

    [Fact]
    public void Explore_Auto_PicksPackedForHostStackAndGenericOtherwise()
    {
        var hoststack = Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.HostStack });
        var lifecycle = Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle });

        Assert.Equal(ExplorationEngine.Packed, hoststack.Engine);
        Assert.Equal(ExplorationEngine.Generic, lifecycle.Engine);
    }

    [Fact]
    public void Explore_PackedAskedForLifecycle_ClearError()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.Lifecycle, Engine = ExplorationEngine.Packed }));

        Assert.Contains("hoststack profile only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_PackedBoundedByStates_SameVerdictAsGeneric()
    {
        var config = TwoHosts;
        var generic = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Generic, StatesMax = 200 });
        var packed = Explorer.Explore(config, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed, StatesMax = 200 });

        Assert.Equal(ExplorationVerdict.Bounded, packed.Verdict);
        Assert.Equal(generic.Verdict, packed.Verdict);
        Assert.Equal(generic.States, packed.States);
        Assert.Equal(generic.Depth, packed.Depth);
        Assert.Contains("states max 200", packed.BoundReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_PackedDepthBound_BoundedAtThatDepth()
    {
        var packed = Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed, DepthMax = 3 });
        var generic = Explorer.Explore(ExplorerTests.OneVmOneVf, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Generic, DepthMax = 3 });

        Assert.Equal(ExplorationVerdict.Bounded, packed.Verdict);
        Assert.Equal(generic.States, packed.States);
        Assert.Equal(3, packed.Depth);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Explore_HostSymmetry_StatesAreTheHostCanonicalFormsOfTheVmReducedSet(bool guestDriven)
    {
        var config = TwoHosts with { FilterMovePolicy = guestDriven ? FilterMovePolicy.GuestDriven : FilterMovePolicy.HostDriven };
        var options = new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed };
        var vmReduced = PackedExplorer.Create(config, options);
        var full = Explorer.Explore(config, options with { HostSymmetry = true, CrossCheckEvery = 1 });
        var byHosts = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry: true, hostSymmetry: true, out _)!;

        Assert.Equal(ExplorationVerdict.Closed, vmReduced.Run().Verdict);
        var canonical = vmReduced.StoredWorlds().Select(w => byHosts.Pack(w.Records, w.Switches)).Distinct().Count();

        Assert.Equal(ExplorationVerdict.Closed, full.Verdict);
        Assert.Equal(canonical, full.States);
        Assert.True(full.States < vmReduced.StoredWorlds().Count());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PathTo_EveryStoredState_ShortestModelPathEndingInThatState(bool symmetry)
    {
        var options = new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Packed, Symmetry = symmetry };
        var search = PackedExplorer.Create(TwoHosts, options);
        var result = search.Run();
        var depthOf = new Dictionary<int, int>();

        for (var index = 0; index < result.States; index += 7)
        {
            var (steps, state) = search.PathTo(index);
            var (stored, reached) = search.Keys(index, state);

            Assert.Equal(stored, reached);
            Assert.All(steps, step => Assert.True(step.Outcome.IsSuccess));
            depthOf[index] = steps.Count;
        }

        // Breadth-first numbering: the path lengths never decrease with the state number, and the last is the depth.
        Assert.Equal(depthOf.OrderBy(p => p.Key).Select(p => p.Value), depthOf.OrderBy(p => p.Key).Select(p => p.Value).Order());
        Assert.True(depthOf.Values.Max() <= result.Depth);
    }

    [Fact]
    public void Explore_HostSymmetryOnTheGenericEngine_ClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => Explorer.Explore(
            TwoHosts, new ExplorationOptions { Profile = ExplorationProfile.HostStack, Engine = ExplorationEngine.Generic, HostSymmetry = true }));

        Assert.Contains("host symmetry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_RoundTripsThroughModelState()
    {
        var config = new ModelConfig { HostCount = 2, VmCount = 3, NumVfs = 2, MaxNumVPorts = 3, MaxNumQueuePairs = 4 };
        var engine = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry: false, out _)!;
        var records = new ulong[PackedHostStack.MaxVms];
        var switches = engine.Initial(records);
        var state = SriovModel.Initial(config);
        var rng = new Random(5);
        for (var step = 0; step < 400; step++)
        {
            var candidates = engine.Candidates;
            var command = candidates[rng.Next(candidates.Count)];
            var next = SriovModel.Apply(config, state, command);
            if (!next.Outcome.IsSuccess)
            {
                continue;
            }

            state = next.State;
            Assert.True(engine.TryFromModel(state, records, out switches, out var reason), reason);
            Assert.Equal(state, engine.ToModel(records.AsSpan(0, config.VmCount), switches));
            var key = engine.Pack(records, switches);
            var back = new ulong[PackedHostStack.MaxVms];
            Assert.Equal(switches, engine.Unpack(key, back));
            Assert.Equal(records, back);
        }
    }

    [Fact]
    public void TryFromModel_StateOutsideTheProfile_RefusedWithReason()
    {
        var config = ExplorerTests.OneVmOneVf;
        var engine = PackedHostStack.TryCreate(config, ExplorationProfile.HostStack, symmetry: false, out _)!;
        var state = SriovModel.Apply(config, SriovModel.Initial(config), new Command.CreateSwitch(0, 1)).State;
        state = SriovModel.Apply(config, state, new Command.AllocateVf(0, 0)).State;

        Assert.False(engine.TryFromModel(state, new ulong[PackedHostStack.MaxVms], out _, out var reason));
        Assert.Contains("VF 0 of VM 0", reason, StringComparison.Ordinal);
    }
}
