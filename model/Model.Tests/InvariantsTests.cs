// Tests of each invariant: able to fail on a bad state or step, holding on good ones.
using static SriovVerification.Model.Command;

namespace SriovVerification.Model.Tests;

/// <summary>Each invariant is shown able to fail on a hand-made bad state or step, and to hold on good ones.</summary>
public sealed class InvariantsTests
{
    private static readonly ModelConfig C = ModelConfig.Default;

    private static ModelState Good => World.Build(C, World.VfPath);

    private static HostState Host0 => Good.Hosts[0];

    private static ModelState WithHost(ModelState state, HostState host) => state with { Hosts = state.Hosts.SetItem(0, host) };

    private static ModelState WithVf(ModelState state, VfState vf) => WithHost(state, state.Hosts[0] with { Vfs = state.Hosts[0].Vfs.SetItem(vf.VfId, vf) });

    private static IReadOnlyList<InvariantViolation> State(ModelState state) => Invariants.CheckState(C, state);

    private static IReadOnlyList<InvariantViolation> Step(ModelState before, Command command, ModelState after, OutcomeData? data = null, NdisStatus status = NdisStatus.Success) =>
        Invariants.CheckTransition(C, before, command, new Transition(new Outcome(status, status == NdisStatus.Success ? "" : "refused", data), after));

    private static readonly Dictionary<string, Func<IReadOnlyList<InvariantViolation>>> BadCases = new()
    {
        ["INV-01"] = () => State(WithHost(Good, Host0 with { Switches = [new NicSwitchState(0, true, 3), new NicSwitchState(1, true, 3)] })),
        ["INV-02"] = () => State(WithHost(Good, Host0 with { VPorts = Host0.VPorts.SetItem(0, Host0.VPorts[0] with { Activated = false }) })),
        ["INV-03"] = () => State(WithHost(Good, Host0 with { VPorts = Host0.VPorts.Add(new VPortState(9, -1, false, 1)) })),
        ["INV-04"] = () => State(WithHost(Good, Host0 with { VPorts = Host0.VPorts.Add(new VPortState(2, 1, true, 1)) })),
        ["INV-05"] = () => State(WithHost(Good, Host0 with { NumVfs = 9 })),
        ["INV-06"] = () => State(WithVf(Good, Host0.Vfs[0] with { Rid = 0x0100 })),
        ["INV-07"] = () => State(WithHost(Good, Host0 with { VPorts = Host0.VPorts.SetItem(1, Host0.VPorts[1] with { QueuePairs = 8 }) })),
        ["INV-08"] = () => Step(Good, new SetVPortState(0, 1, false), WithHost(Good, Host0 with { VPorts = Host0.VPorts.SetItem(1, Host0.VPorts[1] with { Activated = false }) })),
        ["INV-09"] = () => State(WithHost(Good, Host0 with { Filters = Host0.Filters.SetItem(0, Host0.Filters[0] with { VPortId = 4 }) })),
        ["INV-10"] = () => State(WithHost(Good, Host0 with { Filters = Host0.Filters.Add(new FilterState(2, 0, 0, 0, -1)) })),
        ["INV-11"] = () => Step(Good, new DeleteVPort(0, 1), WithHost(Good, Host0 with { VPorts = Host0.VPorts.RemoveAt(1) })),
        ["INV-12"] = () => Step(Good, new ReceiveFrame(0, 1, 0), Good, new OutcomeData.Frame(FrameFate.DeliveredToVm, 0, DataPath.Vf, "")),
        ["INV-13"] = () => Step(Good, new FreeVf(0, 0), WithVf(Good, SriovModel.FreshVf(C, 0))),
        ["INV-14"] = () => Step(Good, new ResetVf(0, 1), WithVf(WithVf(Good, Host0.Vfs[1] with { PowerD3 = true }), Host0.Vfs[0] with { PowerD3 = true })),
        ["INV-15"] = () => Step(Good, new ResetVf(0, 0), Good),
        ["INV-16"] = () =>
        {
            var before = World.Build(C, World.Switch);
            var dirty = before.Hosts[0].Vfs[1] with { OwnerVm = 1, Rid = C.RidOf(1), ConfigBlocks = [0xA5, 0] };
            return Step(before, new AllocateVf(0, 1), WithVf(before, dirty));
        },
        ["INV-17"] = () =>
        {
            var before = World.Build(C, World.Attached);
            var after = WithHost(before, before.Hosts[0] with { VPorts = before.Hosts[0].VPorts.RemoveAt(1), Filters = before.Hosts[0].Filters.SetItem(0, before.Hosts[0].Filters[0] with { VPortId = 0 }) });
            return Step(before, new HostDetachVf(0), after);
        },
        ["INV-18"] = () => Step(Good, new DeleteSwitch(0), WithHost(Good, new HostState([], 0, false, [], [], []))),
        ["INV-19"] = () => State(WithVf(Good, Host0.Vfs[0] with { CommandRegister = 0x0006 })),
        ["INV-20"] = () =>
        {
            var before = WithVf(Good, Host0.Vfs[0] with { PendingInvalidation = 1 });
            return Step(before, new InvalidateConfigBlock(0, 0, 2), WithVf(Good, Host0.Vfs[0] with { PendingInvalidation = 2 }));
        },
        ["INV-21"] = () => State(WithVf(Good, Host0.Vfs[0] with { Device = VfDeviceState.Initialized })),
        ["INV-22"] = () =>
        {
            var before = World.Build(C, World.With(World.Bound, new RequestVfRemoval(0)));
            var after = WithVf(before, before.Hosts[0].Vfs[0] with { Device = VfDeviceState.SurpriseRemoved, RemovalRequested = false });
            return Step(before, new RemovalTimeout(0), after);
        },
        ["INV-23"] = () => State(Good with { Vms = Good.Vms.SetItem(0, Good.Vms[0] with { Migrating = true, MigrationDestination = 1 }) }),
        ["INV-24"] = () => Step(Good, new CreateSwitch(0, 5), WithHost(Good, Host0 with { NumVfs = 5 })),
        ["INV-25"] = () => Step(Good, new FreeVf(0, 0), WithVf(Good, Host0.Vfs[0] with { PowerD3 = true }), status: NdisStatus.FileNotFound),
        ["INV-26"] = () => State(WithVf(Good, Host0.Vfs[1] with { Device = VfDeviceState.Offered })),
        ["INV-27"] = () => State(Good with { Vms = Good.Vms.SetItem(1, Good.Vms[1] with { Connected = true }) }),
        ["INV-28"] = () => State(WithVf(Good, Host0.Vfs[1] with { OwnerVm = 3, Rid = C.RidOf(1) }) with { Vms = Good.Vms.SetItem(3, Good.Vms[3] with { Host = 1 }) }),
        ["INV-29"] = () => State(WithHost(Good, Host0 with { Filters = Host0.Filters.SetItem(0, Host0.Filters[0] with { VPortId = 0 }) })),
    };

    public static TheoryData<string> Ids() => [.. Invariants.All.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Check_BadStateOrStep_ReportsTheInvariant(string id)
    {
        Assert.True(BadCases.ContainsKey(id), $"no bad case for {id}");
        var violations = BadCases[id]();
        Assert.Contains(violations, v => v.InvariantId == id);
        Assert.All(violations, v => Assert.StartsWith(v.InvariantId + ": ", v.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void CheckState_GoodState_ReportsNothing()
    {
        Assert.Empty(State(Good));
        Assert.Empty(State(SriovModel.Initial(C)));
    }

    [Fact]
    public void CheckState_WrongRid_NamesVfHostAndValues()
    {
        var state = World.Build(C, World.With(World.Switch, new AllocateVf(0, 0), new AllocateVf(0, 1), new AllocateVf(0, 2)));
        var bad = WithVf(state, state.Hosts[0].Vfs[2] with { Rid = 0x0100 });
        Assert.Contains("INV-06: VF 2 on host 0 has RID 0x0100, expected 0x0200", State(bad).Select(v => v.ToString()));
    }

    [Fact]
    public void All_Table_HasTwentyNineStableIds()
    {
        Assert.Equal(Enumerable.Range(1, 29).Select(i => $"INV-{i:00}"), Invariants.All.Select(i => i.Id));
        Assert.All(Invariants.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Description)));
    }
}
